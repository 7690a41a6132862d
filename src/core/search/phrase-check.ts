import type { Analyzer } from './analyzer';
import { farPosition, fieldNumber, findTerm, positionsOf, type CompactIndex } from './compact-index';
import type { QueryWord } from './compile-query';
import { findPhrase, type MatchPlan } from './match-plan';
import { tokenize } from './search-key';
import type { StoredDoc } from './segment-file';

/**
 * Phrases are checked by the word positions the index keeps (title and body numbered as one, see
 * segment-build.ts), so that a thousand candidates cost no disk read. Each phrase word is resolved
 * once per segment to the (field, term) pairs that can stand for it.
 */

/** The (field, term) pairs that can stand for one query word in a segment. */
export type Lookup = readonly (readonly [field: number, term: number])[];

export interface PhraseChecker {
  /** Every wanted phrase occurs and no excluded one does. */
  holds(doc: number): boolean;
}

export function lookupOf(data: CompactIndex, word: QueryWord): Lookup {
  const out: [number, number][] = [];
  const add = (field: string, term: string): void => {
    const f = fieldNumber(data, field);
    const t = findTerm(data.terms, term);
    if (f >= 0 && t >= 0) out.push([f, t]);
  };
  if (word.terms.length === 0) add('stop', word.key);
  for (const term of word.terms) {
    add('title', term);
    add('body', term);
  }
  for (const key of word.translit) add('translit', key);
  return out;
}

function has(list: Uint16Array, value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = list[mid] as number;
    if (at < value) low = mid + 1;
    else if (at > value) high = mid - 1;
    else return true;
  }
  return false;
}

/**
 * The positions of one (field, term) pair, document after document: documents are asked for in
 * ascending order while a segment's candidates are checked, so each posting list is walked once.
 */
class PositionCursor {
  private at: number;
  private readonly end: number;
  private last = -1;
  constructor(
    private readonly data: CompactIndex,
    private readonly f: number,
    private readonly t: number,
  ) {
    const offsets = data.postingOffsets[f] as Uint32Array;
    this.at = offsets[t] as number;
    this.end = offsets[t + 1] as number;
  }
  positions(doc: number): Uint16Array {
    if (doc < this.last) return positionsOf(this.data, this.f, this.t, doc);
    this.last = doc;
    const docs = this.data.postingDocs[this.f] as Uint16Array;
    while (this.at < this.end && (docs[this.at] as number) < doc) this.at++;
    if (this.at >= this.end || docs[this.at] !== doc) return none;
    const offsets = this.data.positionOffsets[this.f] as Uint32Array;
    return (this.data.positions[this.f] as Uint16Array).subarray(offsets[this.at], offsets[this.at + 1]);
  }
}

const none = new Uint16Array(0);

/** True or false from the positions, null when a position is past what 16 bits number. */
function byPositions(doc: number, cursors: readonly (readonly PositionCursor[])[]): boolean | null {
  const lists = cursors.map((word) => word.map((cursor) => cursor.positions(doc)));
  if (lists.some((word) => word.every((list) => list.length === 0))) return false;
  if (lists.some((word) => word.some((list) => list.length > 0 && list[list.length - 1] === farPosition)))
    return null;
  const [first, ...rest] = lists;
  for (const list of first ?? []) {
    for (const at of list) {
      if (rest.every((word, i) => word.some((other) => has(other, at + i + 1)))) return true;
    }
  }
  return false;
}

export function phraseChecker(
  data: CompactIndex,
  docs: readonly StoredDoc[],
  text: (doc: number) => string,
  plan: MatchPlan,
  analyzer: Analyzer,
): PhraseChecker {
  const cursorsOf = (phrase: readonly QueryWord[]): PositionCursor[][] =>
    phrase.map((word) => lookupOf(data, word).map(([f, t]) => new PositionCursor(data, f, t)));
  const wanted = plan.phrases.map(cursorsOf);
  const excluded = plan.excludedPhrases.map(cursorsOf);
  const occurs = (
    doc: number,
    phrase: readonly QueryWord[],
    cursors: readonly PositionCursor[][],
  ): boolean => {
    const found = (source: string): boolean =>
      findPhrase(tokenize(source, plan.accept), phrase, analyzer, true).length > 0;
    const inText = byPositions(doc, cursors);
    if (inText === true) return true;
    if (inText === null && found(text(doc))) return true;
    // Entity names are not positioned; they are short and in memory.
    return (docs[doc] as StoredDoc).entities.some((entity) => entity.names.some(found));
  };
  return {
    holds(doc) {
      return (
        plan.phrases.every((phrase, i) => occurs(doc, phrase, wanted[i] ?? [])) &&
        !plan.excludedPhrases.some((phrase, i) => occurs(doc, phrase, excluded[i] ?? []))
      );
    },
  };
}

/**
 * The word-position ranges [first, last] of one document that the query matched: single words
 * (and prefix terms) one by one, phrases as whole runs. Null when positions cannot tell (a word past
 * the 16-bit range), and the text must be searched instead.
 */
export function matchedRanges(
  data: CompactIndex,
  doc: number,
  words: readonly Lookup[],
  phrases: readonly (readonly Lookup[])[],
): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const lookup of words) {
    for (const [f, t] of lookup) {
      for (const at of positionsOf(data, f, t, doc)) {
        if (at === farPosition) return null;
        ranges.push([at, at]);
      }
    }
  }
  for (const phrase of phrases) {
    const lists = phrase.map((lookup) => lookup.map(([f, t]) => positionsOf(data, f, t, doc)));
    const [first, ...rest] = lists;
    for (const list of first ?? []) {
      for (const at of list) {
        if (at === farPosition) return null;
        if (rest.every((word, i) => word.some((other) => has(other, at + i + 1))))
          ranges.push([at, at + rest.length]);
      }
    }
  }
  return ranges;
}
