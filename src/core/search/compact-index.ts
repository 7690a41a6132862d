/**
 * A lunr index in flat typed arrays: lunr's postings and BM25 field vectors without lunr's object per
 * posting and per trie node, which at 10,000 articles is hundreds of megabytes and seconds of JSON
 * parsing. lunr-view.ts gives lunr's query engine a view of these arrays; queries, scoring and
 * wildcard expansion are lunr's. Word positions are kept beside the postings, so that phrases are
 * checked without reading the text.
 */
export interface CompactIndex {
  readonly fields: readonly string[];
  readonly docCount: number;
  /** Sorted (UTF-16 order); a term's position is its lunr term index. */
  readonly terms: readonly string[];
  /** Per field: `postingOffsets[f][t]..[t+1]` slices `postingDocs[f]` (document numbers, ascending). */
  readonly postingOffsets: readonly Uint32Array[];
  readonly postingDocs: readonly Uint16Array[];
  /** Per field: `vectorOffsets[f][d]..[d+1]` slices `vectorElements[f]` ([term, score] pairs); empty when unscored. */
  readonly vectorOffsets: readonly Uint32Array[];
  readonly vectorElements: readonly Float32Array[];
  /** Per field: `positionOffsets[f][p]..[p+1]` slices `positions[f]` for posting entry p; empty without positions. */
  readonly positionOffsets: readonly Uint32Array[];
  readonly positions: readonly Uint16Array[];
}

export interface FieldSpec {
  readonly name: string;
  readonly boost: number;
  /** False for a field kept for phrase positions only: no vectors, not counted in idf, not searched by lunr. */
  readonly scored?: boolean;
  readonly positions?: boolean;
}

/** Most documents a segment holds: document numbers are 16-bit. */
export const maxSegmentDocs = 65_535;
/** Positions are 16-bit; words further into a long article all read as this one (the text decides). */
export const farPosition = 65_535;

/**
 * One document's terms per field, already analyzed (the builder's own pipeline is empty), and for
 * fields with positions, the word position of each term.
 */
export interface DocumentTerms {
  readonly fields: Readonly<Record<string, readonly string[]>>;
  readonly positions?: Readonly<Record<string, readonly number[]>>;
}

// lunr.Builder's defaults: term-frequency saturation and length normalization of BM25.
const k1 = 1.2;
const b = 0.75;

/** A typed array that grows by doubling: a segment's occurrences need no object per posting. */
class Grow<T extends Uint32Array | Uint16Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const u32 = (n: number): Uint32Array => new Uint32Array(n);
const u16 = (n: number): Uint16Array => new Uint16Array(n);

/** One field's posting entries (a term in a document), sorted by term then document. */
interface FieldPostings {
  readonly offsets: Uint32Array;
  readonly docs: Uint16Array;
  readonly tf: Uint32Array;
  readonly terms: Uint32Array;
  readonly positionOffsets: Uint32Array;
  readonly positions: Uint16Array;
  readonly lengths: readonly number[];
}

/**
 * Collects one field's occurrences (term id, document, position) in document order, then sorts them
 * by term rank with a stable counting sort and groups equal (term, document) into posting entries.
 */
