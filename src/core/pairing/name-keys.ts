import { skeleton } from '../entities/text-keys';

/**
 * Script-independent keys for capitalised words and numbers, shared by pairing and alignment. A name
 * read in Russian and in English (Дилан, Диланом, Dylan) should give one key; collisions are tolerated
 * because every user weighs keys by rarity.
 */

const cacheLimit = 100_000;
const cache = new Map<string, readonly string[]>();

/**
 * Russian case endings whose consonant survives the skeleton (-ом/-ым → m, -ах → h). The bare form is
 * kept as well: "Максим" must not lose its -им.
 */
const caseEnding = /(?:ами|ями|ом|ем|ём|ым|им|ам|ям|ах|ях)$/u;

/** Keys of one word: its skeleton, plus the skeleton without a Russian case ending. Empty when too short. */
export function wordKeys(word: string): readonly string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const bare = word.replace(/['’ʼ][sS]$/u, '');
  const keys = new Set<string>();
  const whole = skeleton(bare);
  if (whole.length >= 2) keys.add(whole);
  // an English W before a vowel is a Russian У as often as a В (Winfrey/Уинфри, William/Уильям)
  if (/^[Ww][aeiouy]/u.test(bare)) {
    const rest = skeleton(bare.slice(1));
    if (rest.length >= 2) keys.add(rest);
  }
  if (/[\u0400-\u04ff]/u.test(bare) && bare.length > 4 && caseEnding.test(bare)) {
    const stem = skeleton(bare.replace(caseEnding, ''));
    if (stem.length >= 2) keys.add(stem);
  }
  const out = [...keys];
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(word, out);
  return out;
}

const wordPattern = /[\p{L}][\p{L}\p{M}'’ʼ-]*/gu;

/**
 * Keys of the capitalised words of a text. A capital after a sentence break says nothing, so such a
 * word counts only when the same word is also capitalised mid-sentence somewhere in `context`.
 */
export function capitalisedKeys(
  text: string,
  sentences: readonly (readonly [number, number])[],
): Map<string, { count: number; word: string }> {
  const starts = new Set<number>();
  for (const [s, e] of sentences) {
    const first = /[\p{L}\p{N}]/u.exec(text.slice(s, Math.min(e, s + 8)));
    if (first) starts.add(s + first.index);
  }
  const mid = new Set<string>();
  const initial: string[] = [];
  const counts = new Map<string, { count: number; word: string }>();
  const add = (word: string) => {
    for (const k of wordKeys(word)) {
      const seen = counts.get(k);
      if (seen) seen.count++;
      else counts.set(k, { count: 1, word });
    }
  };
  for (const m of text.matchAll(wordPattern)) {
    const word = m[0];
    const first = word.charAt(0);
    if (first === first.toLowerCase()) continue;
    const afterQuote = /[«"“„(\n]\s*$/u.test(text.slice(Math.max(0, m.index - 2), m.index));
    if (starts.has(m.index) || afterQuote || m.index === 0) initial.push(word);
    else {
      mid.add(word);
      add(word);
    }
  }
  for (const word of initial) if (mid.has(word)) add(word);
  return counts;
}

/**
 * The value of a number as written: "7 791" and "7,791" (English) → 7791, "12,6" (Russian) and "12.6"
 * → 12.6. Null when it is not a plain number.
 */
export function numberValue(written: string, lang: string): number | null {
  let s = written.replace(/[\s\u00a0\u202f]/gu, '');
  if (lang === 'ru') s = s.replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** Numbers written with digits, grouped thousands included ("7 791", "1,000", "12,6"). */
export const numberPattern =
  /(?<![\p{L}\p{N}])\d{1,3}(?:[\u00a0\u202f ,]\d{3})+(?:[.,]\d+)?(?![\p{N}])|(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?(?![\p{N}])/gu;

const longWord = /[\p{L}][\p{L}\p{M}]{4,}/gu;

/**
 * Consonant classes of Cyrillic letters, after the folds below; vowels, й and the signs drop out.
 * х, ц, ч land on g and k as kh, ts and ch do in English spellings; Kazakh letters as in Russian.
 */
const cyrillic: Readonly<Record<string, string>> = {
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'j',
  з: 's',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'f',
  х: 'g',
  ц: 'k',
  ч: 'k',
  ш: 'w',
  щ: 'w',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  һ: 'g',
};

/** English spellings of single Russian sounds, and letters folded to the class their Russian twin has. */
const latinDigraphs: readonly (readonly [RegExp, string])[] = [
  [/w(?=[aeiouy])/gu, 'v'],
  [/shch|sch/gu, 'w'],
  [/dzh|dj|zh/gu, 'j'],
  [/kh|gh/gu, 'g'],
  [/tch|ch|ts|tz|ck|q/gu, 'k'],
  [/sh/gu, 'w'],
  [/ph/gu, 'f'],
  [/th/gu, 't'],
  [/x/gu, 'ks'],
  [/c/gu, 'k'],
  [/z/gu, 's'],
  [/h/gu, 'g'],
  [/[aeiouy]/gu, ''],
];

const cognateCache = new Map<string, string | null>();

/**
 * The first three consonants of a word, in classes that Russian and English spellings of one
 * borrowed word share (президент, president → prs; компания, company → kmp; Гарвард, Harvard →
 * grv); null when there are fewer than three. A table instead of a full transliteration: ranking
 * and alignment key every word of a text.
 */
export function cognateKey(word: string): string | null {
  const hit = cognateCache.get(word);
  if (hit !== undefined) return hit;
  let consonants = '';
  if (/[\u0400-\u04ff]/u.test(word)) {
    const stem = word.length > 4 ? word.replace(caseEnding, '') : word;
    for (const ch of stem) consonants += cyrillic[ch] ?? '';
  } else {
    consonants = word.normalize('NFD').replace(/[^a-z]/gu, '');
    for (const [pattern, replacement] of latinDigraphs) consonants = consonants.replace(pattern, replacement);
  }
  const prefix = consonants.replace(/(.)\1+/gu, '$1').slice(0, 3);
  const key = prefix.length === 3 ? prefix : null;
  if (cognateCache.size >= cacheLimit) cognateCache.clear();
  cognateCache.set(word, key);
  return key;
}

/**
 * Keys of the longer words of a text, names or not (see `cognateKey`). Russian news borrows much of
 * its vocabulary (диабет/diabetes, университет/university), so translations share many such keys;
 * short ones collide freely and are weighed by rarity.
 */
export function cognateKeys(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(longWord)) {
    const key = cognateKey(m[0].toLowerCase());
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
