import type { Analyzer } from './analyzer';
import { docsOf, fieldNumber, findTerm, termsWithPrefix, type CompactIndex } from './compact-index';
import type { CompiledQuery } from './compile-query';
import { lunr } from './lunr-setup';
import type { LunrView } from './lunr-view';
import { planOf, type MatchPlan, type Requirement } from './match-plan';
import { lookupOf, phraseChecker, type Lookup } from './phrase-check';
import { termFields } from './segment-build';
import type { StoredDoc } from './segment-file';
import { passesFilters, type Filters } from './segment-filters';

/** A segment as search sees it: its index arrays, lunr over them, its documents and their texts. */
export interface LoadedSegment {
  readonly data: CompactIndex;
  readonly lunr: LunrView;
  /** The segment's word keys, sorted (for prefixes). */
  vocabulary(): readonly string[];
  readonly docs: readonly StoredDoc[];
  /** Ids removed since the segment was built (filtered here until the segment is compacted). */
  readonly deleted: ReadonlySet<string>;
  /** The text of document `doc`; throws when it cannot be read intact. */
  text(doc: number): string;
}

export interface SegmentMatch {
  readonly doc: number;
  readonly score: number;
}

const { OPTIONAL, PROHIBITED } = lunr.Query.presence;

// @types/lunr's Clause predates `presence`; lunr 2.3 reads it.
type PresenceClause = lunr.Query.Clause & { presence: lunr.Query.presence };

function addClauses(
  query: lunr.Query,
  terms: Iterable<string>,
  translit: Iterable<string>,
  presence: lunr.Query.presence,
): void {
  const fields = [...termFields];
  const add = (term: string, on: string[]): void => {
    query.clause({ term, fields: on, presence, usePipeline: false } as PresenceClause);
  };
  for (const term of terms) add(term, fields);
  for (const term of translit) add(term, ['translit']);
}

/**
 * Most index terms one prefix stands for in a segment: a short prefix reaches thousands, and every
 * term is a clause lunr scores. The most frequent are kept (a rare word's stem rarely shares a long
 * prefix with a hundred others).
 */
export const maxPrefixTerms = 100;

/**
 * The index terms a prefix stands for in this segment: terms that start with it, and the terms of the
 * segment's words that do (the index holds stems, which `talki*` would miss: `talk`).
 */
function prefixTerms(segment: LoadedSegment, prefixes: readonly string[], analyzer: Analyzer): Set<string> {
  const found = new Set<string>();
  for (const prefix of prefixes) {
    for (const term of termsWithPrefix(segment.data.terms, prefix)) found.add(term);
    for (const word of termsWithPrefix(segment.vocabulary(), prefix)) {
      for (const term of analyzer.terms(word, false)) found.add(term);
      for (const term of analyzer.terms(word, true)) found.add(term);
    }
  }
  if (found.size <= maxPrefixTerms) return found;
  const data = segment.data;
  const body = fieldNumber(data, 'body');
  const frequency = (term: string): number => {
    const t = findTerm(data.terms, term);
    return t < 0 ? 0 : docsOf(data, body, t).length;
  };
  const ranked = [...found].map((term) => [term, frequency(term)] as const).sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, maxPrefixTerms).map(([term]) => term));
}

/**
 * Documents that meet every requirement, from the postings alone: a requirement is met by any of
 * its terms in a spelled field, or its translit keys in `translit`, or (for function words of a
 * phrase) the word in `stop`. Null when nothing restricts (no requirement).
 */
function candidates(
  segment: LoadedSegment,
  requirements: readonly Requirement[],
  stopWords: readonly string[],
): Uint8Array | null {
  const data = segment.data;
  const spelled = termFields.map((f) => fieldNumber(data, f));
  const translit = fieldNumber(data, 'translit');
  const stop = fieldNumber(data, 'stop');
  const groups: [number, number][][] = requirements.map((req) => {
    const pairs: [number, number][] = [];
    for (const term of req.terms) {
      const t = findTerm(data.terms, term);
      if (t >= 0) for (const f of spelled) pairs.push([f, t]);
    }
    for (const key of req.translit) {
      const t = findTerm(data.terms, key);
      if (t >= 0) pairs.push([translit, t]);
    }
    return pairs;
  });
  for (const word of stopWords) groups.push([[stop, findTerm(data.terms, word)]]);
  if (groups.length === 0) return null;
  const count = new Uint16Array(data.docCount);
  const seen = new Uint16Array(data.docCount);
  groups.forEach((pairs, g) => {
    for (const [f, t] of pairs) {
      for (const doc of docsOf(data, f, t)) {
        if (seen[doc] === g + 1) continue;
        seen[doc] = g + 1;
        count[doc] = (count[doc] as number) + 1;
      }
    }
  });
  const mask = new Uint8Array(data.docCount);
  for (let doc = 0; doc < data.docCount; doc++) mask[doc] = count[doc] === groups.length ? 1 : 0;
  return mask;
}

