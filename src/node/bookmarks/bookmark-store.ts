import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type {
  Bookmark,
  BookmarkExportFormat,
  BookmarkImportResult,
  BookmarkPatch,
  BookmarkStoreProblem,
  ReanchorCounts,
} from '../../shared/bookmarks';
import { QosError } from '../../shared/qos-error';
import { serializeBookmarkFile } from '../../core/bookmarks/bookmark-file';
import {
  createBookmark,
  patchBookmark,
  relocateBookmark,
  type BookmarkSource,
  type NewBookmark,
} from '../../core/bookmarks/create-bookmark';
import { exportAnnotations } from '../../core/bookmarks/export-annotations';
import { exportCsv } from '../../core/bookmarks/export-csv';
import { exportMarkdown } from '../../core/bookmarks/export-markdown';
import { formatCitation, type ArticleLookup } from '../../core/bookmarks/format-citation';
import { parseAnnotations } from '../../core/bookmarks/import-annotations';
import { mergeBookmarks } from '../../core/bookmarks/merge-bookmarks';
import { reanchorBookmarks } from '../../core/bookmarks/reanchor';
import { writeFileAtomic } from '../atomic-file';
import { GroupCommit } from './group-commit';
import {
  fileIdentity,
  keepPreMigrationCopy,
  readBookmarkFile,
  sameIdentity,
  sweepTemporaryFiles,
  type FileIdentity,
} from './store-files';

export const bookmarkFileName = 'bookmarks.json';
export const backupFileName = 'bookmarks.json.bak';

export interface BookmarkStore {
  /** The bookmarks file. */
  readonly file: string;
  /** What went wrong while opening, for the reader to see; empty normally. */
  readonly problems: readonly BookmarkStoreProblem[];
  /** True when the file is from a newer Qos: it is listed but never rewritten. */
  readonly readOnly: boolean;
  list(): Promise<readonly Bookmark[]>;
  get(id: string): Promise<Bookmark>;
  /** Resolves once the bookmark is durably on disk. */
  add(input: NewBookmark): Promise<Bookmark>;
  update(id: string, patch: BookmarkPatch): Promise<Bookmark>;
  /** Re-attaches a bookmark (an orphan, typically) to a passage the reader chose. */
  relocate(id: string, article: BookmarkSource, start: number, end: number): Promise<Bookmark>;
  remove(id: string): Promise<void>;
  /**
   * Finds the quotes of changed articles again; pass the whole library when it is at hand, since an
   * edited file comes back under a new id and is recognised by its file name.
   */
  reanchor(articles: BookmarkSource | readonly BookmarkSource[]): Promise<ReanchorCounts>;
  exportAs(format: BookmarkExportFormat, lookup?: ArticleLookup): Promise<string>;
  citation(id: string, lookup?: ArticleLookup): Promise<string>;
  /** Merges a W3C Web Annotation collection (a Qos JSON export) without duplicates. */
  importAnnotations(json: string | unknown): Promise<BookmarkImportResult>;
}

export interface BookmarkStoreOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

type Op<T> = (bookmarks: readonly Bookmark[]) => { readonly next: readonly Bookmark[]; readonly result: T };

function notFound(id: string): QosError {
  return new QosError('not_found', `no bookmark ${id}`);
}

function replace(bookmarks: readonly Bookmark[], id: string, change: (b: Bookmark) => Bookmark): Bookmark[] {
  const at = bookmarks.findIndex((b) => b.id === id);
  const current = bookmarks[at];
  if (current === undefined) throw notFound(id);
  const next = [...bookmarks];
  next[at] = change(current);
  return next;
}

/**
 * Opens (or creates) the bookmark store in `storeDir`. Every change is written atomically after the
 * previous content was saved as `bookmarks.json.bak`; concurrent changes are applied in order and
 * saved together. An unreadable file is set aside and the backup used instead, never an empty list.
 */
