import { lengthLlr } from './length-model';

/** The same costs as the translation reading of the aligner, lengths only. */
const skipCost = 2;
const mergeCost = 2.5;

/**
 * How well two documents' sentence lengths fit a translation of one into the other: the mean length
 * evidence per pair of sentences of a length-only alignment (1:1, 1:2, 2:1, 1:0, 0:1) in a band
 * around the diagonal, each unlinked sentence and each merge counted against it, as the aligner
 * judges its translation reading. About 1.2 for translations, under 0.5 for unrelated texts. Ranking calls it
 * for many candidates, so it keeps to prefix sums and two rows of the matrix.
 */
export function lengthFit(a: ArrayLike<number>, b: ArrayLike<number>, ratio: number): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  // a translation keeps roughly its number of sentences
  if (Math.max(n, m) > 2 * Math.min(n, m) + 2) return 0;
  const pa = new Float64Array(n + 1);
  const pb = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) pa[i + 1] = (pa[i] as number) + (a[i] as number);
  for (let j = 0; j < m; j++) pb[j + 1] = (pb[j] as number) + (b[j] as number);
  const width = Math.max(6, Math.abs(n - m) + 4);
  // cost and summed evidence of the best path to each cell, three rows kept (2:1 looks two back)
  const rows = 3;
  const cost = new Float64Array(rows * (m + 1)).fill(Infinity);
  const evidence = new Float64Array(rows * (m + 1));
  const stride = m + 1;
  const at = (i: number, j: number) => (i % rows) * stride + j;
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    const lo = Math.max(0, centre - width);
    const hi = Math.min(m, centre + width);
    for (let j = 0; j <= m; j++) cost[at(i, j)] = Infinity;
    if (i === 0) cost[at(0, 0)] = 0;
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let ev = 0;
      // no closures in here: this runs for every cell of every candidate
      for (let move = 0; move < 5; move++) {
        const di = move === 4 ? 0 : move === 1 ? 2 : 1;
        const dj = move === 3 ? 0 : move === 2 ? 2 : 1;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const from = cost[at(pi, pj)] as number;
        if (from === Infinity) continue;
        let step = skipCost;
        let gain = 0;
        // what the fit counts: link evidence, less one per unlinked sentence and per merge
        let counted = -1;
        if (di > 0 && dj > 0) {
          const la = (pa[i] as number) - (pa[pi] as number) + (di - 1);
          const lb = (pb[j] as number) - (pb[pj] as number) + (dj - 1);
          step = di + dj === 3 ? mergeCost : 0;
          gain = lengthLlr(la, lb, ratio);
          counted = gain - (di + dj === 3 ? 1 : 0);
        }
        const c = from + step - gain;
        if (c < best) {
          best = c;
          ev = (evidence[at(pi, pj)] as number) + counted;
        }
      }
      cost[at(i, j)] = best;
      evidence[at(i, j)] = ev;
    }
  }
  if (cost[at(n, m)] === Infinity) return 0;
  return (2 * (evidence[at(n, m)] as number)) / (n + m);
}
