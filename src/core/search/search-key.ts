import {
  cyrillicToLatin,
  invisibleChars as invisible,
  kazakhToRussian,
  latinToCyrillic,
} from '../language/letters';
/**
 * The one normalization that documents and queries share: a word's key is NFKC, lower case, ё as е,
 * Kazakh letters as the Russian ones Russian text writes for them, look-alike letters folded into the
 * script of their word, invisible characters gone. Keys are for matching only, never for display.
 */

/** One word of a text, with UTF-16 offsets into that text. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** The surface form starts with a capital letter: names get name-first lemmas and a translit key. */
  readonly capitalised: boolean;
  /**
   * The word starts a sentence or paragraph (or the text): its capital says nothing about it being a
   * name. Only worked out for capitalised words.
   */
  readonly initial: boolean;
}

// Invisible characters count as part of a word so that "Тока\u00ADев" stays one word, then vanish from the key.
const wordCharPattern = new RegExp(`[\\p{L}\\p{N}\\p{M}${invisible}]`, 'u');
const letterPattern = new RegExp(`[\\p{L}${invisible}]`, 'u');
const invisibles = new RegExp(`[${invisible}]`, 'gu');
const invisibleChar = new RegExp(`[${invisible}]`, 'u');

const cyrillicLetter = /[\u0400-\u04ff]/;
const latinLetter = /[a-z]/;
const kazakhLetters = /[әғқңөұүһі]/g;
// Anything past Latin Extended-B and Cyrillic may be a compatibility form (ﬁ, full-width letters).
const needsNfkc = /[^\t-\u024f\u0400-\u04ff]/;

export type Script = 'cyrillic' | 'latin' | 'other';

/** The script a key is written in (after folding, a key has one). */
export function scriptOf(key: string): Script {
  if (cyrillicLetter.test(key)) return 'cyrillic';
  if (latinLetter.test(key)) return 'latin';
  return 'other';
}

/** Folds a word that mixes Latin and Cyrillic letters into the script most of its letters are in. */
function foldMixed(word: string): string {
  let cyrillic = 0;
  let latin = 0;
  for (const char of word) {
    if (latinLetter.test(char)) latin++;
    else if (cyrillicLetter.test(char)) cyrillic++;
  }
  if (cyrillic === 0 || latin === 0) return word;
  const table = cyrillic >= latin ? latinToCyrillic : cyrillicToLatin;
  let out = '';
  for (const char of word) out += table[char] ?? char;
  return out;
}

const keyCache = new Map<string, string>();
const keyCacheLimit = 200_000;

/**
 * A word of plain Latin or Russian letters and digits in one script is its own key, lower-cased:
 * most words of a text, checked without a cache lookup.
 */
function plainKey(word: string): string | null {
  let latin = false;
  let cyrillic = false;
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      latin = true;
      upper ||= c <= 0x5a;
    } else if (c >= 0x410 && c <= 0x44f) {
      cyrillic = true;
      upper ||= c <= 0x42f;
    } else if (c < 0x30 || c > 0x39) return null;
  }
  if (latin && cyrillic) return null;
  return upper ? word.toLowerCase() : word;
}

