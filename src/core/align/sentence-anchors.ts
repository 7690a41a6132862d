import type { ArticleLang, Quote, Span } from '../../shared/article';
import type { Annotations } from '../../shared/entities';
import { figureKey, speakerKey } from '../pairing/pairing-doc';
import { cognateKeys, numberPattern, numberValue, wordKeys } from '../pairing/name-keys';

/** One text to align: its sentences and, when known, what the annotator and the parser found in it. */
export interface AlignSide {
  readonly text: string;
  readonly lang: ArticleLang;
  readonly sentences: readonly Span[];
  /** Paragraph spans; alignment links the paragraphs its sentence links fall in. */
  readonly paragraphs?: readonly Span[];
  readonly annotations?: Annotations;
  readonly quotes?: readonly Quote[];
}

/** What the aligner weighs about one sentence: its length and its anchors, interned per alignment. */
export interface SentenceAnchors {
  readonly length: number;
  readonly keys: Int32Array;
  /** Evidence a shared occurrence of the key gives. */
  readonly weights: Float64Array;
  /** Evidence against a link that an occurrence left unmatched gives. */
  readonly penalties: Float64Array;
}

type Kind = keyof typeof kinds;

/**
 * Weights per kind of anchor. Figures and numbers survive translation, so a missing one counts
 * against a link; names may be translated or transliterated past recognition (High Middle Ages,
 * Высокое Средневековье; Paris, Париж), and English capitalises more, so a missing name counts little;
 * numbers under ten are often spelt out. Same-language word stems and cross-language cognates are
 * weak, plentiful evidence.
 */
const kinds = {
  entity: { w: 2, p: 0.15 },
  figure: { w: 3, p: 0.8 },
  number: { w: 2, p: 0.5 },
  small: { w: 1, p: 0.1 },
  name: { w: 1.5, p: 0.05 },
  quote: { w: 0.6, p: 0.3 },
  speaker: { w: 1, p: 0 },
  mark: { w: 0.6, p: 0.3 },
  word: { w: 0.6, p: 0.12 },
  cognate: { w: 0.8, p: 0 },
} as const;

interface Raw {
  readonly length: number;
  readonly keys: string[];
  readonly kinds: Kind[];
}

const quoteChars = /[«»“”„"]/u;
const capitalised = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;
const lowerWord = /(?<![\p{L}])[\p{Ll}][\p{L}]+/gu;

function inside(span: Span, start: number, end: number): boolean {
  return start >= span[0] && end <= span[1];
}

function rawSentences(side: AlignSide, otherLang: ArticleLang): Raw[] {
  const sameLang = side.lang === otherLang;
  const mentions = side.annotations?.mentions ?? [];
  // a capital on a word the text also writes in lower case (The/the, President/president) is no name
  const lower = new Set<string>();
  for (const m of side.text.matchAll(lowerWord)) lower.add(m[0]);
  const figures = side.annotations?.figures ?? [];
  return side.sentences.map((span) => {
    const [s, e] = span;
    const sentence = side.text.slice(s, e);
    const keys: string[] = [];
    const kindsOf: Kind[] = [];
    const add = (key: string, kind: Kind) => {
      keys.push(key);
      kindsOf.push(kind);
    };
    for (const m of mentions) if (inside(span, m.start, m.end)) add(`e:${m.id}`, 'entity');
    for (const f of figures)
      if (inside(span, f.start, f.end) && f.type !== 'NUMBER') add(`f:${figureKey(f)}`, 'figure');
    for (const m of sentence.matchAll(numberPattern)) {
      const value = numberValue(m[0], side.lang);
      // integers under ten are often spelt out on the other side ("two", "два"); 4.2 never is
      if (value !== null) add(`#${value}`, Number.isInteger(value) && value < 10 ? 'small' : 'number');
    }
    for (const m of sentence.matchAll(capitalised)) {
      if (lower.has(m[0].toLowerCase())) continue;
      for (const k of wordKeys(m[0])) add(`~${k}`, 'name');
    }
    for (const q of side.quotes ?? []) {
      if (q.end <= s || q.start >= e) continue;
      add('"', 'quote');
      const who = speakerKey(q.speaker);
      if (who !== null) add(`q:${who}`, 'speaker');
    }
    if (quoteChars.test(sentence) && !keys.includes('"')) add('"', 'quote');
    for (const mark of ['?', '!']) if (sentence.includes(mark)) add(mark, 'mark');
    if (sameLang) {
      for (const m of sentence.matchAll(lowerWord))
        if (m[0].length >= 4) add(`w:${m[0].slice(0, 5)}`, 'word');
    } else {
      for (const [key, count] of cognateKeys(sentence.toLowerCase()))
        for (let i = 0; i < count; i++) add(`c:${key}`, 'cognate');
    }
    return { length: sentence.replace(/\s+/gu, ' ').length, keys, kinds: kindsOf };
  });
}

/**
 * Anchors of both sides, interned into one key space. A key found in many sentences (the president
 * named in every paragraph) tells less about which sentence goes with which: its weight falls with
 * the square root of the number of sentences that hold it.
 */
export function anchorSides(a: AlignSide, b: AlignSide): [SentenceAnchors[], SentenceAnchors[]] {
  const rawA = rawSentences(a, b.lang);
  const rawB = rawSentences(b, a.lang);
  const ids = new Map<string, number>();
  const spreadA: number[] = [];
  const spreadB: number[] = [];
  const intern = (raws: Raw[], spread: number[]) =>
    raws.map((r) => {
      const keys = r.keys.map((k) => {
        let id = ids.get(k);
        if (id === undefined) ids.set(k, (id = ids.size));
        return id;
      });
      for (const id of new Set(keys)) spread[id] = (spread[id] ?? 0) + 1;
      return keys;
    });
  const keysA = intern(rawA, spreadA);
  const keysB = intern(rawB, spreadB);
  const finish = (raws: Raw[], keyLists: number[][]): SentenceAnchors[] =>
    raws.map((r, i) => {
      const keys = Int32Array.from(keyLists[i] ?? []);
      const weights = new Float64Array(keys.length);
      const penalties = new Float64Array(keys.length);
      keys.forEach((id, k) => {
        const kind = kinds[r.kinds[k] ?? 'word'];
        const damp = 1 / Math.sqrt(Math.max(1, spreadA[id] ?? 0, spreadB[id] ?? 0));
        weights[k] = kind.w * damp;
        penalties[k] = kind.p * damp;
      });
      return { length: r.length, keys, weights, penalties };
    });
  return [finish(rawA, keysA), finish(rawB, keysB)];
}