function fieldPostings(
  field: FieldSpec,
  termIds: Map<string, number>,
  dictionary: string[],
): { add: (doc: DocumentTerms, d: number) => void; finish: (rank: Uint32Array) => FieldPostings } {
  const termOf = new Grow(u32(1024), u32);
  const docOf = new Grow(u16(1024), u16);
  const positionOf = new Grow(u16(1024), u16);
  const lengths: number[] = [];
  const add = (doc: DocumentTerms, d: number): void => {
    const terms = doc.fields[field.name] ?? [];
    const at = field.positions ? doc.positions?.[field.name] : undefined;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string;
      let id = termIds.get(term);
      if (id === undefined) {
        id = dictionary.length;
        termIds.set(term, id);
        dictionary.push(term);
      }
      termOf.push(id);
      docOf.push(d);
      positionOf.push(Math.min(at?.[i] ?? 0, farPosition));
    }
    lengths.push(terms.length);
  };
  return {
    add,
    finish(rank) {
      const n = termOf.length;
      const ids = termOf.data;
      const cursor = new Uint32Array(dictionary.length + 1);
      for (let e = 0; e < n; e++) {
        const r = (rank[ids[e] as number] as number) + 1;
        cursor[r] = (cursor[r] as number) + 1;
      }
      for (let t = 1; t <= dictionary.length; t++)
        cursor[t] = (cursor[t] as number) + (cursor[t - 1] as number);
      const sorted = new Uint32Array(n);
      for (let e = 0; e < n; e++) {
        const r = rank[ids[e] as number] as number;
        sorted[cursor[r] as number] = e;
        cursor[r] = (cursor[r] as number) + 1;
      }
      const offsets = new Uint32Array(dictionary.length + 1);
      const runDocs = new Grow(u16(1024), u16);
      const runTf = new Grow(u32(1024), u32);
      const runTerms = new Grow(u32(1024), u32);
      const positionOffsets = new Grow(u32(1024), u32);
      positionOffsets.push(0);
      const positions = field.positions ? new Uint16Array(n) : new Uint16Array(0);
      let lastTerm = -1;
      let lastDoc = -1;
      for (let k = 0; k < n; k++) {
        const e = sorted[k] as number;
        const t = rank[ids[e] as number] as number;
        const d = docOf.data[e] as number;
        if (t !== lastTerm || d !== lastDoc) {
          if (lastTerm >= 0 && field.positions) positionOffsets.push(k);
          runDocs.push(d);
          runTf.push(0);
          runTerms.push(t);
          offsets[t + 1] = (offsets[t + 1] as number) + 1;
          lastTerm = t;
          lastDoc = d;
        }
        runTf.data[runTf.length - 1] = (runTf.data[runTf.length - 1] as number) + 1;
        if (field.positions) positions[k] = positionOf.data[e] as number;
      }
      if (field.positions && lastTerm >= 0) positionOffsets.push(n);
      for (let t = 1; t <= dictionary.length; t++)
        offsets[t] = (offsets[t] as number) + (offsets[t - 1] as number);
      return {
        offsets,
        docs: runDocs.done().slice(),
        tf: runTf.done(),
        terms: runTerms.done(),
        positionOffsets: field.positions ? positionOffsets.done().slice() : new Uint32Array(0),
        positions,
        lengths,
      };
    },
  };
}

/** BM25 field vectors: each document's [term, score] pairs, by term, from the posting entries. */
function fieldVectors(
  field: FieldSpec,
  postings: FieldPostings,
  idf: Float64Array,
  docCount: number,
): [Uint32Array, Float32Array] {
  const average = postings.lengths.reduce((sum, n) => sum + n, 0) / docCount;
  const offsets = new Uint32Array(docCount + 1);
  for (let r = 0; r < postings.docs.length; r++) {
    const d = (postings.docs[r] as number) + 1;
    offsets[d] = (offsets[d] as number) + 2;
  }
  for (let d = 1; d <= docCount; d++) offsets[d] = (offsets[d] as number) + (offsets[d - 1] as number);
  const cursor = offsets.slice(0, docCount);
  const elements = new Float32Array(offsets[docCount] as number);
  // Entries come by term, so each document's pairs arrive already in term order.
  for (let r = 0; r < postings.docs.length; r++) {
    const d = postings.docs[r] as number;
    const t = postings.terms[r] as number;
    const n = postings.tf[r] as number;
    const length = postings.lengths[d] as number;
    // The same expression, in the same order, as lunr.Builder.createFieldVectors.
    let score = ((idf[t] as number) * ((k1 + 1) * n)) / (k1 * (1 - b + b * (length / average)) + n);
    score *= field.boost;
    const at = cursor[d] as number;
    elements[at] = t;
    elements[at + 1] = Math.round(score * 1000) / 1000;
    cursor[d] = at + 2;
  }
  return [offsets, elements];
}

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
  const builder = compactBuilder(fields);
  for (const doc of docs) builder.add(doc);
  return builder.finish();
}

