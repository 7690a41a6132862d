import { translate, WIKIPEDIA } from 'iuliia';

/**
 * Spelling-independent keys for names across scripts: Токаев, Tokayev and Tokaev all give `tkv`.
 * Cyrillic goes to Latin by the Wikipedia system (keys are already folded: Kazakh letters are Russian
 * ones by now), then spellings that differ between systems collapse (zh/j, kh/h, ts/c…), doubled
 * letters go single and vowels after the first letter drop out.
 */

const digraphs: readonly (readonly [RegExp, string])[] = [
  // A w before a vowel is a Polish or German в; sh becomes w only after this rule.
  [/w(?=[aeiouy])/g, 'v'],
  [/shch|sch/g, 'w'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/tch|ch/g, 'c'],
  [/sh/g, 'w'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/x/g, 'ks'],
  [/gh/g, 'g'],
];

const cyrillic = /[\u0400-\u04ff]/;

/** Shorter skeletons (Ли, Ан) match too many unrelated names to be worth a cross-script match. */
export const minSkeletonLength = 3;

/** The skeleton of one lower-case word key, or null when it is too short to be useful. */
export function skeletonKey(key: string): string | null {
  let s = cyrillic.test(key) ? translate(key, WIKIPEDIA).toLowerCase() : key;
  s = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '');
  // Е and Ю at the start of a word are Ye and Yu in one system and E and U in another.
  s = s.replace(/^y(?=[aeiou])/, '');
  for (const [pattern, replacement] of digraphs) s = s.replace(pattern, replacement);
  s = s.replace(/(.)\1+/g, '$1');
  s = s.charAt(0) + s.slice(1).replace(/[aeiouy]/g, '');
  return s.length >= minSkeletonLength ? s : null;
}