export async function openBookmarkStore(
  storeDir: string,
  options: BookmarkStoreOptions = {},
): Promise<BookmarkStore> {
  const now = (): string => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? randomUUID;
  const file = path.join(storeDir, bookmarkFileName);
  const backup = path.join(storeDir, backupFileName);
  await fs.mkdir(storeDir, { recursive: true });
  await sweepTemporaryFiles(storeDir, [bookmarkFileName, backupFileName]);

  const problems: BookmarkStoreProblem[] = [];
  let readOnly = false;
  let current: readonly Bookmark[] = [];
  /** The content `file` holds now, known to be valid: what the backup gets before a rewrite. */
  let onDisk: string | null = null;
  let identity: FileIdentity | null = null;
  let rewrite = false;

  const main = await readBookmarkFile(file);
  if (main.state === 'ok') {
    current = main.bookmarks;
    if (main.migratedFrom !== null) {
      await keepPreMigrationCopy(file, main.migratedFrom);
      rewrite = true;
    }
    onDisk = serializeBookmarkFile(current);
    identity = await fileIdentity(file);
  } else if (main.state === 'newer') {
    readOnly = true;
    problems.push({ kind: 'newer_version', file, version: main.version });
  } else {
    if (main.state === 'corrupt')
      problems.push({ kind: 'set_aside', file, setAside: main.setAside, reason: main.reason });
    const saved = await readBookmarkFile(backup);
    if (saved.state === 'ok') {
      current = saved.bookmarks;
      problems.push({ kind: 'recovered_from_backup', backup, count: current.length });
      rewrite = true;
    } else if (saved.state === 'corrupt') {
      problems.push({ kind: 'set_aside', file: backup, setAside: saved.setAside, reason: saved.reason });
      problems.push({ kind: 'nothing_recovered' });
    } else if (saved.state === 'newer') {
      readOnly = true;
      problems.push({ kind: 'newer_version', file: backup, version: saved.version });
    } else if (main.state === 'corrupt') {
      problems.push({ kind: 'nothing_recovered' });
    }
  }

  async function persist(next: readonly Bookmark[]): Promise<void> {
    const text = serializeBookmarkFile(next);
    if (onDisk !== null && onDisk !== text) await writeFileAtomic(backup, onDisk);
    await writeFileAtomic(file, text);
    onDisk = text;
    identity = await fileIdentity(file);
  }

  /**
   * Another process (the CLI while the app runs) may have rewritten the file: start from its
   * content, so that neither side's additions are lost.
   */
  async function refresh(): Promise<void> {
    const seen = await fileIdentity(file);
    if (sameIdentity(seen, identity)) return;
    identity = seen;
    if (seen === null) return;
    const read = await readBookmarkFile(file);
    if (read.state === 'ok') {
      current = read.bookmarks;
      onDisk = serializeBookmarkFile(current);
      identity = await fileIdentity(file);
    } else if (read.state === 'corrupt') {
      problems.push({ kind: 'set_aside', file, setAside: read.setAside, reason: read.reason });
      identity = null;
    } else if (read.state === 'newer') {
      readOnly = true;
      problems.push({ kind: 'newer_version', file, version: read.version });
    }
  }

  const commits = new GroupCommit<readonly Bookmark[]>({
    load: async () => {
      await refresh();
      return current;
    },
    save: async (next) => {
      await persist(next);
      current = next;
    },
  });

  if (rewrite && !readOnly) await commits.run(() => persist(current));

  function mutate<T>(op: Op<T>): Promise<T> {
    if (readOnly) {
      return Promise.reject(
        new QosError('forbidden', `${file} was written by a newer Qos; bookmarks cannot be changed here`),
      );
    }
    return commits.apply(op);
  }

  const read = (): Promise<readonly Bookmark[]> =>
    commits.run(async () => {
      if (!readOnly) await refresh();
      return current;
    });

  return {
    file,
    problems,
    get readOnly() {
      return readOnly;
    },
    list: read,
    async get(id) {
      const found = (await read()).find((b) => b.id === id);
      if (!found) throw notFound(id);
      return found;
    },
    add: (input) =>
      mutate((bookmarks) => {
        const bookmark = createBookmark(input, newId(), now());
        return { next: [...bookmarks, bookmark], result: bookmark };
      }),
    update: (id, patch) =>
      mutate((bookmarks) => {
        const next = replace(bookmarks, id, (b) => patchBookmark(b, patch, now()));
        return { next, result: next.find((b) => b.id === id) as Bookmark };
      }),
    relocate: (id, article, start, end) =>
      mutate((bookmarks) => {
        const next = replace(bookmarks, id, (b) => relocateBookmark(b, article, start, end, now()));
        return { next, result: next.find((b) => b.id === id) as Bookmark };
      }),
    remove: (id) =>
      mutate((bookmarks) => {
        if (!bookmarks.some((b) => b.id === id)) throw notFound(id);
        return { next: bookmarks.filter((b) => b.id !== id), result: undefined };
      }),
    reanchor: (articles) =>
      mutate((bookmarks) => {
        const list = Array.isArray(articles) ? articles : [articles as BookmarkSource];
        const { bookmarks: next, ...counts } = reanchorBookmarks(bookmarks, list, now());
        const changed = next.some((b, i) => b !== bookmarks[i]);
        return { next: changed ? next : bookmarks, result: counts };
      }),
    async exportAs(format, lookup) {
      const bookmarks = await read();
      if (format === 'md') return exportMarkdown(bookmarks, lookup);
      if (format === 'csv') return exportCsv(bookmarks, lookup);
      if (format === 'json') return exportAnnotations(bookmarks, now(), lookup);
      throw new QosError('bad_request', `unknown export format ${String(format)}`);
    },
    async citation(id, lookup) {
      const found = (await read()).find((b) => b.id === id);
      if (!found) throw notFound(id);
      return formatCitation(found, lookup);
    },
    async importAnnotations(json) {
      // parse outside the queue: a large or broken file must not hold up the other changes
      const parsed = parseAnnotations(json, newId, now());
      return mutate((bookmarks) => {
        const merged = mergeBookmarks(bookmarks, parsed.bookmarks);
        const { added, updated, unchanged } = merged;
        const next = added + updated > 0 ? merged.bookmarks : bookmarks;
        return { next, result: { added, updated, unchanged, skipped: parsed.skipped } };
      });
    },
  };
}
