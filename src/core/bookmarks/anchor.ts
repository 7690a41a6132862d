import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector, OrphanReason } from '../../shared/bookmarks';

/** Characters of context stored on each side of a quote. */
export const contextLength = 32;

/** Edit errors allowed in a fuzzy match, as a share of the quote's length. */
export const maxErrorRate = 0.12;

// Hypothesis re-attached quotes to look-alike passages (client#7571, h#2634) because a low quote
// error count was enough. Here a fuzzy or repeated match must also sit where the quote sat: at least
// one side of its stored context must still read about the same. Unrelated 32-character contexts
// from the bundled corpus score 0.19 on this measure (median) and under 0.41 in 99 cases of 100,
// so 0.7 stays well clear of chance.
export const minContextSimilarity = 0.7;

/** An exact quote at least this long is distinctive enough to follow without its context. */
const distinctiveLength = 32;

export type AnchorMethod = 'context' | 'exact' | 'fuzzy';

export type AnchorResult =
  | {
      readonly status: 'anchored';
      readonly method: AnchorMethod;
      readonly start: number;
      readonly end: number;
      /** Edit errors between the stored quote and the text found (0 unless fuzzy). */
      readonly errors: number;
    }
  | { readonly status: 'orphaned'; readonly reason: OrphanReason };

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The TextQuoteSelector of `[start, end)` in `text`. */
export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  let prefixStart = Math.max(0, start - contextLength);
  let suffixEnd = Math.min(text.length, end + contextLength);
  // A context never begins or ends with half of a character outside the basic plane (an emoji).
  if (prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  if (suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

/**
 * Edit distance from `pattern` to the best-aligned tail of `window` (free to start anywhere in the
 * window, must end at its end): how far the text just before a position is from a stored prefix,
 * without penalising the far end for shifting.
 */
function tailDistance(pattern: string, window: string): number {
  const m = pattern.length;
  const n = window.length;
  let prev = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = pattern.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j - 1] ?? 0) + cost, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    prev = cur;
  }
  return prev[n] ?? m;
}

function reversed(s: string): string {
  return Array.from(s).reverse().join('');
}

// Room for a few inserted characters between the quote and its stored context.
const contextSlack = 8;

// A context of a few characters (the quote ended the text but for a full stop) agrees by chance.
const minEvidenceLength = 8;

/** 0..1, or null when the quote had (almost) no context on that side: it began or ended the text. */
function prefixSimilarity(text: string, start: number, prefix: string): number | null {
  if (prefix.length < minEvidenceLength) return null;
  const window = text.slice(Math.max(0, start - prefix.length - contextSlack), start);
  return 1 - tailDistance(prefix, window) / prefix.length;
}

function suffixSimilarity(text: string, end: number, suffix: string): number | null {
  if (suffix.length < minEvidenceLength) return null;
  const window = text.slice(end, end + suffix.length + contextSlack);
  return 1 - tailDistance(reversed(suffix), reversed(window)) / suffix.length;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
  /** Mean similarity of the sides that had context; null when neither had any. */
  readonly context: number | null;
  /** Best single side: one side may have changed (a moved paragraph), both rarely. */
  readonly bestSide: number | null;
  readonly distance: number;
}

function candidate(
  text: string,
  quote: TextQuoteSelector,
  old: TextPositionSelector,
  start: number,
  end: number,
  errors: number,
): Candidate {
  const sides = [
    prefixSimilarity(text, start, quote.prefix),
    suffixSimilarity(text, end, quote.suffix),
  ].filter((s): s is number => s !== null);
  return {
    start,
    end,
    errors,
    context: sides.length === 0 ? null : sides.reduce((a, b) => a + b, 0) / sides.length,
    bestSide: sides.length === 0 ? null : Math.max(...sides),
    distance: Math.abs(start - old.start),
  };
}

