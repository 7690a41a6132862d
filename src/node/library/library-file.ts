import path from 'node:path';
import { overridableFields, type MetadataOverride } from '../../shared/library';
import { readJsonFile, writeFileAtomic, type JsonReadResult } from '../atomic-file';

export interface SourceRecord {
  /** Relative to the store for copied articles, absolute for files read in place. */
  readonly path: string;
  /** The reader's choice when the guessed encoding was wrong. */
  readonly encoding?: string;
  /** The watched folder this file came from: it leaves the library when it leaves the folder. */
  readonly watch?: string;
}

export interface LibraryFile {
  readonly version: 1;
  readonly sources: readonly SourceRecord[];
  readonly watched: readonly string[];
  /** Keyed by source path, so a corrected file keeps the reader's metadata corrections. */
  readonly overrides: Readonly<Record<string, MetadataOverride>>;
}

export const emptyLibrary: LibraryFile = { version: 1, sources: [], watched: [], overrides: {} };

const isString = (v: unknown): v is string => typeof v === 'string';

function validateOverride(value: unknown): MetadataOverride {
  if (typeof value !== 'object' || value === null) throw new Error('override is not an object');
  const out: Record<string, unknown> = {};
  for (const field of overridableFields) {
    const v = (value as Record<string, unknown>)[field];
    if (v === undefined) continue;
    const ok =
      field === 'authors' ? v === null || (Array.isArray(v) && v.every(isString)) : v === null || isString(v);
    if (!ok) throw new Error(`override field ${field} has the wrong type`);
    out[field] = v;
  }
  return out as MetadataOverride;
}

export function validateLibraryFile(data: unknown): LibraryFile {
  const value = data as Partial<LibraryFile> | null;
  if (!value || value.version !== 1) throw new Error('not a version 1 library file');
  if (!Array.isArray(value.sources)) throw new Error('sources is not a list');
  const sources = value.sources.map((s: Partial<SourceRecord>) => {
    if (!s || !isString(s.path)) throw new Error('a source has no path');
    return {
      path: s.path,
      ...(isString(s.encoding) ? { encoding: s.encoding } : {}),
      ...(isString(s.watch) ? { watch: s.watch } : {}),
    };
  });
  const watched = Array.isArray(value.watched) ? value.watched.filter(isString) : [];
  const overrides: Record<string, MetadataOverride> = {};
  for (const [key, o] of Object.entries(value.overrides ?? {})) overrides[key] = validateOverride(o);
  return { version: 1, sources, watched, overrides };
}

export function libraryFilePath(storeDir: string): string {
  return path.join(storeDir, 'library.json');
}

export function readLibraryFile(storeDir: string): Promise<JsonReadResult<LibraryFile>> {
  return readJsonFile(libraryFilePath(storeDir), validateLibraryFile);
}

export function writeLibraryFile(storeDir: string, library: LibraryFile): Promise<void> {
  return writeFileAtomic(libraryFilePath(storeDir), `${JSON.stringify(library, null, 2)}\n`);
}
