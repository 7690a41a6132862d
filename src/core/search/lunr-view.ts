import { findTerm, termsWithPrefix, type CompactIndex } from './compact-index';
import { lunr } from './lunr-setup';

/**
 * lunr's query engine over a CompactIndex: lunr.Index reads its inverted index, field vectors and
 * token set through these views, which build only the postings and vectors a query reaches.
 */

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

export interface LunrView {
  readonly index: lunr.Index;
  /**
   * Shows lunr only these documents' postings (1 in the mask) until lifted with null. Scores do not
   * change: they come from the field vectors; lunr just stops visiting documents that cannot match.
   */
  restrict(mask: Uint8Array | null): void;
}

/** A lunr.Index over a CompactIndex. Postings and vectors are built when a query reaches them. */
export function lunrView(data: CompactIndex): LunrView {
  const { terms, fields } = data;
  const postingCache = new Map<string, object>();
  let mask: Uint8Array | null = null;
  const invertedIndex = new Proxy(Object.create(null) as Record<string, object>, {
    get(_target, term) {
      if (typeof term !== 'string') return undefined;
      const hit = mask ? undefined : postingCache.get(term);
      if (hit) return hit;
      const t = findTerm(terms, term);
      if (t < 0) return undefined;
      const posting: Record<string, unknown> = { _index: t };
      fields.forEach((field, f) => {
        const offsets = data.postingOffsets[f] as Uint32Array;
        const docs = data.postingDocs[f] as Uint16Array;
        const refs: Record<number, object> = {};
        for (let i = offsets[t] as number; i < (offsets[t + 1] as number); i++) {
          const doc = docs[i] as number;
          if (!mask || mask[doc]) refs[doc] = noMetadata;
        }
        posting[field] = refs;
      });
      if (mask) return posting;
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
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSet as unknown as lunr.TokenSet,
    fields: fields.filter((_, f) => (data.vectorOffsets[f]?.length ?? 0) > 0),
    pipeline: new lunr.Pipeline(),
  } as unknown as lunr.Index.Attributes);
  return {
    index,
    restrict(next) {
      mask = next;
    },
  };
}
