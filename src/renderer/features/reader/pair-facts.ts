import type { Figure } from '../../../shared/entities';
import type { AlignedLink } from '../../../shared/pairing';
import type { Span } from '../../../shared/article';

export type FactStatus = 'equal' | 'different' | 'onlyA' | 'onlyB';

export interface FactRow {
  readonly status: FactStatus;
  readonly type: Figure['type'];
  readonly a: Figure | null;
  readonly b: Figure | null;
}

export const figureKey = (f: Pick<Figure, 'type' | 'value' | 'currency'>) =>
  `${f.type}|${String(f.value)}|${f.currency ?? ''}`;

function sentenceOf(sentences: readonly Span[], offset: number): number {
  return sentences.findIndex(([s, e]) => offset >= s && offset < e);
}

/**
 * The figures of two articles side by side: the same value in both (equal), the same kind of figure
 * in sentences the alignment links but with another value (different), or found on one side only.
 * Dates are left out: they say when, not what.
 */
export function compareFigures(
  a: readonly Figure[],
  b: readonly Figure[],
  links: readonly AlignedLink[],
  sentencesA: readonly Span[],
  sentencesB: readonly Span[],
): FactRow[] {
  const rows: FactRow[] = [];
  const A = a.filter((f) => f.type !== 'DATE');
  const B = b.filter((f) => f.type !== 'DATE');
  const usedB = new Set<Figure>();
  const pending: Figure[] = [];
  for (const fa of A) {
    const match = B.find((fb) => !usedB.has(fb) && figureKey(fb) === figureKey(fa));
    if (match) {
      usedB.add(match);
      rows.push({ status: 'equal', type: fa.type, a: fa, b: match });
    } else pending.push(fa);
  }
  for (const fa of pending) {
    const i = sentenceOf(sentencesA, fa.start);
    const linked = new Set(links.filter((l) => l.a.includes(i)).flatMap((l) => l.b));
    const counterpart = B.find(
      (fb) =>
        !usedB.has(fb) &&
        fb.type === fa.type &&
        fb.currency === fa.currency &&
        linked.has(sentenceOf(sentencesB, fb.start)),
    );
    if (counterpart) {
      usedB.add(counterpart);
      rows.push({ status: 'different', type: fa.type, a: fa, b: counterpart });
    } else rows.push({ status: 'onlyA', type: fa.type, a: fa, b: null });
  }
  for (const fb of B) if (!usedB.has(fb)) rows.push({ status: 'onlyB', type: fb.type, a: null, b: fb });
  const order: Record<FactStatus, number> = { equal: 0, different: 1, onlyA: 2, onlyB: 3 };
  return rows.sort((x, y) => order[x.status] - order[y.status]);
}
