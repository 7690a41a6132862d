import { cyrillicToLatin, latinToCyrillic } from '../language/letters';
import { stripInvisibles } from './normalize';

const mixedWord = /[\p{L}\p{M}]*(?:[a-z][\p{L}\p{M}]*[а-яёіјѕ]|[а-яёіјѕ][\p{L}\p{M}]*[a-z])[\p{L}\p{M}]*/gu;

/**
 * A word folded into one script: a word mostly in Cyrillic with a Latin "е" or "о" typed in (or pasted
 * in to defeat search) gets the Cyrillic letter back, and the other way round.
 */
function foldWord(word: string): string {
  let cyrillic = 0;
  let latin = 0;
  for (const char of word) {
    if (/[a-z]/.test(char)) latin++;
    else if (/[а-яёіјѕ]/.test(char)) cyrillic++;
  }
  const table = cyrillic >= latin ? latinToCyrillic : cyrillicToLatin;
  let out = '';
  for (const char of word) out += table[char] ?? char;
  return out;
}

/**
 * The key under which text is indexed and compared: no invisible characters, NFKC, lower case, ё as е,
 * look-alike letters folded into the script of their word. Never used for display.
 */
export function indexKey(text: string): string {
  const key = stripInvisibles(text).normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
  return /[a-z]/.test(key) && /[а-яіјѕ]/.test(key) ? key.replace(mixedWord, foldWord) : key;
}
