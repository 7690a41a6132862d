import { describe, expect, it } from 'vitest';
import { segment } from './segments';

describe('segment', () => {
  it('cuts at mark boundaries and clips marks to the range', () => {
    const marks = [
      { span: [2, 6] as const, id: 'a' },
      { span: [4, 12] as const, id: 'b' },
    ];
    const pieces = segment(0, 10, marks).map((s) => [s.start, s.end, s.marks.map((m) => m.id).join('')]);
    expect(pieces).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'ab'],
      [6, 10, 'b'],
    ]);
  });

  it('returns the whole range as one plain piece when no mark touches it', () => {
    expect(segment(5, 9, [{ span: [0, 5] as const }])).toEqual([{ start: 5, end: 9, marks: [] }]);
  });
});
