import { lengthLlr } from './length-model';
import type { SentenceAnchors } from './sentence-anchors';

/** A run of sentences of A linked to a run of B, half-open; one side empty for an unlinked sentence. */
export interface Bead {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
  /** Log-likelihood ratio of the link (length and anchors); 0 for unlinked sentences. */
  readonly evidence: number;
}

/** Rows of the dynamic programme each cover columns lo[i]..hi[i] (inclusive), i = 0..n. */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

export interface DpParams {
  /** Expected length of B per character of A. */
  readonly ratio: number;
  /** How much the length model counts next to the anchors. */
  readonly lengthWeight: number;
  /** Added to the cost of every link: high when texts need not translate each other. */
  readonly linkCost: number;
  /** Cost of each sentence left unlinked. */
  readonly skipCost: number;
  /** Extra cost of a 1:2 or 2:1 link, and of a 2:2 link. */
  readonly mergeCost: number;
  readonly doubleCost: number;
}

/** The moves: sentences of A and of B each bead takes. */
const moves: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];

/** Scratch space for counting shared anchors without allocating per bead. */
export interface Scratch {
  stamp: number;
  readonly stamps: Int32Array;
  readonly counts: Int32Array;
}

export function createScratch(keys: number): Scratch {
  return { stamp: 0, stamps: new Int32Array(keys + 1), counts: new Int32Array(keys + 1) };
}

/** Shared anchors saturate: a sentence full of numbers must not outweigh everything around it. */
const saturate = (x: number) => 8 * (1 - Math.exp(-x / 8));

/** Evidence of the anchors for linking A[a0, a1) with B[b0, b1). */
export function anchorEvidence(
  A: readonly SentenceAnchors[],
  a0: number,
  a1: number,
  B: readonly SentenceAnchors[],
  b0: number,
  b1: number,
  s: Scratch,
): number {
  const stamp = ++s.stamp;
  let penalty = 0;
  for (let i = a0; i < a1; i++) {
    const { keys, penalties } = A[i] as SentenceAnchors;
    for (let k = 0; k < keys.length; k++) {
      const id = keys[k] as number;
      if (s.stamps[id] !== stamp) {
        s.stamps[id] = stamp;
        s.counts[id] = 0;
      }
      s.counts[id] = (s.counts[id] as number) + 1;
      penalty += penalties[k] as number;
    }
  }
  let shared = 0;
  for (let j = b0; j < b1; j++) {
    const { keys, weights, penalties } = B[j] as SentenceAnchors;
    for (let k = 0; k < keys.length; k++) {
      const id = keys[k] as number;
      if (s.stamps[id] === stamp && (s.counts[id] as number) > 0) {
        s.counts[id] = (s.counts[id] as number) - 1;
        shared += weights[k] as number;
        penalty -= penalties[k] as number;
      } else penalty += penalties[k] as number;
    }
  }
  return saturate(shared) - Math.max(0, penalty);
}

function spanLength(S: readonly SentenceAnchors[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += (S[i] as SentenceAnchors).length;
  // joined sentences are separated by a space
  return sum + Math.max(0, to - from - 1);
}

/** Evidence for one link bead: anchors plus the weighted length model. */
export function beadEvidence(
  A: readonly SentenceAnchors[],
  a0: number,
  a1: number,
  B: readonly SentenceAnchors[],
  b0: number,
  b1: number,
  p: DpParams,
  s: Scratch,
): number {
  const len = lengthLlr(spanLength(A, a0, a1), spanLength(B, b0, b1), p.ratio);
  return p.lengthWeight * len + anchorEvidence(A, a0, a1, B, b0, b1, s);
}

/** A band around the straight line from (0, 0) to (n, m), wide enough to hold the whole matrix when small. */
export function diagonalBand(n: number, m: number, halfWidth: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - halfWidth);
    hi[i] = Math.min(m, centre + halfWidth);
  }
  return connect(lo, hi, m);
}

/** Makes every row reachable from the one before (moves advance B by at most two per row). */
export function connect(lo: Int32Array, hi: Int32Array, m: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) {
    lo[i] = Math.max(lo[i] as number, lo[i - 1] as number);
    hi[i] = Math.max(hi[i] as number, hi[i - 1] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    hi[i] = Math.max(hi[i] as number, (lo[i + 1] as number) - 1);
    lo[i] = Math.min(lo[i] as number, lo[i + 1] as number);
  }
  return { lo, hi };
}

/**
 * The cheapest sequence of beads covering both texts in order, inside the band. Links cost
 * `linkCost` (+ merge costs) minus their evidence; unlinked sentences cost `skipCost` each.
 */
export function alignBeads(
  A: readonly SentenceAnchors[],
  B: readonly SentenceAnchors[],
  p: DpParams,
  band: Band,
  scratch: Scratch,
): Bead[] {
  const n = A.length;
  const m = B.length;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++)
    rowStart[i + 1] = (rowStart[i] as number) + (band.hi[i] as number) - (band.lo[i] as number) + 1;
  const size = rowStart[n + 1] as number;
  const cost = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size);
  const evidence = new Float64Array(size);
  const at = (i: number, j: number) =>
    i < 0 || j < (band.lo[i] as number) || j > (band.hi[i] as number)
      ? -1
      : (rowStart[i] as number) + j - (band.lo[i] as number);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i] as number; j <= (band.hi[i] as number); j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let move = 0;
      let bestEvidence = 0;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj] = moves[k] as readonly [number, number];
        if (i < di || j < dj) continue;
        const from = at(i - di, j - dj);
        if (from < 0) continue;
        const base = cost[from] as number;
        if (base === Infinity) continue;
        let c: number;
        let ev = 0;
        if (di === 0 || dj === 0) c = p.skipCost;
        else {
          ev = beadEvidence(A, i - di, i, B, j - dj, j, p, scratch);
          const extra = di + dj === 4 ? p.doubleCost : di + dj === 3 ? p.mergeCost : 0;
          c = p.linkCost + extra - ev;
        }
        if (base + c < best) {
          best = base + c;
          move = k;
          bestEvidence = ev;
        }
      }
      cost[here] = best;
      back[here] = move;
      evidence[here] = bestEvidence;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    if (here < 0 || cost[here] === Infinity) throw new Error('alignment band does not reach the end');
    const [di, dj] = moves[back[here] as number] as readonly [number, number];
    beads.push({ a0: i - di, a1: i, b0: j - dj, b1: j, evidence: evidence[here] as number });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
