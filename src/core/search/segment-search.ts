import type { ArticleLang } from '../../shared/article';
import type { SearchQuery } from '../../shared/search';
import type { Analyzer } from './analyzer';
import type { CompiledQuery, QueryWord } from './compile-query';
import { farPosition, termsWithPrefix } from './compact-index';
import { lunr } from './lunr-setup';
import { findPhrase, meetsRequirements, planOf, type MatchedTerms, type MatchPlan } from './match-plan';
import { termFields } from './segment-build';
import type { StoredDoc } from './segment-file';
import { tokenize } from './search-key';

/** A segment as search sees it: its lunr index, its documents, and their texts on demand. */
export interface LoadedSegment {
  readonly index: lunr.Index;
  /** The segment's word keys, sorted (for prefixes). */
  vocabulary(): readonly string[];
  /** Word positions of an index term in one field of a document (see segment-build.ts). */
  positions(field: string, term: string, doc: number): ArrayLike<number>;
  /** The documents whose field holds the term. */
  docsWith(field: string, term: string): ArrayLike<number>;
  readonly docs: readonly StoredDoc[];
  /** Ids removed since the segment was built (filtered here until the segment is compacted). */
  readonly deleted: ReadonlySet<string>;
  /** The text of document `doc`; throws when it cannot be read intact. */
  text(doc: number): string;
}

export interface Filters {
  readonly lang?: ArticleLang;
  readonly outlets?: ReadonlySet<string>;
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly entityIds?: readonly string[];
}

export interface SegmentMatch {
  readonly doc: number;
  readonly score: number;
}

export function filtersOf(query: SearchQuery): Filters {
  return {
    ...(query.lang === undefined ? {} : { lang: query.lang }),
    ...(query.outlets?.length ? { outlets: new Set(query.outlets.map((o) => o.toLowerCase())) } : {}),
    ...(query.dateFrom ? { dateFrom: query.dateFrom } : {}),
    ...(query.dateTo ? { dateTo: query.dateTo } : {}),
    ...(query.entityIds?.length ? { entityIds: query.entityIds } : {}),
  };
}

export function passesFilters(doc: StoredDoc, filters: Filters): boolean {
  if (filters.lang !== undefined && doc.lang !== filters.lang) return false;
  if (filters.outlets && !filters.outlets.has((doc.outlet ?? '').toLowerCase())) return false;
  if (filters.dateFrom !== undefined || filters.dateTo !== undefined) {
    if (doc.date === null || /^-/.test(doc.date)) return false;
    // A date given as a year or month spans the bound it touches.
    if (filters.dateFrom !== undefined && doc.date < filters.dateFrom.slice(0, doc.date.length)) return false;
    if (filters.dateTo !== undefined && doc.date.slice(0, filters.dateTo.length) > filters.dateTo)
      return false;
  }
  if (filters.entityIds && !filters.entityIds.every((id) => doc.entities.some((e) => e.id === id)))
    return false;
  return true;
}

const { OPTIONAL, PROHIBITED } = lunr.Query.presence;
const { TRAILING } = lunr.Query.wildcard;

// @types/lunr's Clause predates `presence`; lunr 2.3 reads it.
type PresenceClause = lunr.Query.Clause & { presence: lunr.Query.presence };

function addClauses(
  query: lunr.Query,
  terms: readonly string[],
  translit: readonly string[],
  prefixes: readonly string[],
  presence: lunr.Query.presence,
): void {
  const fields = [...termFields];
  const add = (
    clause: Omit<PresenceClause, 'boost' | 'editDistance' | 'wildcard'> & Partial<PresenceClause>,
  ): void => {
    query.clause(clause as PresenceClause);
  };
  for (const term of terms) add({ term, fields, presence, usePipeline: false });
  for (const term of translit) add({ term, fields: ['translit'], presence, usePipeline: false });
  for (const term of prefixes) add({ term, fields, presence, usePipeline: false, wildcard: TRAILING });
}

/** Most words of a segment one prefix stands for (a two-letter prefix can reach thousands). */
export const maxPrefixWords = 400;

/**
 * The index terms of the segment's words that start with one of `prefixes`. The index holds stems
 * and lemmas, which a prefix longer than the stem would miss (`talki*` and `talk`).
 */
function prefixTerms(segment: LoadedSegment, prefixes: readonly string[], analyzer: Analyzer): string[] {
  const out = new Set<string>();
  for (const prefix of prefixes) {
    for (const word of termsWithPrefix(segment.vocabulary(), prefix).slice(0, maxPrefixWords)) {
      for (const term of analyzer.terms(word, false)) out.add(term);
      for (const term of analyzer.terms(word, true)) out.add(term);
    }
  }
  return [...out];
}

/** Documents of the segment that contain an excluded word or prefix. */
function excludedDocs(
  segment: LoadedSegment,
  plan: MatchPlan,
  excludedWords: readonly string[],
): Set<number> {
  const out = new Set<number>();
  const terms = [...plan.excludedTerms, ...excludedWords];
  if (terms.length + plan.excludedTranslit.length + plan.excludedPrefixes.length === 0) return out;
  const results = segment.index.query((q) =>
    addClauses(q, terms, plan.excludedTranslit, plan.excludedPrefixes, OPTIONAL),
  );
  for (const r of results) out.add(Number(r.ref));
  return out;
}

