/**
 * Word lists the recognizer consults for names the knowledge base does not hold: given names and
 * place names in Latin script. They are large, so they live outside core: src/node/lexicon.ts loads
 * them from npm packages on the Node side; tests and the renderer pass a small or an empty one.
 */
export interface Lexicon {
  /** A given name (Mark, Ahmed, Tiziano), folded to lower case. */
  isGivenName(word: string): boolean;
  /**
   * How well a place name is attested: the population of the largest city of that name, or a large
   * number for a state or province; 0 when it names no place. Words are joined by single spaces.
   */
  placeWeight(name: string): number;
}

export const emptyLexicon: Lexicon = { isGivenName: () => false, placeWeight: () => 0 };

export function lexiconOf(
  givenNames: Iterable<string>,
  places: Iterable<readonly [string, number]>,
): Lexicon {
  const names = new Set([...givenNames].map((n) => n.toLowerCase()));
  const weights = new Map<string, number>();
  for (const [name, weight] of places) {
    const key = name.toLowerCase();
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  }
  return {
    isGivenName: (word) => names.has(word.toLowerCase()),
    placeWeight: (name) => weights.get(name.toLowerCase()) ?? 0,
  };
}
