/**
 * Chinese names between pinyin and the Palladius system, the Cyrillic spelling Russian uses for them
 * (Zhang Xiaoming, Чжан Сяомин; Han Zheng, Хань Чжэн): its syllable table, built from initials and
 * finals, read in both directions.
 */
import { plainRomanized, syllables } from './syllables';

/** Pinyin initials and their Palladius letters. */
const initials: Readonly<Record<string, string>> = {
  b: 'б',
  p: 'п',
  m: 'м',
  f: 'ф',
  d: 'д',
  t: 'т',
  n: 'н',
  l: 'л',
  g: 'г',
  k: 'к',
  h: 'х',
  zh: 'чж',
  ch: 'ч',
  sh: 'ш',
  r: 'ж',
  z: 'цз',
  c: 'ц',
  s: 'с',
  j: 'цз',
  q: 'ц',
  x: 'с',
};

/** Finals after a consonant that takes no i or ü after it, and their Palladius letters. */
const plainFinals: Readonly<Record<string, string>> = {
  a: 'а',
  e: 'э',
  ai: 'ай',
  ei: 'эй',
  ao: 'ао',
  ou: 'оу',
  an: 'ань',
  en: 'энь',
  ang: 'ан',
  eng: 'эн',
  ong: 'ун',
  u: 'у',
  ua: 'уа',
  uo: 'о',
  uai: 'уай',
  ui: 'уй',
  uan: 'уань',
  un: 'унь',
  uang: 'уан',
};

/** Finals that start with i: after b, p, m, d, t, n, l, j, q and x. */
const iFinals: Readonly<Record<string, string>> = {
  i: 'и',
  ia: 'я',
  ie: 'е',
  iao: 'яо',
  iu: 'ю',
  ian: 'янь',
  in: 'инь',
  iang: 'ян',
  ing: 'ин',
  iong: 'юн',
};

/** Finals of ü, which pinyin writes u after j, q and x. */
const uFinals: Readonly<Record<string, string>> = { u: 'юй', ue: 'юэ', uan: 'юань', un: 'юнь' };

/** Syllables with no initial. */
const bare: Readonly<Record<string, string>> = {
  a: 'а',
  ai: 'ай',
  an: 'ань',
  ang: 'ан',
  ao: 'ао',
  e: 'э',
  ei: 'эй',
  en: 'энь',
  eng: 'эн',
  er: 'эр',
  o: 'о',
  ou: 'оу',
  yi: 'и',
  ya: 'я',
  ye: 'е',
  yao: 'яо',
  you: 'ю',
  yan: 'янь',
  yin: 'инь',
  yang: 'ян',
  ying: 'ин',
  yong: 'юн',
  yu: 'юй',
  yue: 'юэ',
  yuan: 'юань',
  yun: 'юнь',
  wu: 'у',
  wa: 'ва',
  wo: 'во',
  wai: 'вай',
  wei: 'вэй',
  wan: 'вань',
  wen: 'вэнь',
  wang: 'ван',
  weng: 'вэн',
};

function buildTable(): Map<string, string> {
  const table = new Map<string, string>(Object.entries(bare));
  const labial = new Set(['b', 'p', 'm', 'f']);
  const takesI = new Set(['b', 'p', 'm', 'd', 't', 'n', 'l']);
  const palatal = new Set(['j', 'q', 'x']);
  for (const [initial, cyrillic] of Object.entries(initials)) {
    if (palatal.has(initial)) {
      for (const [f, c] of Object.entries({ ...iFinals, ...uFinals })) table.set(initial + f, cyrillic + c);
      continue;
    }
    for (const [f, c] of Object.entries(plainFinals)) {
      // b, p, m and f take o and no u before another vowel (bo, not buo)
      if (labial.has(initial) && (f.startsWith('u') ? f !== 'u' : f === 'ong')) continue;
      table.set(initial + f, cyrillic + c);
    }
    if (labial.has(initial)) table.set(`${initial}o`, `${cyrillic}о`);
    if (takesI.has(initial))
      for (const [f, c] of Object.entries(iFinals)) table.set(initial + f, cyrillic + c);
  }
  // zhi, chi, shi, ri are -и, zi, ci, si -ы; hui is хуэй
  for (const initial of ['zh', 'ch', 'sh', 'r']) table.set(`${initial}i`, `${initials[initial]}и`);
  for (const initial of ['z', 'c', 's']) table.set(`${initial}i`, `${initials[initial]}ы`);
  table.set('hui', 'хуэй');
  // n and l take ü too: nü, lü (written v where ü is not typed), nüe, lüe (written ue as well)
  for (const initial of ['n', 'l']) {
    table.set(`${initial}v`, `${initials[initial]}юй`);
    table.set(`${initial}ve`, `${initials[initial]}юэ`);
    table.set(`${initial}ue`, `${initials[initial]}юэ`);
  }
  return table;
}

const pinyinToCyrillic = buildTable();
const cyrillicToPinyin = new Map([...pinyinToCyrillic].map(([p, c]) => [c, p]));
const longestPinyin = Math.max(...[...pinyinToCyrillic.keys()].map((k) => k.length));
const longestCyrillic = Math.max(...[...cyrillicToPinyin.keys()].map((k) => k.length));

/** The pinyin syllables of a Palladius word ("Сяомин" → xiao, ming), or null when it is not one. */
export function palladiusSyllables(word: string): string[] | null {
  return syllables(word.toLowerCase().replace(/ё/g, 'е'), cyrillicToPinyin, longestCyrillic);
}

/** The pinyin of a Palladius word ("Сяомин" → "xiaoming"), or null when it is not one. */
export function palladiusToPinyin(word: string): string | null {
  return palladiusSyllables(word)?.join('') ?? null;
}

/** The Palladius syllables of a pinyin word ("Xiaoming" → сяо, мин), tone marks set aside, or null. */
export function pinyinSyllables(word: string): string[] | null {
  return syllables(plainRomanized(word.replace(/ü/gi, 'v')), pinyinToCyrillic, longestPinyin);
}

/** The Palladius spelling of a pinyin word ("Xiaoming" → "сяомин"), or null when it is not one. */
export function pinyinToPalladius(word: string): string | null {
  return pinyinSyllables(word)?.join('') ?? null;
}
