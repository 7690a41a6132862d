import type { ArticleLang, Span } from '../../shared/article';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: ArticleLang): Intl.Segmenter {
  const locale = lang === 'und' ? 'en' : lang;
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * A full stop after these never ends a sentence: titles and honorifics come before a name, and an
 * initial ("М. В. Мишустин", "J. R. R. Tolkien") before more of it. Matched against the word before the
 * stop, case-sensitively for initials.
 */
const alwaysJoin = new Set(
  (
    'Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Col Lt Capt Sgt Jr Sr Rev Hon Mt Ft ' +
    'им ул пр просп пл пер д корп кв г-н г-жа тов проф акад доц ст'
  ).split(' '),
);
/** These end a sentence only when a capital letter follows and no number precedes them. */
const joinBeforeNumber = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Art Fig Vol pp янв фев февр мар апр авг сент окт нояб дек'.split(
    ' ',
  ),
);
/** Abbreviations that may close a sentence: joined only when the next word starts in lower case or a digit. */
const joinBeforeLower = new Set(
  (
    'etc vs approx incl est e.g i.e a.m p.m cf al ' +
    'г гг т.е т.д т.п т.к т.н др пр см стр рис руб коп млн млрд трлн тыс обл р-н с.ш в.д н.э вв'
  ).split(' '),
);

const wordBeforeStop = /(?:^|[\s(«"“'‘])([\p{L}][\p{L}.-]*)\.[\s"”»’')]*$/u;

/**
 * Intl.Segmenter's iteration costs time in proportion to the whole input at every step, so a 2 MB
 * paragraph would take minutes. Long paragraphs are fed to it in chunks cut after a sentence end, or
 * at a space when there is none (those cuts are re-joined).
 */
const maxChunk = 4096;

interface Piece {
  readonly index: number;
  readonly segment: string;
  /** The piece continues the previous one across an artificial chunk cut. */
  readonly continues: boolean;
}

function* pieces(segmenter: Intl.Segmenter, paragraph: string): Generator<Piece> {
  let from = 0;
  let continues = false;
  while (from < paragraph.length) {
    let to = paragraph.length;
    let soft = false;
    if (to - from > maxChunk) {
      const window = paragraph.slice(from + maxChunk / 2, from + maxChunk);
      let cut = -1;
      for (const m of window.matchAll(/[.!?…]["'”»)]*\s+/g)) cut = m.index + m[0].length;
      if (cut < 0) {
        cut = window.lastIndexOf(' ') + 1;
        soft = true;
      }
      to = cut <= 0 ? from + maxChunk : from + maxChunk / 2 + cut;
    }
    let first = true;
    for (const { segment, index } of segmenter.segment(paragraph.slice(from, to))) {
      yield { index: from + index, segment, continues: first && continues };
      first = false;
    }
    continues = soft || to === from + maxChunk;
    from = to;
  }
}

/**
 * Sentence spans, never crossing a paragraph. Intl.Segmenter does the work; breaks it makes after an
 * initial or an abbreviation are re-joined.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], lang: ArticleLang): Span[] {
  const segmenter = segmenterFor(lang);
  const spans: Span[] = [];
  for (const [start, end] of paragraphs) {
    const paragraph = text.slice(start, end);
    let open: [number, number] | null = null;
    for (const { segment, index, continues } of pieces(segmenter, paragraph)) {
      const s = start + index;
      const e = s + segment.trimEnd().length;
      if (e <= s) continue;
      if (
        open !== null &&
        (continues || shouldJoin(text.slice(Math.max(open[0], open[1] - 64), open[1]), segment))
      ) {
        open[1] = e;
        continue;
      }
      if (open !== null) spans.push([open[0], open[1]]);
      open = [s, e];
    }
    if (open !== null) spans.push([open[0], open[1]]);
  }
  return spans;
}

function shouldJoin(previous: string, next: string): boolean {
  const tail = previous.length > 64 ? previous.slice(-64) : previous;
  const match = wordBeforeStop.exec(tail);
  const word = match?.[1];
  if (match === null || word === undefined) return false;
  const first = next.trimStart().charAt(0);
  const lowerOrDigit = first !== '' && (/\d/.test(first) || first !== first.toUpperCase());
  const afterNumber = /\d\s*$/.test(tail.slice(0, match.index + 1));
  if (word.length === 1) {
    // A capital is an initial. A lower-case letter abbreviates a word ("г. Астана", "д. 5") unless a
    // number comes first: "2021 г." may well end the sentence.
    return word !== word.toLowerCase() || !afterNumber || lowerOrDigit;
  }
  if (alwaysJoin.has(word)) return true;
  if (joinBeforeNumber.has(word)) return /^\s*\d/.test(next) || lowerOrDigit;
  if (joinBeforeLower.has(word) || joinBeforeLower.has(word.toLowerCase())) return lowerOrDigit;
  // Dotted acronyms such as "U.S." or "т.е." followed by a lower-case word.
  return word.includes('.') && lowerOrDigit;
}
