import { translate, WIKIPEDIA } from 'iuliia';
import { kazakhToRussian, skeletonDigraphs } from '../language/letters';

/** iuliia has no Kazakh schema; these are the spellings English-language Kazakh media use. */
const kazakhToLatin: Readonly<Record<string, string>> = {
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** The comparison form of a word: lower case, ё → е, Kazakh letters → Russian, one apostrophe. */
export function fold(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
  return lower.replace(kazakhLetters, (c) => kazakhToRussian[c] ?? c);
}

/**
 * A lemma is a comparison key of a word only when it shares the word's first three letters: az guesses
 * lemmas of unknown words by their endings (Холлис → лис, Мажилис → лис), and such a key would link
 * unrelated names.
 */
export function sharesStem(word: string, lemma: string): boolean {
  const w = fold(word);
  const l = fold(lemma);
  const n = Math.min(3, w.length, l.length);
  return w.slice(0, n) === l.slice(0, n);
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/** Latin spelling of a Russian or Kazakh name (Wikipedia style, plus a Kazakh table). Latin passes through. */
export function toLatin(text: string): string {
  if (!hasCyrillic(text)) return text;
  const kazakhFree = text.replace(kazakhLetters, (c) => {
    const lower = c.toLowerCase();
    const latin = kazakhToLatin[lower] ?? lower;
    return c === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return translate(kazakhFree, WIKIPEDIA);
}

const digraphs = skeletonDigraphs;

/**
 * A spelling-independent key: Latin, lower case, digraphs collapsed (zh/j, kh/h), doubled letters
 * single, vowels and y dropped. Токаев, Тоқаев, Tokayev and Tokaev all give "tkv".
 */
export function skeleton(text: string): string {
  let s = toLatin(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  for (const [pattern, replacement] of digraphs) s = s.replace(pattern, replacement);
  s = s.replace(/(.)\1+/g, '$1');
  const consonants = s.replace(/[aeiouy]/g, '');
  return consonants.length > 0 ? consonants : s;
}
