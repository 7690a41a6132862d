import type { ArticleLang, Quote, Speaker } from '../../shared/article';
import type { Bookmark, BookmarkArticle, BookmarkPatch } from '../../shared/bookmarks';
import { QosError } from '../../shared/qos-error';
import { quoteAt } from './anchor';

/** What a bookmark needs to know about its article: an `Article` has all of it. */
export interface BookmarkSource {
  readonly id: string;
  readonly file: string;
  /** SHA-256 of `text`, hex. */
  readonly hash: string;
  readonly lang: ArticleLang;
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly date?: string | null;
  /** Detected quotes: a bookmark inside one takes its speaker. */
  readonly quotes?: readonly Quote[];
}

export interface NewBookmark {
  readonly article: BookmarkSource;
  /** UTF-16 offsets into the article's normalized text. */
  readonly start: number;
  readonly end: number;
  readonly note?: string;
  readonly tags?: readonly string[];
  /** Overrides the speaker found from the article's quotes. */
  readonly speaker?: Speaker | null;
}

/** Longer selections are passages, not quotes; the cap keeps the store small and fast to rewrite. */
export const maxQuoteLength = 20_000;
export const maxNoteLength = 50_000;
export const maxTagLength = 100;

export function articleRef(article: BookmarkSource): BookmarkArticle {
  return {
    id: article.id,
    file: article.file,
    title: article.title ?? null,
    outlet: article.outlet ?? null,
    date: article.date ?? null,
  };
}

/** The speaker of the detected quote that contains the whole range, if any. */
export function speakerFor(quotes: readonly Quote[], start: number, end: number): Speaker | null {
  const inside = quotes.filter((q) => q.start <= start && end <= q.end && q.speaker !== null);
  // nested quotes: the innermost one is the one being cited
  inside.sort((a, b) => a.end - a.start - (b.end - b.start));
  const speaker = inside[0]?.speaker;
  return speaker ? copySpeaker(speaker) : null;
}

export function copySpeaker(speaker: Speaker): Speaker {
  const name = speaker.name.trim();
  if (name.length === 0) throw new QosError('bad_request', 'a speaker needs a name');
  return speaker.id === undefined ? { name } : { name, id: speaker.id };
}

/** Trimmed, NFC, without empty ones or repeats, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    if (typeof raw !== 'string') throw new QosError('bad_request', 'tags must be strings');
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (tag.length > maxTagLength)
      throw new QosError('bad_request', `a tag is longer than ${maxTagLength} characters`);
    if (tag.length > 0 && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function checkNote(note: string): string {
  if (typeof note !== 'string') throw new QosError('bad_request', 'a note must be a string');
  if (note.length > maxNoteLength)
    throw new QosError('bad_request', `the note is longer than ${maxNoteLength} characters`);
  return note.normalize('NFC');
}

/**
 * Checks a range against the text and trims the white space a mouse selection tends to carry.
 * Returns the trimmed range.
 */
export function checkRange(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new QosError('bad_request', `the range ${start}–${end} is not inside the text (0–${text.length})`);
  }
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s === e) throw new QosError('bad_request', 'the range holds only white space');
  if (e - s > maxQuoteLength)
    throw new QosError('bad_request', `a quote is at most ${maxQuoteLength} characters`);
  return { start: s, end: e };
}

/** A new bookmark; `id` and `now` come from the caller so that this stays pure and testable. */
export function createBookmark(input: NewBookmark, id: string, now: string): Bookmark {
  const { article } = input;
  const { start, end } = checkRange(article.text, input.start, input.end);
  const speaker =
    input.speaker !== undefined
      ? input.speaker && copySpeaker(input.speaker)
      : speakerFor(article.quotes ?? [], start, end);
  return {
    id,
    article: articleRef(article),
    hash: article.hash,
    lang: article.lang,
    quote: quoteAt(article.text, start, end),
    position: { start, end },
    speaker,
    note: checkNote(input.note ?? ''),
    tags: normalizeTags(input.tags ?? []),
    created: now,
    updated: now,
    orphaned: null,
  };
}

export function patchBookmark(bookmark: Bookmark, patch: BookmarkPatch, now: string): Bookmark {
  if (typeof patch !== 'object' || patch === null)
    throw new QosError('bad_request', 'a patch must be an object');
  return {
    ...bookmark,
    ...(patch.note === undefined ? {} : { note: checkNote(patch.note) }),
    ...(patch.tags === undefined ? {} : { tags: normalizeTags(patch.tags) }),
    ...(patch.speaker === undefined ? {} : { speaker: patch.speaker && copySpeaker(patch.speaker) }),
    updated: now,
  };
}

/** The reader re-attaches a bookmark (typically an orphan) to a passage of the current text. */
export function relocateBookmark(
  bookmark: Bookmark,
  article: BookmarkSource,
  start: number,
  end: number,
  now: string,
): Bookmark {
  const range = checkRange(article.text, start, end);
  return {
    ...bookmark,
    article: articleRef(article),
    hash: article.hash,
    lang: article.lang,
    quote: quoteAt(article.text, range.start, range.end),
    position: range,
    updated: now,
    orphaned: null,
  };
}
