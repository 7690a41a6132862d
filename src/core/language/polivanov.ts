/**
 * Japanese names between Hepburn romanization and the Polivanov system, the Cyrillic spelling Russian
 * uses for them (Toshimitsu Motegi, Тосимицу Мотэги; Shinjiro Koizumi, Синдзиро Коидзуми): a kana
 * syllable table, built from consonants and vowels, read in both directions.
 */
import { plainRomanized, syllables } from './syllables';

/** The five vowels, with the Cyrillic letter Polivanov writes for each after a consonant. */
const vowels: readonly (readonly [string, string])[] = [
  ['a', 'а'],
  ['i', 'и'],
  ['u', 'у'],
  ['e', 'э'],
  ['o', 'о'],
];

/** Consonants and their Cyrillic letters; a row's exceptions are listed in `irregular`. */
const consonants: Readonly<Record<string, string>> = {
  k: 'к',
  s: 'с',
  t: 'т',
  n: 'н',
  h: 'х',
  m: 'м',
  r: 'р',
  g: 'г',
  z: 'дз',
  d: 'д',
  b: 'б',
  p: 'п',
};

/** Hepburn's spellings that stray from the row's consonant: shi, chi, tsu, fu, ji. */
const irregular: Readonly<Record<string, readonly [string, string]>> = {
  si: ['shi', 'си'],
  ti: ['chi', 'ти'],
  tu: ['tsu', 'цу'],
  hu: ['fu', 'фу'],
  zi: ['ji', 'дзи'],
  di: ['', ''],
  du: ['', ''],
};

/** The palatal syllables (kya, sha, cho…): Hepburn's onset and Polivanov's letters before я, ю, ё. */
const palatal: Readonly<Record<string, readonly [string, string]>> = {
  k: ['ky', 'к'],
  s: ['sh', 'с'],
  t: ['ch', 'т'],
  n: ['ny', 'н'],
  h: ['hy', 'х'],
  m: ['my', 'м'],
  r: ['ry', 'р'],
  g: ['gy', 'г'],
  z: ['j', 'дз'],
  b: ['by', 'б'],
  p: ['py', 'п'],
};
const yVowels: readonly (readonly [string, string])[] = [
  ['a', 'я'],
  ['u', 'ю'],
  ['o', 'ё'],
];

/**
 * Hepburn syllables and their Polivanov letters: the bare vowels, ya, yu, yo, wa, a syllabic n, each
 * consonant with each vowel, the palatal syllables, and a doubled consonant (Hattori, Хаттори; Isshiki,
 * Иссики; Hotchkiss not, its tch being Japanese only before i, a, u, o: Matcha).
 */
function buildTable(): Map<string, string> {
  const table = new Map<string, string>([
    ...vowels,
    ['ya', 'я'],
    ['yu', 'ю'],
    ['yo', 'ё'],
    ['wa', 'ва'],
    ['n', 'н'],
  ]);
  for (const [consonant, cyrillic] of Object.entries(consonants)) {
    for (const [vowel, letter] of vowels) {
      const [latin, written] = irregular[consonant + vowel] ?? [consonant + vowel, cyrillic + letter];
      if (latin !== '') table.set(latin, written);
    }
    const [onset, before] = palatal[consonant] ?? ['', ''];
    if (onset !== '') for (const [vowel, letter] of yVowels) table.set(onset + vowel, before + letter);
  }
  // a doubled consonant before k, s, t, p: kk, ss, tt, pp, and tch before ch
  for (const [latin, written] of [...table]) {
    const first = latin.charAt(0);
    if (!'kstp'.includes(first) || latin.length < 2) continue;
    const doubled = latin.startsWith('ch') ? 't' : first;
    table.set(doubled + latin, written.charAt(0) + written);
  }
  return table;
}

const hepburnToCyrillic = buildTable();

/**
 * The table read from Cyrillic, with the other spellings Russian writers use: е for э (Такеути), з
 * for дз (Коизуми), ш, ч and дж for с, т and дз before и (Кишида), й for an i after a vowel (Сайто,
 * Кэйсукэ), йо for ё (Йосимаса), and ъ between n and a vowel (Синъити).
 */
function buildReverse(): Map<string, string> {
  const reverse = new Map([...hepburnToCyrillic].map(([latin, cyrillic]) => [cyrillic, latin]));
  for (const [cyrillic, latin] of [...reverse]) {
    if (cyrillic.includes('э')) reverse.set(cyrillic.replace('э', 'е'), latin);
    if (cyrillic.startsWith('дз')) reverse.set(cyrillic.slice(1), latin);
  }
  for (const [hepburn, cyrillic] of [
    ['shi', 'ши'],
    ['chi', 'чи'],
    ['ji', 'джи'],
    ['i', 'й'],
    ['yo', 'йо'],
    ['yu', 'йу'],
    ['ya', 'йа'],
    ['', 'ъ'],
  ] as const)
    reverse.set(cyrillic, hepburn);
  return reverse;
}

const cyrillicToHepburn = buildReverse();
const longestHepburn = Math.max(...[...hepburnToCyrillic.keys()].map((k) => k.length));
const longestCyrillic = Math.max(...[...cyrillicToHepburn.keys()].map((k) => k.length));

/** A Japanese word ends in a vowel or n. */
const ending = /[aiueon]$/;

/** The Hepburn syllables of a Polivanov word ("Тосимицу" → to, shi, mi, tsu), or null. */
export function polivanovSyllables(word: string): string[] | null {
  const parts = syllables(word.toLowerCase(), cyrillicToHepburn, longestCyrillic);
  return parts && ending.test(parts.join('')) ? parts.filter((p) => p !== '') : null;
}

/** The Hepburn spelling of a Polivanov word ("Коидзуми" → "koizumi"), or null. */
export function polivanovToHepburn(word: string): string | null {
  return polivanovSyllables(word)?.join('') ?? null;
}

/**
 * The Polivanov syllables of a Hepburn word ("Toshimitsu" → то, си, ми, цу), long-vowel marks and an
 * n's apostrophe set aside, or null when it is no run of syllables.
 */
export function hepburnSyllables(word: string): string[] | null {
  const plain = plainRomanized(word);
  if (!ending.test(plain)) return null;
  return syllables(plain, hepburnToCyrillic, longestHepburn);
}

/**
 * The Polivanov spelling of a Hepburn word ("Shinjiro" → "синдзиро"), an i after a or e being й
 * before a consonant (Saito, Сайто; Keisuke, Кэйсукэ; but Koizumi, Коидзуми), or null.
 */
export function hepburnToPolivanov(word: string): string | null {
  const parts = hepburnSyllables(word);
  if (!parts) return null;
  return parts
    .map((part, n) => {
      const glide =
        part === 'и' && /[аэя]$/.test(parts[n - 1] ?? '') && /^[^аиуэояюё]/.test(parts[n + 1] ?? '');
      return glide ? 'й' : part;
    })
    .join('');
}
