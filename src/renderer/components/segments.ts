import type { Span } from '../../shared/article';

export interface Segment<T> {
  readonly start: number;
  readonly end: number;
  /** The marks covering this piece, outermost first; empty for plain text. */
  readonly marks: readonly T[];
}

/**
 * Cuts [from, to) of a text into pieces at every mark boundary, so highlights are drawn as nested
 * React elements over plain strings, never as HTML.
 */
export function segment<T extends { readonly span: Span }>(
  from: number,
  to: number,
  marks: readonly T[],
): Segment<T>[] {
  const inside = marks.filter((m) => m.span[0] < to && m.span[1] > from);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.span[0]));
    cuts.add(Math.min(to, m.span[1]));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: inside.filter((m) => m.span[0] <= start && m.span[1] >= end) });
  }
  return out;
}
