/** Domain types shared by the back end, both shells and the renderer. Plain, structured-clone-safe data. */
import type { Annotations } from './entities';

/** Languages Qos reads. `und` when a text is too short or too mixed to tell. */
export type ArticleLang = 'ru' | 'en' | 'kk' | 'und';

/** A half-open range of UTF-16 code units into an article's normalized text. */
export type Span = readonly [start: number, end: number];

export interface Speaker {
  /** The name as the text gives it (or the name a pronoun was resolved to). */
  readonly name: string;
  /** Entity id once entities are linked; absent before. */
  readonly id?: string;
}

export interface Quote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: Speaker | null;
}

/** What the parser reads off one file, before entities are annotated. */
export interface ParsedText {
  readonly lang: ArticleLang;
  /** 0..1: share of the letters that decided the language. */
  readonly langConfidence: number;
  readonly encoding: string;
  readonly encodingGuessed: boolean;
  readonly title: string | null;
  /** ISO date `YYYY-MM-DD`, or `--MM-DD` when the year is not stated. */
  readonly date: string | null;
  readonly outlet: string | null;
  readonly dateline: string | null;
  readonly authors: readonly string[];
  readonly cites: string | null;
  /** NFC, `\n` line endings; every offset in this record refers to it. */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
  readonly quotes: readonly Quote[];
  /** Offsets of invisible or bidi control characters kept in the text, for display. */
  readonly invisibles: readonly number[];
}

/** One row of the library. `error` rows are files that could not be read; the others still load. */
export interface ArticleSummary {
  readonly id: string;
  /** File name shown to people. */
  readonly file: string;
  readonly lang: ArticleLang;
  readonly title: string | null;
  /** The first words, for articles without a headline. */
  readonly lead: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly error?: ApiErrorShape;
}

/** An article as the library reads it from its file, before entities are annotated. */
export interface LoadedArticle extends ArticleSummary, ParsedText {
  /** SHA-256 of the normalized text, hex. */
  readonly hash: string;
  readonly source: string;
}

/** An article as the reader gets it: parsed, with its entity mentions and figures. */
export interface Article extends LoadedArticle, Annotations {}

/** An error as it crosses the boundary between back end and UI. */
export interface ApiErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
}

export const errorCodes = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'unknown_method',
  'payload_too_large',
  'not_a_text_file',
  'file_too_large',
  'empty_file',
  'io_error',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const uiLanguages = ['en', 'ru', 'kk'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  /** Null until the reader chooses: then the system language is followed. */
  readonly uiLanguage: UiLanguage | null;
  readonly theme: Theme;
}

export const defaultSettings: Settings = { uiLanguage: null, theme: 'system' };