/** The key of one word (already cut out of its text). Memoized: a corpus repeats its word forms. */
export function wordKey(word: string): string {
  const plain = plainKey(word);
  if (plain !== null) return plain;
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (keyCache.size >= keyCacheLimit) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function computeKey(word: string): string {
  let key = word;
  if (invisibleChar.test(key)) key = key.replace(invisibles, '');
  if (needsNfkc.test(key)) key = key.normalize('NFKC');
  key = key.toLowerCase();
  if (key.includes('’') || key.includes('ʼ')) key = key.replace(/[’ʼ]/g, "'");
  // English possessive: Tokayev's is Tokayev.
  if (key.endsWith("'s")) key = key.slice(0, -2);
  if (cyrillicLetter.test(key)) {
    // Homoglyphs first: a Latin word with a Cyrillic і must get its Latin i back, not a Russian и.
    if (latinLetter.test(key)) key = foldMixed(key);
    if (cyrillicLetter.test(key)) {
      key = key.replace(/ё/g, 'е').replace(kazakhLetters, (c) => kazakhToRussian[c] ?? c);
    }
  }
  return key;
}

const homoglyphOf: Readonly<Record<string, string>> = { ...latinToCyrillic, ...cyrillicToLatin };
const letterPairs: readonly (readonly [string, string])[] = [
  ['ё', 'е'],
  ...Object.entries(kazakhToRussian),
  ...Object.entries(latinToCyrillic),
  ...Object.entries(cyrillicToLatin),
];

/** The first letter of a key, from a word's lower-case first letter (ё as е, Kazakh letters as Russian). */
export function foldLetter(lower: string): string {
  return lower === 'ё' ? 'е' : (kazakhToRussian[lower] ?? lower);
}

/**
 * The lower-case letters a word may start with when its key starts with `folded`: the letter, the
 * ones that fold into it, and its look-alikes. Lets tokenize skip words that cannot match.
 */
export function letterVariants(folded: string): string[] {
  const out = new Set([folded]);
  const other = homoglyphOf[folded];
  if (other !== undefined) out.add(other);
  for (const [a, b] of letterPairs) {
    if (b === folded || b === other) out.add(a);
    if (a === folded || a === other) out.add(b);
  }
  return [...out];
}

// Character classes by code: bit 1 = word character, bit 2 = letter (may follow an apostrophe).
// A table covers Latin and Cyrillic; other characters are classified once by regular expression.
const tableSize = 0x530;
const classTable = new Uint8Array(tableSize);
const lowerTable = new Uint16Array(tableSize);
for (let code = 0; code < tableSize; code++) {
  const ch = String.fromCharCode(code);
  classTable[code] = (wordCharPattern.test(ch) ? 1 : 0) | (letterPattern.test(ch) ? 2 : 0);
  const lower = ch.toLowerCase();
  lowerTable[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}
const classCache = new Map<number, number>();

function classOfCodePoint(cp: number): number {
  const cached = classCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  const value = (wordCharPattern.test(ch) ? 1 : 0) | (letterPattern.test(ch) ? 2 : 0);
  classCache.set(cp, value);
  return value;
}

/** Class of the character at `i` (0 past the end); `width` is how many code units it takes. */
let width = 1;
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  width = 1;
  if (code < tableSize) return classTable[code] as number;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    width = 2;
    return classOfCodePoint(text.codePointAt(i) as number);
  }
  return Number.isNaN(code) ? 0 : classOfCodePoint(code);
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2bc;

/** The invisible characters of `invisible`, by code: a test on every word must not run a regex. */
function isInvisibleCode(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x206f) ||
    code === 0xfeff
  );
}

/** The first visible character of a word, and the same lower-cased. */
function firstLetter(text: string, start: number, end: number): [first: string, lower: string] | null {
  let at = start;
  while (at < end && isInvisibleCode(text.charCodeAt(at))) at++;
  // A "word" of invisible characters only is no word (its key would be empty).
  if (at === end) return null;
  const code = text.charCodeAt(at);
  if (code < tableSize) return [text.charAt(at), String.fromCharCode(lowerTable[code] as number)];
  const first = text.slice(at, at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1));
  return [first, first.toLowerCase()];
}

const opening = new Set(['«', '"', '“', '„', "'", '‘', '(', '[', '—', '–', '-', '*', '•']);
const sentenceEnd = new Set(['.', '!', '?', '…', '\n', ':', ';']);

/** Whether a capitalised word opens a sentence: only spaces and opening marks since the last stop. */
function isInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (sentenceEnd.has(ch)) return true;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || opening.has(ch)) continue;
    return false;
  }
  return true;
}

/**
 * Calls `visit` with each word's range, in order, until it returns false: runs of letters, digits and
 * marks (invisible characters included), joined across an apostrophe followed by a letter. Words of
 * invisible characters only are skipped.
 */
export function forEachWord(
  text: string,
  visit: (start: number, end: number, first: string, lower: string) => boolean | void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Latin and Cyrillic inline; other characters through the classifier.
    if (code < tableSize ? !((classTable[code] as number) & 1) : !(classAt(text, i) & 1)) {
      i += code < tableSize ? 1 : width;
      continue;
    }
    const start = i;
    i += code < tableSize ? 1 : width;
    for (;;) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < tableSize) {
          if (!((classTable[c] as number) & 1)) break;
          i += 1;
        } else if (classAt(text, i) & 1) i += width;
        else break;
      }
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && classAt(text, i + 1) & 2) {
        i += 1;
        continue;
      }
      break;
    }
    const letter = firstLetter(text, start, i);
    if (letter && visit(start, i, letter[0], letter[1]) === false) return;
  }
}

/**
 * Every word of `text`, in order, with its key (see forEachWord). With `accept`, words whose
 * lower-case first letter it refuses keep their place (phrases need neighbours) but get an empty
 * key, without the cost of computing one.
 */
export function tokenize(
  text: string,
  accept?: (firstLetter: string, capitalised: boolean) => boolean,
): WordToken[] {
  const tokens: WordToken[] = [];
  forEachWord(text, (start, end, first, lower) => {
    const capitalised = first !== lower;
    if (accept && !accept(lower, capitalised)) {
      tokens.push({ start, end, key: '', capitalised, initial: false });
      return;
    }
    const key = wordKey(text.slice(start, end));
    if (key !== '')
      tokens.push({ start, end, key, capitalised, initial: capitalised && isInitial(text, start) });
  });
  return tokens;
}
