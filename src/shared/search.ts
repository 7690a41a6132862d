/** Full-text search types. Plain, structured-clone-safe data: they cross worker and IPC boundaries. */
import type { ArticleLang, Span } from './article';

/** An entity an article mentions: its id and its names in every language (so one script finds the other). */
export interface SearchEntity {
  readonly id: string;
  readonly names: readonly string[];
}

/** One article as the index receives it. `id` is stable for the same text (the library's article id). */
export interface SearchDocument {
  readonly id: string;
  /** File name shown in results. */
  readonly file: string;
  readonly title: string | null;
  /** The normalized article text: snippet offsets refer to it. */
  readonly text: string;
  readonly lang: ArticleLang;
  /** ISO `YYYY-MM-DD` (or a prefix of it). */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly entities?: readonly SearchEntity[];
}

export type SearchSort = 'relevance' | 'date';

export interface SearchQuery {
  /**
   * What the reader typed: words (all must match, in any case form or script), "exact phrases",
   * prefixes (`Токае*`) and exclusions (`-Putin`, `-"exact phrase"`). Nothing typed here is an error.
   */
  readonly text: string;
  readonly lang?: ArticleLang;
  /** Any of these outlets (compared without case). */
  readonly outlets?: readonly string[];
  /** Inclusive ISO date bounds; articles without a date are left out when either is set. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Every one of these entities must be mentioned. */
  readonly entityIds?: readonly string[];
  /** Default `relevance`; `date` puts the newest first. */
  readonly sort?: SearchSort;
  /** Default 20, at most 500. */
  readonly limit?: number;
  readonly offset?: number;
  /**
   * Answer at once from the segments loaded so far (the result says `complete: false`) instead of
   * waiting for the whole index; for the first screen after start-up.
   */
  readonly partial?: boolean;
}

/** A passage of an article with the matched words marked. Highlight offsets are relative to `text`. */
export interface SearchSnippet {
  readonly text: string;
  readonly highlights: readonly Span[];
  /** Where `text` starts in the article's text (UTF-16 code units), to scroll the reader there. */
  readonly start: number;
}

export interface SearchHit {
  readonly id: string;
  readonly file: string;
  readonly title: string | null;
  readonly lang: ArticleLang;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly score: number;
  readonly snippet: SearchSnippet;
}

export interface SearchResult {
  /** Matching articles in all, before `offset` and `limit`. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /** False when some segments were not loaded yet (`partial` queries during start-up). */
  readonly complete: boolean;
  /** The words that were searched for after parsing, for "searched for: …" (exclusions prefixed `-`). */
  readonly terms: readonly string[];
}

export type SearchPhase = 'load' | 'build' | 'repair';

export interface SearchProgress {
  readonly phase: SearchPhase;
  readonly done: number;
  readonly total: number;
}

export interface SearchIndexStatus {
  readonly documents: number;
  readonly segments: number;
  readonly loadedSegments: number;
  /** Removed articles still inside a segment until it is compacted. */
  readonly tombstones: number;
  /** Changes whenever the set of indexed articles (ids) changes. */
  readonly fingerprint: string;
  /** Problems found and repaired at open (corrupt or outdated segments), for the log. */
  readonly problems: readonly string[];
}
