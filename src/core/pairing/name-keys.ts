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
 * Keys of the longer words of a text, names or not: the first three consonants of their skeleton.
 * Russian news borrows much of its vocabulary (диабет/diabetes, университет/university), so
 * translations share many such keys; short ones collide freely and are weighed by rarity. Letters
 * that regularly change between the languages are folded: з/s (президент, president), к/c (компания,
 * company), т/th (театр, theatre), г/h (Гарвард, Harvard).
 */
export function cognateKeys(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(longWord)) {
    const word = m[0].toLowerCase();
    const keys = wordKeys(word);
    // a Russian word's stem without its case ending; an English word as written
    const key = /[\u0400-\u04ff]/u.test(word) ? keys.at(-1) : keys[0];
    if (key === undefined || key.length < 3) continue;
    const prefix = key
      .replace(/th/gu, 't')
      .replace(/h/gu, 'g')
      .replace(/z/gu, 's')
      .replace(/c/gu, 'k')
      .replace(/(.)\1+/gu, '$1')
      .slice(0, 3);
    if (prefix.length < 3) continue;
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return counts;
}
