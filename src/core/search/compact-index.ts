import { lunr } from './lunr-setup';

/**
 * A lunr index in flat typed arrays: lunr's postings and BM25 field vectors without lunr's object per
 * posting and per trie node, which at 10,000 articles is hundreds of megabytes and seconds of JSON
 * parsing. `toLunrIndex` gives lunr's query engine a view of these arrays that materializes only what
 * a query touches; queries, scoring and wildcard expansion are lunr's.
 */
export interface CompactIndex {
  readonly fields: readonly string[];
  readonly docCount: number;
  /** Sorted (UTF-16 order); a term's position is its lunr term index. */
  readonly terms: readonly string[];
  /** Per field: `postingOffsets[f][t]..[t+1]` slices `postingDocs[f]` (document numbers, ascending). */
  readonly postingOffsets: readonly Uint32Array[];
  readonly postingDocs: readonly Uint16Array[];
  /** Per field: `vectorOffsets[f][d]..[d+1]` slices `vectorElements[f]` ([term, score] pairs). */
  readonly vectorOffsets: readonly Uint32Array[];
  readonly vectorElements: readonly Float32Array[];
}

export interface FieldSpec {
  readonly name: string;
  readonly boost: number;
}

/** Most documents a segment holds: document numbers are 16-bit. */
export const maxSegmentDocs = 65_535;

/** One document's terms per field, already analyzed (the builder's own pipeline is empty). */
export type DocumentTerms = Readonly<Record<string, readonly string[]>>;

// lunr.Builder's defaults: term-frequency saturation and length normalization of BM25.
const k1 = 1.2;
const b = 0.75;

/**
 * Builds a segment's index: the postings and BM25 field vectors lunr.Builder computes, by lunr's own
 * formulas (idf over field postings, k1 = 1.2, b = 0.75, field boosts, scores rounded to 3 decimals),
 * written straight into flat arrays. lunr.Builder keeps an object per posting and per term frequency,
 * which spent most of the build in the garbage collector; compact-index.test.ts checks that both
 * give the same index.
 */
export function buildCompactIndex(
  fields: readonly FieldSpec[],
  docs: readonly DocumentTerms[],
): CompactIndex {
  if (docs.length > maxSegmentDocs)
    throw new RangeError(`a segment holds at most ${maxSegmentDocs} documents`);
  const termIds = new Map<string, number>();
  const dictionary: string[] = [];
  const docCount = docs.length;
  // Per field: term id → documents (ascending), and per document its [term id, tf] pairs.
  const postings: number[][][] = fields.map(() => []);
  const frequencies: Map<number, number>[][] = fields.map(() => []);
  const lengths: number[][] = fields.map(() => []);
  fields.forEach((field, f) => {
    const fieldPostings = postings[f] as number[][];
    docs.forEach((doc, d) => {
      const terms = doc[field.name] ?? [];
      const tf = new Map<number, number>();
      for (const term of terms) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = dictionary.length;
          termIds.set(term, id);
          dictionary.push(term);
        }
        const seen = tf.get(id);
        if (seen === undefined) {
          tf.set(id, 1);
          (fieldPostings[id] ??= []).push(d);
        } else tf.set(id, seen + 1);
      }
      (frequencies[f] as Map<number, number>[]).push(tf);
      (lengths[f] as number[]).push(terms.length);
    });
  });
  const order = dictionary
    .map((_, id) => id)
    .sort((x, y) => {
      const a = dictionary[x] as string;
      const c = dictionary[y] as string;
      return a < c ? -1 : a > c ? 1 : 0;
    });
  const position = new Uint32Array(dictionary.length);
  order.forEach((id, p) => {
    position[id] = p;
  });
  // lunr.idf counts a document once per field the term is in.
  const idf = new Float64Array(dictionary.length);
  for (let id = 0; id < dictionary.length; id++) {
    let withTerm = 0;
    for (const fieldPostings of postings) withTerm += fieldPostings[id]?.length ?? 0;
    idf[id] = Math.log(1 + Math.abs((docCount - withTerm + 0.5) / (withTerm + 0.5)));
  }
  const postingOffsets: Uint32Array[] = [];
  const postingDocs: Uint16Array[] = [];
  const vectorOffsets: Uint32Array[] = [];
  const vectorElements: Float32Array[] = [];
  fields.forEach((field, f) => {
    const fieldPostings = postings[f] as number[][];
    const offsets = new Uint32Array(order.length + 1);
    let count = 0;
    order.forEach((id, p) => {
      count += fieldPostings[id]?.length ?? 0;
      offsets[p + 1] = count;
    });
    const docsOut = new Uint16Array(count);
    order.forEach((id, p) => docsOut.set(fieldPostings[id] ?? [], offsets[p] as number));
    postingOffsets.push(offsets);
    postingDocs.push(docsOut);

    const fieldLengths = lengths[f] as number[];
    const average = fieldLengths.reduce((sum, n) => sum + n, 0) / docCount;
    const vOffsets = new Uint32Array(docCount + 1);
    let total = 0;
    for (let d = 0; d < docCount; d++) {
      total += ((frequencies[f] as Map<number, number>[])[d] as Map<number, number>).size * 2;
      vOffsets[d + 1] = total;
    }
    const elements = new Float32Array(total);
    for (let d = 0; d < docCount; d++) {
      const tf = (frequencies[f] as Map<number, number>[])[d] as Map<number, number>;
      const length = fieldLengths[d] as number;
      const pairs: [number, number][] = [];
      for (const [id, n] of tf) {
        // The same expression, in the same order, as lunr.Builder.createFieldVectors.
        let score = ((idf[id] as number) * ((k1 + 1) * n)) / (k1 * (1 - b + b * (length / average)) + n);
        score *= field.boost;
        pairs.push([position[id] as number, Math.round(score * 1000) / 1000]);
      }
      pairs.sort((x, y) => x[0] - y[0]);
      let at = vOffsets[d] as number;
      for (const [index, score] of pairs) {
        elements[at++] = index;
        elements[at++] = score;
      }
    }
    vectorOffsets.push(vOffsets);
    vectorElements.push(elements);
  });
  const terms = order.map((id) => dictionary[id] as string);
  return {
    fields: fields.map((f) => f.name),
    docCount,
    terms,
    postingOffsets,
    postingDocs,
    vectorOffsets,
    vectorElements,
  };
}

