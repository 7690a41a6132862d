import { alignBeads, createScratch, diagonalBand, type Scratch } from './bead-dp';
import type { SentenceAnchors } from './sentence-anchors';

const noKeys = new Int32Array(0);
const noWeights = new Float64Array(0);
const scratch: Scratch = createScratch(0);

const asSentences = (lengths: ArrayLike<number>): SentenceAnchors[] =>
  Array.from(lengths, (length) => ({ length, keys: noKeys, weights: noWeights, penalties: noWeights }));

/**
 * How well two documents' sentence lengths fit a translation of one into the other: the mean
 * length evidence per pair of sentences of a length-only alignment (about 1.2 for translations,
 * under 0.5 for unrelated texts). Sentence order and the ratio of every sentence count, which a
 * translation keeps and an independent report does not.
 */
export function lengthFit(a: ArrayLike<number>, b: ArrayLike<number>, ratio: number): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  const params = { ratio, lengthWeight: 1, linkCost: 0, skipCost: 2, mergeCost: 2.5, doubleCost: 5 };
  const band = diagonalBand(n, m, Math.max(6, Math.abs(n - m) + 4));
  const beads = alignBeads(asSentences(a), asSentences(b), params, band, scratch);
  let evidence = 0;
  for (const bead of beads) if (bead.a1 > bead.a0 && bead.b1 > bead.b0) evidence += bead.evidence;
  return (2 * evidence) / (n + m);
}
