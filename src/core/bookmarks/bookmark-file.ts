import type { ArticleLang, Speaker } from '../../shared/article';
import type { Bookmark, BookmarkArticle, BookmarkOrphan, OrphanReason } from '../../shared/bookmarks';

/** The version this code writes. Bump it with a migration in `migrateBookmarkFile`. */
export const bookmarkFileVersion = 1;

export interface BookmarkFile {
  readonly version: typeof bookmarkFileVersion;
  readonly bookmarks: readonly Bookmark[];
}

/** Thrown for data that is not a bookmark file this code can read; `path` says where it broke. */
export class BookmarkFileError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'BookmarkFileError';
  }
}

/** Thrown for a file from a newer Qos: it must be left exactly as it is, not set aside or rewritten. */
export class NewerBookmarkFileError extends Error {
  constructor(readonly version: number) {
    super(
      `bookmarks written by a newer Qos (file version ${version}, this one reads up to ${bookmarkFileVersion})`,
    );
    this.name = 'NewerBookmarkFileError';
  }
}

const langs: readonly ArticleLang[] = ['ru', 'en', 'kk', 'und'];
const orphanReasons: readonly OrphanReason[] = ['not_found', 'context_mismatch'];

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BookmarkFileError(path, 'not an object');
  return value as Json;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new BookmarkFileError(path, 'not a string');
  return value;
}

function nullableString(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : string(value, path);
}

function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new BookmarkFileError(path, 'not an offset');
  return value;
}

function isoTime(value: unknown, path: string): string {
  const text = string(value, path);
  if (Number.isNaN(Date.parse(text))) throw new BookmarkFileError(path, 'not a date and time');
  return text;
}

function speaker(value: unknown, path: string): Speaker | null {
  if (value === null || value === undefined) return null;
  const o = object(value, path);
  const name = string(o.name, `${path}.name`);
  return o.id === undefined || o.id === null ? { name } : { name, id: string(o.id, `${path}.id`) };
}

function article(value: unknown, path: string): BookmarkArticle {
  const o = object(value, path);
  return {
    id: string(o.id, `${path}.id`),
    file: string(o.file, `${path}.file`),
    title: nullableString(o.title, `${path}.title`),
    outlet: nullableString(o.outlet, `${path}.outlet`),
    date: nullableString(o.date, `${path}.date`),
  };
}

function orphan(value: unknown, path: string): BookmarkOrphan | null {
  if (value === null || value === undefined) return null;
  const o = object(value, path);
  const reason = o.reason as OrphanReason;
  if (!orphanReasons.includes(reason)) throw new BookmarkFileError(`${path}.reason`, 'unknown reason');
  return {
    since: isoTime(o.since, `${path}.since`),
    articleHash: string(o.articleHash, `${path}.articleHash`),
    reason,
  };
}

/** Validates one stored bookmark; unknown fields are dropped. */
export function validateBookmark(value: unknown, path = 'bookmark'): Bookmark {
  const o = object(value, path);
  const quote = object(o.quote, `${path}.quote`);
  const position = object(o.position, `${path}.position`);
  const start = offset(position.start, `${path}.position.start`);
  const end = offset(position.end, `${path}.position.end`);
  if (end <= start) throw new BookmarkFileError(`${path}.position`, 'end is not after start');
  const exact = string(quote.exact, `${path}.quote.exact`);
  if (exact.length === 0) throw new BookmarkFileError(`${path}.quote.exact`, 'empty');
  const lang = o.lang as ArticleLang;
  if (!langs.includes(lang)) throw new BookmarkFileError(`${path}.lang`, 'unknown language');
  if (!Array.isArray(o.tags)) throw new BookmarkFileError(`${path}.tags`, 'not a list');
  const id = string(o.id, `${path}.id`);
  if (id.length === 0) throw new BookmarkFileError(`${path}.id`, 'empty');
  return {
    id,
    article: article(o.article, `${path}.article`),
    hash: string(o.hash, `${path}.hash`),
    lang,
    quote: {
      exact,
      prefix: string(quote.prefix, `${path}.quote.prefix`),
      suffix: string(quote.suffix, `${path}.quote.suffix`),
    },
    position: { start, end },
    speaker: speaker(o.speaker, `${path}.speaker`),
    note: string(o.note, `${path}.note`),
    tags: o.tags.map((t, i) => string(t, `${path}.tags[${i}]`)),
    created: isoTime(o.created, `${path}.created`),
    updated: isoTime(o.updated, `${path}.updated`),
    orphaned: orphan(o.orphaned, `${path}.orphaned`),
  };
}

/** The same bookmark twice (a hand edit, a merge gone wrong): the later edit is kept. */
function dedupe(bookmarks: readonly Bookmark[]): Bookmark[] {
  const byId = new Map<string, Bookmark>();
  for (const b of bookmarks) {
    const seen = byId.get(b.id);
    if (!seen || Date.parse(b.updated) > Date.parse(seen.updated)) byId.set(b.id, b);
  }
  return [...byId.values()];
}

/**
 * The shape a v0 prototype wrote: a bare array, the quote without context, epoch-millisecond times.
 * No released Qos wrote it; it keeps the migration path exercised until a real v1 → v2 exists.
 */
interface BookmarkV0 {
  readonly id: string;
  readonly articleId: string;
  readonly file: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly note?: string;
  readonly createdAt: number;
}

function fromV0(value: unknown, path: string): Bookmark {
  const o = object(value, path) as Partial<Record<keyof BookmarkV0, unknown>>;
  const created = o.createdAt;
  if (typeof created !== 'number' || !Number.isFinite(created))
    throw new BookmarkFileError(`${path}.createdAt`, 'not a time');
  const time = new Date(created).toISOString();
  const text = string(o.text, `${path}.text`);
  return validateBookmark(
    {
      id: o.id,
      article: { id: o.articleId, file: o.file, title: null, outlet: null, date: null },
      // unknown: the first check against the article re-anchors it by its text
      hash: '',
      lang: /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en',
      quote: { exact: text, prefix: '', suffix: '' },
      position: { start: o.start, end: o.end },
      speaker: null,
      note: o.note ?? '',
      tags: [],
      created: time,
      updated: time,
      orphaned: null,
    },
    path,
  );
}

/** Reads any known version of the file into the current one. Throws for anything else. */
export function migrateBookmarkFile(data: unknown): { file: BookmarkFile; migratedFrom: number | null } {
  if (Array.isArray(data)) {
    const bookmarks = dedupe(data.map((b, i) => fromV0(b, `[${i}]`)));
    return { file: { version: bookmarkFileVersion, bookmarks }, migratedFrom: 0 };
  }
  const o = object(data, 'file');
  if (typeof o.version !== 'number' || !Number.isInteger(o.version))
    throw new BookmarkFileError('version', 'missing');
  if (o.version > bookmarkFileVersion) throw new NewerBookmarkFileError(o.version);
  if (o.version !== 1) throw new BookmarkFileError('version', `unknown version ${o.version}`);
  if (!Array.isArray(o.bookmarks)) throw new BookmarkFileError('bookmarks', 'not a list');
  const bookmarks = dedupe(o.bookmarks.map((b, i) => validateBookmark(b, `bookmarks[${i}]`)));
  return { file: { version: bookmarkFileVersion, bookmarks }, migratedFrom: null };
}

/** One bookmark per line: a diff of two versions shows which ones changed. */
export function serializeBookmarkFile(bookmarks: readonly Bookmark[]): string {
  const lines = bookmarks.map((b) => `    ${JSON.stringify(b)}`);
  return `{\n  "version": ${bookmarkFileVersion},\n  "bookmarks": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}
