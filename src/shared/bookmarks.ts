/**
 * Quote bookmarks as the back end stores them and the UI receives them. Plain, structured-clone-safe
 * data. The quote is kept the way the W3C Web Annotation model anchors text: a TextQuoteSelector
 * (`exact` with about 32 characters of `prefix` and `suffix`) and a TextPositionSelector (`start`,
 * `end`: UTF-16 offsets into the article's normalized text), both valid for the text whose SHA-256 is
 * `hash`.
 */
import type { ArticleLang, Speaker } from './article';

export interface TextQuoteSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly start: number;
  readonly end: number;
}

/** Which article a bookmark belongs to, with the citation details it had when last anchored. */
export interface BookmarkArticle {
  readonly id: string;
  /** File name shown to people; also finds the article again after an edit changed its id. */
  readonly file: string;
  // Kept so that a citation or export still says where the quote came from when the article has
  // left the library.
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
}

/** Why a bookmark could not be found again in its article's current text. */
export type OrphanReason =
  /** Nothing close enough to the quote is left in the text. */
  | 'not_found'
  /** Similar text exists, but not in the quote's old surroundings: a look-alike, not the quote. */
  | 'context_mismatch';

export interface BookmarkOrphan {
  /** ISO time of the check that failed. */
  readonly since: string;
  /** The text version it failed against: the same text is not searched again. */
  readonly articleHash: string;
  readonly reason: OrphanReason;
}

export interface Bookmark {
  /** Random UUID. */
  readonly id: string;
  readonly article: BookmarkArticle;
  /** SHA-256 (hex) of the normalized text the selectors refer to; empty when not known. */
  readonly hash: string;
  readonly lang: ArticleLang;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  readonly speaker: Speaker | null;
  readonly note: string;
  readonly tags: readonly string[];
  /** ISO times. `updated` changes with the reader's edits only, not with re-anchoring. */
  readonly created: string;
  readonly updated: string;
  /**
   * Set when the article changed and the quote could not be found again. The selectors still hold
   * the quote as it was, for the reader to re-attach or delete: it is never moved by guesswork.
   */
  readonly orphaned: BookmarkOrphan | null;
}

/** What the reader can change on a bookmark. */
export interface BookmarkPatch {
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly speaker?: Speaker | null;
}

export const bookmarkExportFormats = ['md', 'csv', 'json'] as const;
export type BookmarkExportFormat = (typeof bookmarkExportFormats)[number];

export interface ReanchorCounts {
  /** Bookmarks checked against a changed text. */
  readonly checked: number;
  /** Found again at other offsets. */
  readonly moved: number;
  /** Orphans whose quote is found again (or whose text came back). */
  readonly restored: number;
  /** Newly orphaned. */
  readonly orphaned: number;
}

export interface BookmarkImportResult {
  readonly added: number;
  /** Already present and replaced, because the imported copy was modified later. */
  readonly updated: number;
  readonly unchanged: number;
  /** Items that are not Qos bookmarks or not valid: their index in the collection and why. */
  readonly skipped: readonly { readonly index: number; readonly reason: string }[];
}

/** Something found when opening the bookmark store that the reader should hear about. */
export type BookmarkStoreProblem =
  /** A file could not be read; its bytes were kept under `setAside`. */
  | { readonly kind: 'set_aside'; readonly file: string; readonly setAside: string; readonly reason: string }
  /** The bookmarks were restored from the backup copy (`count` bookmarks). */
  | { readonly kind: 'recovered_from_backup'; readonly backup: string; readonly count: number }
  /** Neither the file nor its backup could be read: the store starts empty, the files are kept. */
  | { readonly kind: 'nothing_recovered' }
  /** Written by a newer Qos: shown, but not changed, so that nothing of it is lost. */
  | { readonly kind: 'newer_version'; readonly file: string; readonly version: number };
