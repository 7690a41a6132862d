/**
 * Chinese names: a surname, then a given name of one to three syllables, written in pinyin in English
 * and in the Palladius system in Russian ("Zhang Xiaoming", "Чжан Сяомин"). Read as such, the two
 * spellings share one id, and each language's reader sees the name in its own.
 */
import { palladiusSyllables, pinyinSyllables, pinyinToPalladius } from '../language/palladius';
import { mention, type RawMention, type RuleContext } from './raw-mention';

/**
 * The common surnames, in pinyin. Wu and Ye are left out: in Russian they are one letter (У, Е), a
 * preposition and a pronoun's letter as often as a name.
 */
export const surnames: ReadonlySet<string> = new Set(
  (
    'li wang zhang liu chen yang huang zhao zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie ' +
    'song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du cheng wei su lu ding ' +
    'ren yao shen zhong cui tan fan shi jin liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan ' +
    'duan lei hou long tao gu mao hao gong shao wan qian dai mo kong xiang qi chang wen niu bo ji geng ' +
    'qiao kang mei tong bao bi zhai ouyang sima zhuge situ'
  ).split(' '),
);

export interface ChineseName {
  /** Lower-case pinyin, surname first: what the id is keyed by. */
  readonly pinyin: readonly string[];
  /** Lower-case Palladius, surname first, in the nominative. */
  readonly palladius: readonly string[];
}

/**
 * A Russian case ending and what the nominative ended in instead: Сяомина → Сяомин, Ивэя → Ивэй,
 * Ханя → Хань. Russian declines a Chinese name that ends in a consonant.
 */
const caseEndings: readonly (readonly [RegExp, readonly string[]])[] = [
  [/(?:ом|ой|а|у|е|ы)$/, ['']],
  [/(?:ем|ей|я|ю|е)$/, ['й', 'ь']],
];

/** A word as written and the nominatives its case ending may stand for. */
function nominatives(word: string): string[] {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const forms = [w];
  for (const [ending, nominative] of caseEndings)
    if (ending.test(w)) for (const end of nominative) forms.push(w.replace(ending, end));
  return forms;
}

/** The surnames in Palladius letters, and their pinyin. */
const palladiusSurnames: ReadonlyMap<string, string> = new Map(
  [...surnames].flatMap((s) => {
    const palladius = pinyinToPalladius(s);
    return palladius ? [[palladius, s] as const] : [];
  }),
);

/** A Palladius word in the nominative with its pinyin, the reading of fewest syllables winning. */
function readPalladius(word: string): { palladius: string; pinyin: string; count: number } | null {
  let best: { palladius: string; pinyin: string; count: number } | null = null;
  for (const form of nominatives(word)) {
    const parts = palladiusSyllables(form);
    if (parts && (!best || parts.length < best.count))
      best = { palladius: form, pinyin: parts.join(''), count: parts.length };
  }
  return best;
}

/**
 * Letters only Palladius writes: цз, чж, юй, хуэй, and нь before a consonant (Синьцзян, Чжэцзян,
 * Тяньаньмэнь). A word with none may still read as syllables by chance (Аманда, a-man-da).
 */
const palladiusOnly = /цз|чж|юй|хуэй|нь(?=[бвгджзклмнпрстфхцчшщ])/i;

/** Some word of the text may be Palladius: it has letters only Palladius writes. */
export const hasPalladiusLetters = (text: string): boolean => palladiusOnly.test(text);

/**
 * The pinyin of a place's or a body's word spelled in Palladius ("Синьцзяне" → "xinjiang",
 * "Тяньаньмэнь" → "tiananmen"), which English writes; null for any other word.
 */
export function pinyinOfName(word: string): string | null {
  if (!palladiusOnly.test(word)) return null;
  const read = readPalladius(word);
  return read && read.count >= 2 ? read.pinyin : null;
}

/** A surname and a given name of one to three syllables, in pinyin or Palladius, or null. */
export function chineseName(words: readonly string[]): ChineseName | null {
  if (words.length !== 2) return null;
  const [surname = '', given = ''] = words;
  if (/[а-яё]/i.test(surname)) {
    const family = nominatives(surname).find((form) => palladiusSurnames.has(form));
    const personal = family === undefined ? null : readPalladius(given);
    if (family === undefined || !personal || personal.count > 3) return null;
    return {
      pinyin: [palladiusSurnames.get(family) ?? '', personal.pinyin],
      palladius: [family, personal.palladius],
    };
  }
  const family = surname.toLowerCase();
  // (a hyphen is a Korean given name's, "Moon Jae-in", or an older spelling's, "Mao Tse-tung")
  const personal = given.toLowerCase().replace(/['’]/g, '');
  const syllables = surnames.has(family) ? pinyinSyllables(personal) : null;
  const palladius = pinyinToPalladius(family);
  if (!syllables || syllables.length > 3 || palladius === null) return null;
  return { pinyin: [family, personal], palladius: [palladius, syllables.join('')] };
}

/**
 * "Хань Гоюй", "Ван Ивэй", "Го Шэнцзюнь": in Russian text a Chinese surname and a capitalised given
 * name spelled in Palladius syllables are a person, whatever else the dictionary reads the words as
 * (Хань, the dynasty; Ван, the lake).
 */
export function chineseNameAt(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  const first = tokens[i];
  const second = tokens[i + 1];
  if (!first?.cap || !first.cyrillic || first.allCaps) return null;
  if (!second?.cap || second.kind !== 'word' || !second.cyrillic || second.allCaps || second.lineBefore)
    return null;
  // "Чжан Сяомин-младший": a hyphen goes on with the word; "Ли Со Ён", "Ким Чен Ын": a third word
  // makes a Korean or Vietnamese name
  const after = tokens[i + 2];
  if (
    after &&
    ((after.text === '-' && !after.spaceBefore) || (after.cap && after.kind === 'word' && !after.lineBefore))
  )
    return null;
  const name = chineseName([first.text, second.text]);
  return name ? mention(i, i + 2, 'PER', [...name.palladius]) : null;
}
