import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { Bookmark } from '../../shared/bookmarks';
import { migrateBookmarkFile, NewerBookmarkFileError } from '../../core/bookmarks/bookmark-file';
import { readJsonFile } from '../atomic-file';

/** About 200,000 bookmarks; anything larger is not a file this app wrote, and reading it would stall. */
export const maxBookmarkFileBytes = 200 * 1024 * 1024;

export type StoreFileRead =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly bookmarks: readonly Bookmark[]; readonly migratedFrom: number | null }
  | { readonly state: 'newer'; readonly version: number }
  | { readonly state: 'corrupt'; readonly setAside: string; readonly reason: string };

type Validated =
  | { readonly newer: number }
  | { readonly bookmarks: readonly Bookmark[]; readonly migratedFrom: number | null };

function validate(data: unknown): Validated {
  try {
    const { file, migratedFrom } = migrateBookmarkFile(data);
    return { bookmarks: file.bookmarks, migratedFrom };
  } catch (error) {
    // a newer app's file is valid data this one cannot read: it must not be set aside as corrupt
    if (error instanceof NewerBookmarkFileError) return { newer: error.version };
    throw error;
  }
}

function setAsideName(file: string): string {
  return `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
}

/** Reads one bookmark file; one that does not read or validate is renamed aside, never overwritten. */
export async function readBookmarkFile(file: string): Promise<StoreFileRead> {
  const stat = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (stat === null) return { state: 'missing' };
  if (stat.size > maxBookmarkFileBytes) {
    const setAside = setAsideName(file);
    await fs.rename(file, setAside);
    return { state: 'corrupt', setAside, reason: `larger than ${maxBookmarkFileBytes} bytes` };
  }
  const read = await readJsonFile(file, validate);
  if (read.state !== 'ok') return read;
  if ('newer' in read.value) return { state: 'newer', version: read.value.newer };
  return { state: 'ok', bookmarks: read.value.bookmarks, migratedFrom: read.value.migratedFrom };
}

/** What identifies one version of a file on disk: every atomic write makes a new inode. */
export interface FileIdentity {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

export async function fileIdentity(file: string): Promise<FileIdentity | null> {
  let stat: Stats;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A live process's temporary file may be mid-write; after a day it is debris whatever the pid says
// (pids are reused).
const staleAfterMs = 24 * 60 * 60 * 1000;

/**
 * Removes temporary files that writers killed mid-write left behind (`writeFileAtomic` names them
 * `.<name>.<pid>.<time>.tmp`). They never hold data that is not also in the file or its backup.
 */
export async function sweepTemporaryFiles(dir: string, names: readonly string[]): Promise<string[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const match = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/.exec(entry);
    if (!match || !names.includes(match[1] ?? '')) continue;
    const pid = Number(match[2]);
    const age = Date.now() - Number(match[3]);
    if (pid === process.pid && age < staleAfterMs) continue;
    if (processAlive(pid) && age < staleAfterMs) continue;
    await fs.rm(path.join(dir, entry), { force: true });
    removed.push(entry);
  }
  return removed;
}

/** Keeps the file a migration started from, once, so a faulty migration can be redone. */
export async function keepPreMigrationCopy(file: string, version: number): Promise<void> {
  try {
    await fs.copyFile(file, `${file}.v${version}`, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
