import type { ArticleLang } from '../../shared/article';
import { compareDocs, type CorpusStats, type DocVector, type PairEvidence } from './compare-docs';
import { featuresOf } from './doc-features';
import type { PairingDoc } from './pairing-doc';
import type { PairReason } from '../../shared/pairing';

export interface Counterpart {
  readonly id: string;
  readonly lang: ArticleLang;
  /** 0..1, higher is likelier to report the same thing. */
  readonly score: number;
  readonly reasons: readonly PairReason[];
}

/** The articles related to one article: the other language first, same-language ones as other reports. */
export interface CounterpartLists {
  readonly counterparts: readonly Counterpart[];
  readonly otherReports: readonly Counterpart[];
}

export interface RankOptions {
  /** Most articles returned (default 20). */
  readonly limit?: number;
  /** Articles scoring below this are left out (default 0.05). */
  readonly minScore?: number;
}

export interface PairingIndex {
  readonly size: number;
  /** Adds an article; an article with the same id is replaced. */
  add(doc: PairingDoc): void;
  get(id: string): PairingDoc | undefined;
  ids(): string[];
  /** Every related article, best first, whatever its language. `query` may be outside the index. */
  rank(query: PairingDoc | string, options?: RankOptions): Counterpart[];
  /** `rank` split by language. */
  counterparts(query: PairingDoc | string, options?: RankOptions): CounterpartLists;
  /** The full comparison of two articles of the index. */
  compare(a: string, b: string): PairEvidence;
  /** The `limit` most related articles with the full evidence the story grouping weighs, reasons left out. */
  neighbours(id: string, limit: number): { readonly id: string; readonly evidence: PairEvidence }[];
}

interface Entry {
  readonly doc: PairingDoc;
  readonly features: Map<string, number>;
  alive: boolean;
}

/**
 * Postings of features the query shares walk only a bounded share of the corpus: a feature in more
 * than this many articles (Kazakhstan in a Kazakh corpus) has so little weight that it only ranks
 * among candidates found through rarer features.
 */
const postingCap = (n: number) => Math.max(200, Math.floor(n * 0.1));
const candidatesFor = (limit: number) => Math.max(40, limit * 2);
/** Sentence lengths are fitted for this many cross-language candidates: translations rank high already. */
const fittedFor = (_limit: number) => 25;

/** The `k` items with the highest key, unordered; linear in the items for small `k`. */
function topBy<T>(items: readonly T[], key: (item: T) => number, k: number): T[] {
  if (items.length <= k) return [...items];
  const keys = Float64Array.from(items, key).sort();
  const threshold = keys[keys.length - k] ?? -Infinity;
  const above = items.filter((x) => key(x) > threshold);
  const at = items.filter((x) => key(x) === threshold);
  return [...above, ...at.slice(0, k - above.length)];
}

interface Related {
  readonly doc: PairingDoc;
  readonly evidence: PairEvidence;
}

/**
 * An inverted index over entity ids, figures, capitalised-word keys and quoted speakers. Ranking one
 * article touches only the postings of its own features, never all pairs.
 */
