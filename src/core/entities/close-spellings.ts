/**
 * Whether two spellings are one name in two transliterations: a person's (sameSpelling) or a body's or
 * a place's (closeSpelling), by the letters with their vowels, and the edit distance they allow.
 */
import { hasCyrillic, latinKey } from './text-keys';

/**
 * The skeleton with its vowels: y is i, an i between vowels (a glide: Tokayev) is dropped, and so are
 * final vowels, a case ending's (Камерона). Tokayev and Tokaev give "tokaev"; Lenin and Lennon, one
 * skeleton, differ here.
 */
function vowelKey(text: string): string {
  const key = latinKey(text)
    // a Russian Е that starts a word is written Ye and E alike (Yefimova, Efimova)
    .replace(/^ye/, 'e')
    .replace(/y/g, 'i')
    .replace(/(?<=[aeiou])i(?=[aeiou])/g, '')
    .replace(/(.)\1+/g, '$1');
  return key.replace(/(?<=.)[aeiou]+$/, '');
}

/**
 * Two spellings of one person's name in two transliterations: the same letters once a glide and doubled
 * letters are set aside, or, in a name of seven letters or more, one letter apart (Tleuberdi,
 * Tileuberdi). Lenin is not Lennon, Rahmon not Rahmani, Miller not Müller.
 */
export function sameSpelling(a: string, b: string): boolean {
  const x = vowelKey(a);
  const y = vowelKey(b);
  if (x === y) return true;
  return Math.min(x.length, y.length) >= 7 && editDistance(x, y, 1) <= 1;
}

/**
 * Two spellings of one body's or place's name, vowels counted: one letter apart from seven letters,
 * two from ten (Теннесси and Тенесси); below seven, a letter more or less (a case ending the lemma
 * kept, a vowel it dropped) but no changed one (not Ньюарк and Нью-Йорк, Кунар and Канары), and in
 * Latin letters, which no lemma changes, only at the end (not Хартс and Haaretz, Hyundai and The
 * Hindu, BRCA and Barça). Two letters swapped are two changes here: a transliteration doubles or
 * drops a letter, it does not swap two (Сент-Луис is not Сент-Люсия). An acronym is only itself.
 */
export function closeSpelling(a: string, b: string): boolean {
  // an acronym's letters are words: "ЛДП" is no other spelling of "ЛДПУ", nor "СДП" of "СДПК"
  if (isAcronymSpelling(a) || isAcronymSpelling(b)) return a === b;
  const x = vowelKey(a);
  const y = vowelKey(b);
  const shorter = Math.min(x.length, y.length);
  const limit = shorter >= 10 ? 2 : 1;
  if (shorter < 7 && x.length === y.length) return x === y;
  if (shorter < 7 && !(hasCyrillic(a) && hasCyrillic(b))) return endingApart(x, y);
  return editDistance(x, y, limit, false) <= limit;
}

const isAcronymSpelling = (name: string): boolean => /^[\p{Lu}\d]{2,6}$/u.test(name);

/** One key is the other with a letter more at its end, as a case ending the lemma kept. */
const endingApart = (x: string, y: string): boolean =>
  Math.abs(x.length - y.length) === 1 && (x.startsWith(y) || y.startsWith(x));

/**
 * Optimal string alignment distance, giving up once it exceeds `limit`; without `transpositions`, the
 * Levenshtein distance.
 */
export function editDistance(a: string, b: string, limit: number, transpositions = true): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return rowMin;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}
