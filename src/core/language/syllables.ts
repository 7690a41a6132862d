/**
 * Cutting a word into the syllables of a transcription table (Palladius for Chinese, Polivanov for
 * Japanese), read in either direction.
 */

/** A word cut into the fewest syllables of a table, or null when it is no run of them. */
export function syllables(
  word: string,
  table: ReadonlyMap<string, string>,
  longest: number,
): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - longest); start < end; start++) {
      const before = best[start];
      const syllable = table.get(word.slice(start, end));
      if (!before || syllable === undefined) continue;
      const run = [...before, syllable];
      const current = best[end];
      if (!current || run.length < current.length) best[end] = run;
    }
  }
  return best[word.length] ?? null;
}

/** A romanized word as the syllable tables read it: lower case, without tone or length marks or apostrophes. */
export const plainRomanized = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '');