export function createPairingIndex(docs: Iterable<PairingDoc> = []): PairingIndex {
  const entries: Entry[] = [];
  const byId = new Map<string, number>();
  const postings = new Map<string, { docs: number[]; weights: number[]; live: number }>();
  let live = 0;
  let norms = new Float64Array(0);
  let normsFor = -1;
  let version = 0;

  const df = (key: string) => postings.get(key)?.live ?? 0;
  const idf = (key: string) => Math.log(1 + Math.max(1, live) / Math.max(1, df(key)));
  const stats: CorpusStats = {
    get size() {
      return live;
    },
    df,
    idf,
  };
  const normOf = (features: ReadonlyMap<string, number>) => {
    let sum = 0;
    for (const [key, w] of features) sum += (w * idf(key)) ** 2;
    return Math.sqrt(sum);
  };
  const ensureNorms = () => {
    if (normsFor === version) return;
    norms = new Float64Array(entries.length);
    entries.forEach((e, i) => {
      if (e.alive) norms[i] = normOf(e.features);
    });
    normsFor = version;
  };

  const remove = (i: number) => {
    const entry = entries[i];
    if (!entry?.alive) return;
    entry.alive = false;
    for (const key of entry.features.keys()) {
      const p = postings.get(key);
      if (p) p.live--;
    }
    live--;
  };

  const add = (doc: PairingDoc) => {
    const old = byId.get(doc.id);
    if (old !== undefined) remove(old);
    const features = featuresOf(doc);
    const index = entries.length;
    entries.push({ doc, features, alive: true });
    byId.set(doc.id, index);
    for (const [key, w] of features) {
      let p = postings.get(key);
      if (!p) postings.set(key, (p = { docs: [], weights: [], live: 0 }));
      p.docs.push(index);
      p.weights.push(w);
      p.live++;
    }
    live++;
    version++;
  };

  const vectorOf = (query: PairingDoc | string): { vector: DocVector; self: number } => {
    ensureNorms();
    const i = typeof query === 'string' ? byId.get(query) : byId.get(query.id);
    const entry = i === undefined ? undefined : entries[i];
    if (typeof query === 'string' && (i === undefined || !entry?.alive))
      throw new Error(`No article ${query} in the pairing index`);
    if (i !== undefined && entry?.alive && (typeof query === 'string' || entry.doc === query)) {
      return { vector: { doc: entry.doc, features: entry.features, norm: norms[i] ?? 0 }, self: i };
    }
    const doc = query as PairingDoc;
    const features = featuresOf(doc);
    return { vector: { doc, features, norm: normOf(features) }, self: i ?? -1 };
  };

  /**
   * Candidates from the postings, ordered by cosine; the best of them compared without the length
   * fit; the best cross-language ones of those fitted; reasons built only for what is returned.
   */
  const related = (
    query: PairingDoc | string,
    limit: number,
    minScore: number,
    reasons: boolean,
  ): Related[] => {
    const { vector, self } = vectorOf(query);
    const scores = new Float64Array(entries.length);
    const touched: number[] = [];
    const cap = postingCap(live);
    for (const [key, w] of vector.features) {
      const p = postings.get(key);
      if (!p || p.live > cap) continue;
      const i2 = idf(key) ** 2 * w;
      const { docs, weights } = p;
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k] as number;
        if (scores[d] === 0) touched.push(d);
        scores[d] = (scores[d] ?? 0) + i2 * (weights[k] as number);
      }
    }
    const cosines = touched
      .filter((d) => d !== self && entries[d]?.alive === true)
      .map((d) => ({ d, cos: (scores[d] ?? 0) / ((norms[d] ?? 1) || 1) }));
    const vectorAt = (d: number): DocVector | null => {
      const entry = entries[d];
      return entry ? { doc: entry.doc, features: entry.features, norm: norms[d] ?? 0 } : null;
    };
    const rough = topBy(cosines, (c) => c.cos, candidatesFor(limit)).flatMap(({ d }) => {
      const other = vectorAt(d);
      if (!other) return [];
      return [
        { d, other, evidence: compareDocs(vector, other, stats, { structure: false, reasons: false }) },
      ];
    });
    const crossLanguage = rough.filter((r) => r.other.doc.lang !== vector.doc.lang);
    for (const r of topBy(crossLanguage, (x) => x.evidence.score, fittedFor(limit)))
      r.evidence = compareDocs(vector, r.other, stats, { reasons: false });
    const best = topBy(
      rough.filter((r) => r.evidence.score >= minScore),
      (r) => r.evidence.score,
      limit,
    ).sort((x, y) => y.evidence.score - x.evidence.score || (x.other.doc.id < y.other.doc.id ? -1 : 1));
    return best.map((r) => ({
      doc: r.other.doc,
      evidence: reasons ? compareDocs(vector, r.other, stats) : r.evidence,
    }));
  };

  const rank = (query: PairingDoc | string, options: RankOptions = {}): Counterpart[] =>
    related(query, options.limit ?? 20, options.minScore ?? 0.05, true).map(({ doc, evidence }) => ({
      id: doc.id,
      lang: doc.lang,
      score: Math.round(evidence.score * 1000) / 1000,
      reasons: evidence.reasons,
    }));

  for (const doc of docs) add(doc);

  return {
    get size() {
      return live;
    },
    add,
    get: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : entries[i]?.doc;
    },
    ids: () => entries.filter((e) => e.alive).map((e) => e.doc.id),
    rank,
    counterparts(query, options = {}) {
      const { vector } = vectorOf(query);
      const limit = options.limit ?? 20;
      // one language may crowd out the other in the first `limit`: rank deeper, then cut each list
      const all = rank(query, { ...options, limit: limit * 3 });
      return {
        counterparts: all.filter((c) => c.lang !== vector.doc.lang).slice(0, limit),
        otherReports: all.filter((c) => c.lang === vector.doc.lang).slice(0, limit),
      };
    },
    neighbours: (id, limit) =>
      related(id, limit, 0.05, false).map(({ doc, evidence }) => ({ id: doc.id, evidence })),
    compare(a, b) {
      return compareDocs(vectorOf(a).vector, vectorOf(b).vector, stats);
    },
  };
}
