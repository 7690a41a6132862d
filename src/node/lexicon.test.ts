import { describe, expect, it } from 'vitest';
import { loadLexicon } from './lexicon';

describe('the lexicon from installed word lists', () => {
  it('knows common English words, and not the names a frequency list also holds', async () => {
    const lexicon = await loadLexicon();
    for (const w of ['space', 'Shuttle', 'passion', 'explorer'])
      expect(lexicon.isCommonWord(w), w).toBe(true);
    for (const w of ['lukaku', 'Mohib', 'taliban', 'firefox']) expect(lexicon.isCommonWord(w), w).toBe(false);
    expect(lexicon.isGivenName('Ahmed')).toBe(true);
    expect(lexicon.placeWeight('Houston')).toBeGreaterThan(1_000_000);
  });
});