/** Documents of the segment that contain an excluded word or prefix. */
function excludedDocs(segment: LoadedSegment, plan: MatchPlan, terms: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  if (terms.size + plan.excludedTranslit.length === 0) return out;
  for (const r of segment.lunr.index.query((q) => addClauses(q, terms, plan.excludedTranslit, OPTIONAL))) {
    out.add(Number(r.ref));
  }
  return out;
}

/**
 * The segment's documents that match: every word through one of its keys, phrases at their word
 * positions, exclusions and filters applied. Unsorted; scores are lunr's BM25 similarity. Postings
 * are intersected first, so lunr only scores documents that can match.
 */
export function searchSegment(
  segment: LoadedSegment,
  query: CompiledQuery,
  filters: Filters,
  analyzer: Analyzer,
): SegmentMatch[] {
  const plan = planOf(query);
  const excludedTerms = new Set([
    ...plan.excludedTerms,
    ...prefixTerms(segment, plan.excludedPrefixes, analyzer),
  ]);
  const requirements = plan.requirements.map((req) =>
    req.prefixes.length === 0 ? req : { ...req, terms: prefixTerms(segment, req.prefixes, analyzer) },
  );
  const stopWords = plan.phrases.flatMap((phrase) =>
    phrase.filter((w) => w.terms.length === 0).map((w) => w.key),
  );
  const phrases = phraseChecker(segment.data, segment.docs, (doc) => segment.text(doc), plan, analyzer);
  const alive = (doc: number): boolean => {
    const stored = segment.docs[doc];
    return stored !== undefined && !segment.deleted.has(stored.id) && passesFilters(stored, filters);
  };
  const mask = query.matchAll ? null : candidates(segment, requirements, stopWords);
  const matches: SegmentMatch[] = [];
  if (requirements.length === 0) {
    // Nothing for lunr to rank: every document within the filters, or those holding the phrases.
    const excluded = excludedDocs(segment, plan, excludedTerms);
    for (let doc = 0; doc < segment.docs.length; doc++) {
      if ((mask && !mask[doc]) || excluded.has(doc) || !alive(doc) || !phrases.holds(doc)) continue;
      matches.push({ doc, score: 0 });
    }
    return matches;
  }
  // Filters and phrases first, from the index alone, so that lunr scores only what will be shown.
  if (mask) {
    let left = 0;
    for (let doc = 0; doc < mask.length; doc++) {
      if (mask[doc] && (!alive(doc) || !phrases.holds(doc))) mask[doc] = 0;
      left += mask[doc] as number;
    }
    if (left === 0) return matches;
  }
  const positive = new Set(plan.terms);
  for (const req of requirements)
    if (req.prefixes.length > 0) for (const term of req.terms) positive.add(term);
  segment.lunr.restrict(mask);
  let results: lunr.Index.Result[];
  try {
    results = segment.lunr.index.query((q) => {
      addClauses(q, positive, plan.translit, OPTIONAL);
      addClauses(q, excludedTerms, plan.excludedTranslit, PROHIBITED);
    });
  } finally {
    segment.lunr.restrict(null);
  }
  for (const result of results) {
    const doc = Number(result.ref);
    // The mask holds exactly the documents that meet every requirement and pass the filters.
    if (mask ? mask[doc] : alive(doc) && phrases.holds(doc)) matches.push({ doc, score: result.score });
  }
  return matches;
}

const lookupCache = new WeakMap<CompiledQuery, WeakMap<CompactIndex, HitLookups>>();

export interface HitLookups {
  readonly words: readonly Lookup[];
  readonly phrases: readonly (readonly Lookup[])[];
}

/**
 * What to highlight in this segment's hits: the (field, term) pairs of the query's words and of its
 * prefixes' terms, and of each phrase's words. Worked out once per query and segment.
 */
export function hitLookups(segment: LoadedSegment, query: CompiledQuery, analyzer: Analyzer): HitLookups {
  const bySegment = lookupCache.get(query) ?? new WeakMap<CompactIndex, HitLookups>();
  lookupCache.set(query, bySegment);
  const cached = bySegment.get(segment.data);
  if (cached) return cached;
  const data = segment.data;
  const plan = planOf(query);
  const words: Lookup[] = plan.words.map((word) => lookupOf(data, word));
  const spelled = [fieldNumber(data, 'title'), fieldNumber(data, 'body')];
  for (const req of plan.requirements) {
    if (req.prefixes.length === 0) continue;
    for (const term of prefixTerms(segment, req.prefixes, analyzer)) {
      const t = findTerm(data.terms, term);
      if (t >= 0) words.push(spelled.map((f) => [f, t] as const));
    }
  }
  const phrases = plan.phrases.map((phrase) => phrase.map((word) => lookupOf(data, word)));
  const lookups = { words, phrases };
  bySegment.set(data, lookups);
  return lookups;
}
