import type { Span } from '../../shared/article';
import type { SearchSnippet } from '../../shared/search';
import type { Analyzer } from './analyzer';
import { findPhrase, planOf, tokenMatchesPrefix, tokenMatchesWord } from './match-plan';
import type { CompiledQuery } from './compile-query';
import { forEachWord, tokenize, type WordToken } from './search-key';

export const snippetLength = 220;
/** How much text to keep before the first highlight of the window, so the match reads in context. */
const leadIn = 60;

/** Spans of the text that match the query: single words, prefixes, and phrases as whole runs. */
export function matchSpans(text: string, query: CompiledQuery, analyzer: Analyzer): Span[] {
  const plan = planOf(query);
  const tokens = tokenize(text, plan.accept);
  const spans: Span[] = [];
  const single = plan.words;
  const prefixes = plan.prefixes;
  for (const token of tokens) {
    if (
      single.some((word) => tokenMatchesWord(token, word, analyzer)) ||
      (prefixes.length > 0 && tokenMatchesPrefix(token, prefixes, analyzer))
    )
      spans.push([token.start, token.end]);
  }
  for (const phrase of plan.phrases) {
    for (const [first, last] of findPhrase(tokens, phrase, analyzer)) {
      spans.push([(tokens[first] as WordToken).start, (tokens[last] as WordToken).end]);
    }
  }
  // Overlaps (a word inside a highlighted phrase) merge, so the UI never nests marks.
  return mergeSpans(spans);
}

function wordStartAtOrBefore(text: string, at: number): number {
  let i = Math.max(0, at);
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return i;
}

function wordEndAtOrAfter(text: string, at: number): number {
  let i = Math.min(text.length, at);
  while (i < text.length && !/\s/.test(text.charAt(i))) i++;
  return i;
}

/**
 * The passage of about `length` characters with the most matches, cut at spaces, and its highlights
 * relative to the passage. Without a match in the text (the title or an entity name matched), the
 * passage is the beginning of the text.
 */
export function snippetFromSpans(
  text: string,
  spans: readonly Span[],
  length = snippetLength,
): SearchSnippet {
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < spans.length; i++) {
    const from = (spans[i] as Span)[0];
    while (j < spans.length && (spans[j] as Span)[1] <= from + length - leadIn) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const anchor = spans[best];
  let start = anchor ? wordStartAtOrBefore(text, anchor[0] - leadIn) : 0;
  if (anchor && anchor[0] - start > leadIn * 2) start = anchor[0];
  // Start at the beginning of a line when one is close, rather than mid-sentence.
  const lineStart = text.lastIndexOf('\n', anchor ? anchor[0] - 1 : 0) + 1;
  if (anchor && lineStart > start && lineStart <= anchor[0]) start = lineStart;
  let end = wordEndAtOrAfter(text, start + length);
  if (end - start > length * 1.3) end = start + length;
  // Never cut a surrogate pair in two.
  if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  const highlights: Span[] = [];
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    highlights.push([Math.max(s, start) - start, Math.min(e, end) - start]);
  }
  const slice = text.slice(start, end);
  // Keep line breaks out of one-line snippets; replacing one character with one keeps offsets.
  return { text: slice.replace(/\s/g, ' '), highlights, start };
}

/** The snippet found by reading the text word by word (when the index's positions cannot tell). */
export function makeSnippet(
  text: string,
  query: CompiledQuery,
  analyzer: Analyzer,
  length = snippetLength,
): SearchSnippet {
  return snippetFromSpans(text, query.matchAll ? [] : matchSpans(text, query, analyzer), length);
}

/** Number of words of a title, as documentTerms numbers them (the body starts one after). */
export function wordCount(text: string): number {
  let count = 0;
  forEachWord(text, () => {
    count++;
  });
  return count;
}

/** Words a snippet spans, about: the densest run of matches is looked for within this many words. */
const windowWords = 30;

/**
 * Character spans of word-position ranges (see segment-build.ts: title words first, the body after
 * a gap), for the densest run of matches in the body: the text is scanned only as far as that run.
 */
export function spansOfRanges(
  text: string,
  titleWords: number,
  ranges: readonly (readonly [number, number])[],
): Span[] {
  const body = ranges
    .map(([first, last]) => [first - titleWords - 1, last - titleWords - 1] as const)
    .filter(([first]) => first >= 0)
    .sort((a, b) => a[0] - b[0]);
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < body.length; i++) {
    while (
      j < body.length &&
      (body[j] as readonly [number, number])[1] < (body[i] as readonly [number, number])[0] + windowWords
    )
      j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = i;
    }
  }
  const from = body[best]?.[0] ?? 0;
  const wanted = body.filter(([first, last]) => first >= from - windowWords && last < from + windowWords * 2);
  const lastWord = wanted.reduce((m, [, last]) => Math.max(m, last), -1);
  const starts: number[] = [];
  const ends: number[] = [];
  if (lastWord >= 0) {
    forEachWord(text, (start, end) => {
      starts.push(start);
      ends.push(end);
      return starts.length <= lastWord;
    });
  }
  const spans: Span[] = [];
  for (const [first, last] of wanted) {
    const start = starts[first];
    const end = ends[last];
    if (start !== undefined && end !== undefined) spans.push([start, end]);
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
