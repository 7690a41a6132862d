import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, foldForFind } from './find-matches';

describe('find in the article', () => {
  it('finds every occurrence regardless of case and ё', () => {
    const text = 'Токаев встретился с ТОКАЕВЫМ; Всё ещё всё.';
    expect(findMatches(text, 'токаев').map(([s, e]) => text.slice(s, e))).toEqual(['Токаев', 'ТОКАЕВ']);
    expect(findMatches(text, 'все').map(([s, e]) => text.slice(s, e))).toEqual(['Всё', 'всё']);
  });

  it('keeps offsets aligned with the original text for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 3 }), (text, query) => {
        expect(foldForFind(text)).toHaveLength(text.length);
        for (const [s, e] of findMatches(text, query)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(foldForFind(text.slice(s, e))).toBe(foldForFind(query.trim()));
        }
      }),
    );
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches('abc', '   ')).toEqual([]);
  });
});
