import { translate, WIKIPEDIA } from 'iuliia';
import { skeletonDigraphs } from '../language/letters';

/**
 * Spelling-independent keys for names across scripts: Токаев, Tokayev and Tokaev all give `tkv`.
 * Cyrillic goes to Latin by the Wikipedia system (keys are already folded: Kazakh letters are Russian
 * ones by now), then spellings that differ between systems collapse (zh/j, kh/h, ts/c…), doubled
 * letters go single and vowels after the first letter drop out.
 */

const digraphs = skeletonDigraphs;

const cyrillic = /[\u0400-\u04ff]/;

/** Shorter skeletons (Ли, Ан) match too many unrelated names to be worth a cross-script match. */
export const minSkeletonLength = 3;

/** Short names keep their vowels instead (Tukay, Тукай: `tukai`); shorter still match nothing. */
const minLooseLength = 4;

/**
 * The skeleton of one lower-case word key: consonants after the first letter, or for a name with
 * fewer consonants than that, the whole spelling with y as i. Null when even that is too short.
 */
export function skeletonKey(key: string): string | null {
  // Names have no digits; Marker100 and Marker10 are not spellings of one word.
  if (/\d/.test(key)) return null;
  let s = cyrillic.test(key) ? translate(key, WIKIPEDIA).toLowerCase() : key;
  s = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '');
  // Е and Ю at the start of a word are Ye and Yu in one system and E and U in another.
  s = s.replace(/^y(?=[aeiou])/, '');
  for (const [pattern, replacement] of digraphs) s = s.replace(pattern, replacement);
  s = s.replace(/(.)\1+/g, '$1');
  const consonants = s.charAt(0) + s.slice(1).replace(/[aeiouy]/g, '');
  if (consonants.length >= minSkeletonLength) return consonants;
  const loose = s.replace(/y/g, 'i').replace(/(.)\1+/g, '$1');
  return loose.length >= minLooseLength ? loose : null;
}