export interface CompactBuilder {
  /** Takes one document's terms; nothing of the document is kept but its occurrences. */
  add(doc: DocumentTerms): void;
  finish(): CompactIndex;
}

/** The builder behind buildCompactIndex, fed one document at a time (no segment's worth of term arrays). */
export function compactBuilder(fields: readonly FieldSpec[]): CompactBuilder {
  const termIds = new Map<string, number>();
  const dictionary: string[] = [];
  const collected = fields.map((field) => fieldPostings(field, termIds, dictionary));
  let docCount = 0;
  return {
    add(doc) {
      if (docCount >= maxSegmentDocs)
        throw new RangeError(`a segment holds at most ${maxSegmentDocs} documents`);
      for (const field of collected) field.add(doc, docCount);
      docCount++;
    },
    finish: () => finishIndex(fields, collected, dictionary, docCount),
  };
}

function finishIndex(
  fields: readonly FieldSpec[],
  collected: readonly { finish: (rank: Uint32Array) => FieldPostings }[],
  dictionary: readonly string[],
  docCount: number,
): CompactIndex {
  const order = dictionary.map((_, id) => id);
  order.sort((x, y) => {
    const a = dictionary[x] as string;
    const c = dictionary[y] as string;
    return a < c ? -1 : a > c ? 1 : 0;
  });
  const rank = new Uint32Array(dictionary.length);
  order.forEach((id, r) => {
    rank[id] = r;
  });
  const postings = collected.map((c) => c.finish(rank));
  // lunr.idf counts a document once per (scored) field the term is in.
  const idf = new Float64Array(dictionary.length);
  fields.forEach((field, f) => {
    if (field.scored === false) return;
    const offsets = (postings[f] as FieldPostings).offsets;
    for (let t = 0; t < dictionary.length; t++)
      idf[t] = (idf[t] as number) + ((offsets[t + 1] as number) - (offsets[t] as number));
  });
  for (let t = 0; t < dictionary.length; t++) {
    const withTerm = idf[t] as number;
    idf[t] = Math.log(1 + Math.abs((docCount - withTerm + 0.5) / (withTerm + 0.5)));
  }
  const vectors = fields.map((field, f) =>
    field.scored === false
      ? ([new Uint32Array(0), new Float32Array(0)] as const)
      : fieldVectors(field, postings[f] as FieldPostings, idf, docCount),
  );
  return {
    fields: fields.map((f) => f.name),
    docCount: docCount,
    terms: order.map((id) => dictionary[id] as string),
    postingOffsets: postings.map((p) => p.offsets),
    postingDocs: postings.map((p) => p.docs),
    vectorOffsets: vectors.map((v) => v[0]),
    vectorElements: vectors.map((v) => v[1]),
    positionOffsets: postings.map((p) => p.positionOffsets),
    positions: postings.map((p) => p.positions),
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

const none = new Uint16Array(0);

/** The number of a field, or -1. */
export function fieldNumber(data: CompactIndex, name: string): number {
  return data.fields.indexOf(name);
}

/** The documents whose field `f` holds term number `t`, ascending. */
export function docsOf(data: CompactIndex, f: number, t: number): Uint16Array {
  const offsets = data.postingOffsets[f];
  if (t < 0 || !offsets) return none;
  return (data.postingDocs[f] as Uint16Array).subarray(offsets[t], offsets[t + 1]);
}

/** The word positions of term number `t` in field `f` of document `doc` (empty when absent). */
export function positionsOf(data: CompactIndex, f: number, t: number, doc: number): Uint16Array {
  const offsets = data.positionOffsets[f];
  const postingOffsets = data.postingOffsets[f];
  if (t < 0 || !offsets || offsets.length === 0 || !postingOffsets) return none;
  const docs = data.postingDocs[f] as Uint16Array;
  let low = postingOffsets[t] as number;
  let high = (postingOffsets[t + 1] as number) - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = docs[mid] as number;
    if (value < doc) low = mid + 1;
    else if (value > doc) high = mid - 1;
    else return (data.positions[f] as Uint16Array).subarray(offsets[mid], offsets[mid + 1]);
  }
  return none;
}
