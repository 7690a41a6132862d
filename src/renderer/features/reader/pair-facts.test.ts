import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../shared/entities';
import { compareFigures } from './pair-facts';

const fig = (
  start: number,
  type: Figure['type'],
  value: number | string,
  currency?: Figure['currency'],
): Figure => ({
  start,
  end: start + 3,
  text: String(value),
  type,
  value,
  ...(currency ? { currency } : {}),
});

describe('facts strip', () => {
  it('sets equal, different and one-sided figures apart, leaving dates out', () => {
    const a = [
      fig(0, 'PERCENT', 26),
      fig(20, 'MONEY', 5.3e9, 'USD'),
      fig(40, 'NUMBER', 32),
      fig(60, 'DATE', '--08-19'),
    ];
    const b = [fig(5, 'PERCENT', 26), fig(25, 'MONEY', 5.1e9, 'USD'), fig(50, 'NUMBER', 7791)];
    const sentencesA = [
      [0, 15],
      [15, 35],
      [35, 80],
    ] as const;
    const sentencesB = [
      [0, 15],
      [15, 40],
      [40, 80],
    ] as const;
    const links = [
      { a: [0], b: [0], score: 0.9 },
      { a: [1], b: [1], score: 0.8 },
      { a: [2], b: [], score: 0 },
      { a: [], b: [2], score: 0 },
    ];
    const rows = compareFigures(a, b, links, sentencesA, sentencesB);
    expect(rows.map((r) => [r.status, r.a?.value ?? null, r.b?.value ?? null])).toEqual([
      ['equal', 26, 26],
      ['different', 5.3e9, 5.1e9],
      ['onlyA', 32, null],
      ['onlyB', null, 7791],
    ]);
  });
});
