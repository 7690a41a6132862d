import { skeleton } from './text-keys';

/**
 * Word lists the recognizer consults for names the knowledge base does not hold: given names and
 * place names in Latin script. They are large, so they live outside core: src/node/lexicon.ts loads
 * them from npm packages on the Node side; tests and the renderer pass a small or an empty one.
 */
export interface Lexicon {
  /** False for the empty lexicon: the rules then fall back to what they did without word lists. */
  readonly loaded: boolean;
  /** A given name (Mark, Ahmed, Tiziano), folded to lower case. */
  isGivenName(word: string): boolean;
  /** A given name in any script and spelling, by its skeleton (Стэнли = Stanley); three consonants at least. */
  isGivenNameSpelling(word: string): boolean;
  /**
   * How well a place name is attested: the population of the largest city of that name, or a large
   * number for a state or province; 0 when it names no place. Words are joined by single spaces.
   */
  placeWeight(name: string): number;
  /**
   * A common English word (space, shuttle, passion, and names that are words too: Rose, Lee), folded
   * to lower case: a dictionary word that text uses often. "Space Shuttle" is made of such words,
   * "Romelu Lukaku" is not.
   */
  isCommonWord(word: string): boolean;
}

export const emptyLexicon: Lexicon = {
  loaded: false,
  isGivenName: () => false,
  isGivenNameSpelling: () => false,
  placeWeight: () => 0,
  isCommonWord: () => false,
};

export function lexiconOf(
  givenNames: Iterable<string>,
  places: Iterable<readonly [string, number]>,
  commonWords: Iterable<string> = [],
): Lexicon {
  const names = new Set([...givenNames].map((n) => n.toLowerCase()));
  const common = new Set<string>();
  for (const w of commonWords) common.add(w.toLowerCase());
  const weights = new Map<string, number>();
  for (const [name, weight] of places) {
    const key = placeKey(name);
    weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  }
  let skeletons: Set<string> | undefined;
  return {
    loaded: names.size > 0,
    isGivenName: (word) => names.has(word.toLowerCase()),
    isGivenNameSpelling(word) {
      // built on first use: only Russian text with foreign names needs it
      skeletons ??= new Set([...names].map((n) => skeleton(n)).filter((k) => k.length >= 3));
      const key = skeleton(word);
      return key.length >= 3 && skeletons.has(key);
    },
    placeWeight: (name) => weights.get(placeKey(name)) ?? 0,
    isCommonWord: (word) => common.has(word.toLowerCase()),
  };
}

/** A place name's key: lower case, "St." and "St" read "Saint" (St. Louis, St Albans, Saint Paul). */
function placeKey(name: string): string {
  return name.toLowerCase().replace(/^st(e?)\.? (?=\S)/, 'saint$1 ');
}