/** Fewest errors, then the closest context, then the nearest to the old position. */
function better(a: Candidate, b: Candidate): number {
  return a.errors - b.errors || (b.context ?? 0) - (a.context ?? 0) || a.distance - b.distance;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

// Rounds of masking per chunk: enough for a few look-alikes side by side, bounded for boilerplate.
const roundsPerChunk = 4;

/**
 * approx-string-match reports only the lowest-cost matches of the whole text, so a look-alike with
 * one error would hide the real quote with two. Searching overlapping chunks keeps the best match of
 * every region, and masking each round's matches out of the chunk brings up the next best nearby.
 */
function fuzzyMatches(
  text: string,
  pattern: string,
  maxErrors: number,
): { start: number; end: number; errors: number }[] {
  const chunk = Math.max(pattern.length * 4, 4096);
  const overlap = pattern.length + maxErrors;
  const seen = new Map<string, { start: number; end: number; errors: number }>();
  for (let from = 0; from < text.length; from += chunk - overlap) {
    let slice = text.slice(from, from + chunk);
    for (let round = 0; round < roundsPerChunk; round++) {
      const matches = search(slice, pattern, maxErrors);
      if (matches.length === 0) break;
      for (const m of matches) {
        const hit = { start: m.start + from, end: m.end + from, errors: m.errors };
        seen.set(`${hit.start}:${hit.end}`, hit);
        // offsets stay put: the match is overwritten, not cut out
        slice = slice.slice(0, m.start) + '\u0000'.repeat(m.end - m.start) + slice.slice(m.end);
      }
    }
    if (from + chunk >= text.length) break;
  }
  return [...seen.values()];
}

/**
 * Finds a stored quote in an article's current text:
 * 1. prefix + exact + suffix verbatim (the nearest occurrence to the old position);
 * 2. the exact text alone, if it is long enough to be distinctive or its surroundings still agree;
 * 3. a fuzzy match within `maxErrorRate` edit errors whose surroundings still agree.
 * Anything else is an orphan: the quote is never attached to a look-alike passage.
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): AnchorResult {
  const { exact } = quote;
  if (exact.length === 0) return { status: 'orphaned', reason: 'not_found' };

  const whole = quote.prefix + exact + quote.suffix;
  const inContext = occurrences(text, whole)
    .map((at) => at + quote.prefix.length)
    .sort((a, b) => Math.abs(a - position.start) - Math.abs(b - position.start))[0];
  if (inContext !== undefined) {
    return {
      status: 'anchored',
      method: 'context',
      start: inContext,
      end: inContext + exact.length,
      errors: 0,
    };
  }

  let sawLookAlike = false;
  const agrees = (c: Candidate): boolean => c.bestSide !== null && c.bestSide >= minContextSimilarity;

  const exactOnes = occurrences(text, exact).map((at) =>
    candidate(text, quote, position, at, at + exact.length, 0),
  );
  // A short quote is identified by its surroundings; a long one, or one stored without any context
  // (it spanned the whole text, or came from an old file), by its own words.
  const exactOk = exactOnes.filter(
    (c) => agrees(c) || c.bestSide === null || exact.length >= distinctiveLength,
  );
  const bestExact = exactOk.sort(better)[0];
  if (bestExact)
    return { status: 'anchored', method: 'exact', start: bestExact.start, end: bestExact.end, errors: 0 };
  if (exactOnes.length > 0) sawLookAlike = true;

  const maxErrors = Math.floor(exact.length * maxErrorRate);
  if (maxErrors >= 1) {
    const fuzzy = fuzzyMatches(text, exact, maxErrors)
      .filter((m) => m.errors > 0)
      .map((m) => candidate(text, quote, position, m.start, m.end, m.errors));
    const accepted = fuzzy.filter(agrees).sort(better)[0];
    if (accepted) {
      return {
        status: 'anchored',
        method: 'fuzzy',
        start: accepted.start,
        end: accepted.end,
        errors: accepted.errors,
      };
    }
    if (fuzzy.length > 0) sawLookAlike = true;
  }
  return { status: 'orphaned', reason: sawLookAlike ? 'context_mismatch' : 'not_found' };
}
