/**
 * Letter tables shared by every place that folds text into keys (index keys, search keys, entity
 * keys, transliteration skeletons), so documents, queries and names are folded the same way.
 */

/**
 * Invisible characters (soft hyphen, zero-width spaces and joiners, direction marks and isolates, the
 * byte-order mark), as a character class's source: texts carry them inside and between words.
 */
export const invisibleChars =
  '\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF';

/** Lower-case Latin letters that look like Cyrillic ones (homoglyphs inside words). */
export const latinToCyrillic: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** The same look-alikes the other way round, plus the Ukrainian and Serbian letters that look Latin. */
export const cyrillicToLatin: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(latinToCyrillic).map(([latin, cyrillic]) => [cyrillic, latin])),
  і: 'i',
  ј: 'j',
  ѕ: 's',
};

/** Kazakh letters folded to the Russian ones that stand for them in Russian text (Тоқаев → Токаев). */
export const kazakhToRussian: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** Whether a text holds a letter Kazakh has and Russian has not ("ҚР", "Тоқаев"). */
export const hasKazakhLetter = (text: string): boolean =>
  [...text.toLowerCase()].some((c) => c in kazakhToRussian);

/** Multi-letter spellings that differ between transliteration systems, folded to one letter each. */
export const skeletonDigraphs: readonly (readonly [RegExp, string])[] = [
  // A Latin w before a vowel is the Polish or German spelling of в; sh becomes w only after this.
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