/** Position of `term` in the sorted list, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = terms[mid] as string;
    if (value < term) low = mid + 1;
    else if (value > term) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** Terms that start with `prefix`: a contiguous run of the sorted list. */
export function termsWithPrefix(terms: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((terms[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; i < terms.length && (terms[i] as string).startsWith(prefix); i++)
    out.push(terms[i] as string);
  return out;
}

interface TokenSetNode {
  readonly edges: Record<string, TokenSetNode>;
}

/**
 * Reads the term back out of the token set lunr makes for a clause: a chain of single edges, ending
 * in a self-loop on `*` for a trailing wildcard. Fuzzy clauses (which this module never issues)
 * would branch; they match nothing rather than scanning the dictionary.
 */
function clauseTerm(root: TokenSetNode): { term: string; prefix: boolean } | null {
  let node = root;
  let term = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return { term, prefix: false };
    if (node.edges['*'] === node) return { term, prefix: true };
    const [key] = keys;
    if (keys.length > 1 || key === undefined) return null;
    term += key;
    node = node.edges[key] as TokenSetNode;
  }
}

const noMetadata: object = Object.freeze(Object.create(null) as object);

/** A lunr.Index over a CompactIndex. Postings and vectors are built when a query reaches them. */
export function toLunrIndex(data: CompactIndex): lunr.Index {
  const { terms, fields } = data;
  const postingCache = new Map<string, object>();
  const invertedIndex = new Proxy(Object.create(null) as Record<string, object>, {
    get(_target, term) {
      if (typeof term !== 'string') return undefined;
      const hit = postingCache.get(term);
      if (hit) return hit;
      const t = findTerm(terms, term);
      if (t < 0) return undefined;
      const posting: Record<string, unknown> = { _index: t };
      fields.forEach((field, f) => {
        const offsets = data.postingOffsets[f] as Uint32Array;
        const docs = data.postingDocs[f] as Uint16Array;
        const refs: Record<number, object> = {};
        for (let i = offsets[t] as number; i < (offsets[t + 1] as number); i++)
          refs[docs[i] as number] = noMetadata;
        posting[field] = refs;
      });
      if (postingCache.size >= 256) postingCache.clear();
      postingCache.set(term, posting);
      return posting;
    },
  });
  const fieldIndex = new Map(fields.map((f, i) => [f, i]));
  const fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector>, {
    get(_target, ref) {
      if (typeof ref !== 'string') return undefined;
      const slash = ref.indexOf('/');
      const f = fieldIndex.get(ref.slice(0, slash));
      const d = Number(ref.slice(slash + 1));
      if (f === undefined || !(d >= 0 && d < data.docCount)) return undefined;
      const offsets = data.vectorOffsets[f] as Uint32Array;
      const elements = (data.vectorElements[f] as Float32Array).subarray(offsets[d], offsets[d + 1]);
      return new lunr.Vector(elements as unknown as number[]);
    },
  });
  const tokenSet = {
    intersect(clauseSet: TokenSetNode) {
      const clause = clauseTerm(clauseSet);
      let matches: string[] = [];
      if (clause?.prefix) matches = termsWithPrefix(terms, clause.term);
      else if (clause && findTerm(terms, clause.term) >= 0) matches = [clause.term];
      return { toArray: () => matches };
    },
  };
  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSet as unknown as lunr.TokenSet,
    fields: [...fields],
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
}
