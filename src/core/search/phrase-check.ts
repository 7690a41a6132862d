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

/** True or false from the positions, null when a position is past what 16 bits number. */
function byPositions(data: CompactIndex, doc: number, lookups: readonly Lookup[]): boolean | null {
  const lists = lookups.map((lookup) => lookup.map(([f, t]) => positionsOf(data, f, t, doc)));
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
  const wanted = plan.phrases.map((phrase) => phrase.map((word) => lookupOf(data, word)));
  const excluded = plan.excludedPhrases.map((phrase) => phrase.map((word) => lookupOf(data, word)));
  const occurs = (doc: number, phrase: readonly QueryWord[], lookups: readonly Lookup[]): boolean => {
    const found = (source: string): boolean =>
      findPhrase(tokenize(source, plan.accept), phrase, analyzer, true).length > 0;
    const inText = byPositions(data, doc, lookups);
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
