import type { Span } from '../../shared/article';

/** A stretch of quoted words and how the text marks it. */
export interface QuoteSpan {
  /** First character of the quoted words (after the opening mark or dash). */
  readonly start: number;
  /** End of the quoted words (before the closing mark). */
  readonly end: number;
  /** Offset of the opening mark; equals `start` for dash quotes. */
  readonly open: number;
  /** Offset just after the closing mark, or the paragraph end for dash quotes. */
  readonly close: number;
  readonly paragraph: number;
  /** For interview paragraphs: the "Имя Фамилия, должность:" line that introduced them. */
  readonly interviewSpeaker?: string;
}

const closerOf: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '‹': '›', '"': '"' };
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** "Касым-Жомарт Токаев, Президент Республики Казахстан:" on its own line introduces interview answers. */
const interviewHeader = /^(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:,\s*[^:\n]{1,160})?:$/u;
const dashStart = /^[-–—]\s*/u;

/**
 * Quoted stretches, top level only (a quote inside a quote belongs to the outer one). Paragraphs in
 * `skip` (the headline) are not searched. Interview answers ("- …" paragraphs after a speaker line) are
 * quotes of that speaker as a whole; their inner quotation marks are left alone.
 */
export function findQuoteSpans(
  text: string,
  paragraphs: readonly Span[],
  skip: ReadonlySet<number>,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let interviewSpeaker: string | null = null;
  paragraphs.forEach(([start, end], index) => {
    if (skip.has(index)) return;
    const paragraph = text.slice(start, end);
    const dash = dashStart.exec(paragraph);
    if (interviewSpeaker !== null && dash !== null) {
      const quoteStart = start + dash[0].length;
      if (quoteStart < end) {
        spans.push({
          start: quoteStart,
          end,
          open: quoteStart,
          close: end,
          paragraph: index,
          interviewSpeaker,
        });
      }
      return;
    }
    const header = paragraph.length <= 200 ? interviewHeader.exec(paragraph) : null;
    interviewSpeaker = header?.[1] ?? null;
    if (header === null) spans.push(...markedQuotes(paragraph, start, index));
  });
  return spans;
}

/** Pairs quotation marks in one paragraph; an unclosed mark quotes nothing. */
function markedQuotes(paragraph: string, offset: number, index: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: { mark: string; at: number }[] = [];
  const closeAt = (depth: number, at: number): void => {
    const opener = stack[depth];
    stack.length = depth;
    if (depth === 0 && opener !== undefined) {
      const [s, e] = trimQuote(paragraph, opener.at + 1, at);
      if (e > s)
        spans.push({
          start: offset + s,
          end: offset + e,
          open: offset + opener.at,
          close: offset + at + 1,
          paragraph: index,
        });
    }
  };
  for (const m of paragraph.matchAll(/["“”«»„‘’‹›]/g)) {
    const c = m[0];
    const i = m.index;
    const before = paragraph.charAt(i - 1);
    const after = paragraph.charAt(i + 1);
    const top = stack[stack.length - 1];
    if (c === '"') {
      const closes = top?.mark === '"' && (after === '' || !isWordChar(after) || !/\s/.test(before));
      if (closes) closeAt(stack.length - 1, i);
      else if (before === '' || !isWordChar(before)) stack.push({ mark: c, at: i });
      continue;
    }
    if (c === '’' && (isWordChar(after) || top?.mark !== '‘')) continue; // an apostrophe: today’s
    if (c === '‘' && isWordChar(before)) continue;
    const depth = findOpener(stack, c);
    if (depth >= 0) closeAt(depth, i);
    else if (c in closerOf) stack.push({ mark: c, at: i });
  }
  return spans;
}

/** Quotes nest a few levels at most; looking deeper only makes runs of unclosed marks quadratic. */
const maxNesting = 8;

/** Depth of the innermost opener that `mark` closes, or -1. "“" opens, and also closes „. */
function findOpener(stack: readonly { mark: string }[], mark: string): number {
  for (let depth = stack.length - 1; depth >= 0 && depth >= stack.length - maxNesting; depth--) {
    if (closerOf[stack[depth]?.mark ?? ''] === mark) return depth;
  }
  return -1;
}

/** The quoted words without surrounding spaces or the comma that belongs to the reporting clause. */
function trimQuote(paragraph: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(paragraph.charAt(s))) s++;
  while (e > s && /[\s,]/.test(paragraph.charAt(e - 1))) e--;
  return [s, e];
}
