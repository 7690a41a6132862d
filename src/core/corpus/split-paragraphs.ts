import type { Span } from '../../shared/article';

/** Lines wrapped by an editor are rarely longer than this; paragraph-per-line files run far past it. */
const wrapWidth = 100;
/** Nobody wraps prose this narrow: shorter lines are bylines, lists or verse. */
const minWrapWidth = 40;

/**
 * Paragraph spans (trimmed). Blank lines separate paragraphs. Inside a block, lines are one paragraph
 * only when they look hard-wrapped (similar widths, no sentence end at most line breaks); otherwise
 * every line is its own paragraph, as in files that put one paragraph per line or end with a byline.
 */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let block: Span[] = [];
  const flush = (): void => {
    const first = block[0];
    const last = block[block.length - 1];
    if (first === undefined || last === undefined) return;
    if (block.length > 1 && !looksWrapped(text, block)) {
      for (const [s, e] of block) pushTrimmed(text, spans, s, e);
    } else {
      pushTrimmed(text, spans, first[0], last[1]);
    }
    block = [];
  };
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (/\S/.test(text.slice(start, end))) block.push([start, end]);
    else flush();
    if (newline < 0) break;
    start = newline + 1;
  }
  flush();
  return spans;
}

function looksWrapped(text: string, lines: readonly Span[]): boolean {
  const lengths = lines.map(([s, e]) => text.slice(s, e).trim().length);
  const longest = lengths.reduce((max, length) => Math.max(max, length), 0);
  if (longest > wrapWidth) return false;
  const inner = lines.slice(0, -1);
  const innerLengths = lengths.slice(0, -1);
  if (innerLengths.some((length) => length < Math.max(minWrapWidth, longest * 0.6))) return false;
  const ended = inner.filter(([s, e]) => /[.!?:;»”"]\s*$/.test(text.slice(s, e))).length;
  return ended * 2 < inner.length;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push([s, e]);
}