/** Where a phrase word can stand in a document, by the positions its keys were indexed at; null
 * when a position is past what 16 bits number (the text decides then). */
function wordPositions(segment: LoadedSegment, doc: number, word: QueryWord): Set<number> | null {
  const out = new Set<number>();
  const lists: ArrayLike<number>[] = [];
  if (word.terms.length === 0) lists.push(segment.positions('stop', word.key, doc));
  for (const term of word.terms) {
    lists.push(segment.positions('title', term, doc), segment.positions('body', term, doc));
  }
  for (const key of word.translit) lists.push(segment.positions('translit', key, doc));
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const at = list[i] as number;
      if (at === farPosition) return null;
      out.add(at);
    }
  }
  return out;
}

/** True or false from the index's word positions, null when they cannot tell. */
function phraseByPositions(
  segment: LoadedSegment,
  doc: number,
  phrase: readonly QueryWord[],
): boolean | null {
  const sets: Set<number>[] = [];
  for (const word of phrase) {
    const set = wordPositions(segment, doc, word);
    if (set === null) return null;
    if (set.size === 0) return false;
    sets.push(set);
  }
  const [first, ...rest] = sets;
  for (const at of first ?? []) if (rest.every((set, i) => set.has(at + i + 1))) return true;
  return false;
}

/** Does the document state the phrase: in its title or text (by positions), or in an entity's name? */
function phraseOccurs(
  segment: LoadedSegment,
  doc: number,
  phrase: readonly QueryWord[],
  plan: MatchPlan,
  analyzer: Analyzer,
): boolean {
  const inText = phraseByPositions(segment, doc, phrase);
  const found = (text: string): boolean =>
    findPhrase(tokenize(text, plan.accept), phrase, analyzer, true).length > 0;
  if (inText === true) return true;
  if (inText === null && found(segment.text(doc))) return true;
  const stored = segment.docs[doc] as StoredDoc;
  return stored.entities.some((entity) => entity.names.some(found));
}

function phrasesHold(segment: LoadedSegment, doc: number, plan: MatchPlan, analyzer: Analyzer): boolean {
  const occurs = (phrase: readonly QueryWord[]): boolean =>
    phraseOccurs(segment, doc, phrase, plan, analyzer);
  return plan.phrases.every(occurs) && !plan.excludedPhrases.some(occurs);
}

/**
 * The segment's documents that match: every word through one of its keys, phrases verified in the
 * text, exclusions and filters applied. Unsorted; scores are lunr's BM25 similarity.
 */
export function searchSegment(
  segment: LoadedSegment,
  query: CompiledQuery,
  filters: Filters,
  analyzer: Analyzer,
): SegmentMatch[] {
  const plan = planOf(query);
  const matches: SegmentMatch[] = [];
  const alive = (doc: number): boolean => {
    const stored = segment.docs[doc];
    return stored !== undefined && !segment.deleted.has(stored.id) && passesFilters(stored, filters);
  };
  const excludedWords = plan.excludedPrefixes.length
    ? prefixTerms(segment, plan.excludedPrefixes, analyzer)
    : [];
  if (plan.requirements.length === 0) {
    // Nothing for lunr to rank: every document (within filters), or those where the phrases of
    // function words stand, found through the positions of the first one.
    const first = plan.phrases[0]?.[0];
    const candidates = query.matchAll || !first ? null : segment.docsWith('stop', first.key);
    const excluded = excludedDocs(segment, plan, excludedWords);
    const count = candidates ? candidates.length : segment.docs.length;
    for (let i = 0; i < count; i++) {
      const doc = candidates ? (candidates[i] as number) : i;
      if (excluded.has(doc) || !alive(doc)) continue;
      if (!phrasesHold(segment, doc, plan, analyzer)) continue;
      matches.push({ doc, score: 0 });
    }
    return matches;
  }
  const requirements = plan.requirements.map((req) =>
    req.prefixes.length === 0
      ? req
      : { ...req, terms: new Set(prefixTerms(segment, req.prefixes, analyzer)) },
  );
  const expanded = requirements.flatMap((req) => (req.prefixes.length ? [...req.terms] : []));
  const results = segment.index.query((q) => {
    addClauses(q, [...plan.terms, ...expanded], plan.translit, plan.prefixes, OPTIONAL);
    addClauses(
      q,
      [...plan.excludedTerms, ...excludedWords],
      plan.excludedTranslit,
      plan.excludedPrefixes,
      PROHIBITED,
    );
  });
  for (const result of results) {
    const doc = Number(result.ref);
    if (!alive(doc)) continue;
    if (!meetsRequirements(result.matchData.metadata as unknown as MatchedTerms, requirements)) continue;
    if (!phrasesHold(segment, doc, plan, analyzer)) continue;
    matches.push({ doc, score: result.score });
  }
  return matches;
}
