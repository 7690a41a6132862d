/**
 * Korean names: a surname, then a given name of one or two syllables. Russian writes each syllable as a
 * word in the Kontsevich system ("Чо Тхэ Ёль", "Чхве Сан Мок"); English joins them with a hyphen in the
 * Revised Romanization or McCune–Reischauer ("Cho Tae-yul", "Choi Sang-mok"), or writes them apart
 * ("Kim Jong Un"). The systems disagree on voicing (Ban Ki-moon, Пан Ги Мун) and aspiration (Тхэ, Tae),
 * so a name is keyed by its consonants in classes: k, t, p, c (ch and j), s, h, m, n (n and ng), l.
 */
import { surnames as chineseSurnames } from './chinese-names';
import { mention, type RawMention, type RuleContext } from './raw-mention';

/** Common surnames as English and Russian write them; a name is Korean only when it starts with one. */
const surnames: ReadonlySet<string> = new Set(
  (
    'kim lee yi rhee ri park pak bak choi choe jung chung jeong kang gang cho jo yoon yun jang chang ' +
    'lim im rim han seo suh shin sin kwon hwang ahn song yoo yu ryu hong jeon chun moon mun yang son ' +
    'bae baek paik heo huh nam noh roh ha cha ban min ko woo ' +
    // (not the Russian words a sentence may open with: И, О, Со, Ко, Но, Им, У)
    'ким ли ри пак чхве цой чон кан чо юн чан лим рим хан син шин квон хван ан сон ю рю хон мун ян пэ ' +
    'пэк хо нам ро ха ча пан мин'
  ).split(' '),
);

/**
 * Surnames whose spellings share no consonant: Yi and Rhee are Ли (이), Yu and Yoo are Ю (유), which
 * have no consonant to key by.
 */
const surnameKeys: Readonly<Record<string, string>> = { yi: 'l', rhee: 'l', yu: 'y', yoo: 'y', ю: 'y' };

/** A single syllable as English writes it: up to three consonants, vowels, and one final consonant. */
const latinSyllable = /^[bcdghjkmnprstwy]{0,3}[aeiouwy]{1,3}(?:ng|n|m|l|k|p|t|r|h|ck)?$/;
/** A single syllable in the Kontsevich system: consonants, one or two vowels, a final consonant. */
const cyrillicSyllable = /^[бгджклмнпрстхцчшв]{0,3}[аеёиоуыэюя]{1,2}(?:н|м|ль|л|к|п|т|й)?$/;

/** Russian case endings a name's last syllable takes ("Пак Чином", "Мун Чжэ Ину"). */
const caseEnding = /(?:ом|ым|ем|ой|а|у|е|ы|я|ю)$/;

/** Cyrillic letters and their consonant classes; vowels, й and ь drop out. */
const cyrillicClasses: readonly (readonly [RegExp, string])[] = [
  [/(?:чж|дж|чх|ч|ц|ж)/g, 'c'],
  [/(?:тх|т|д)/g, 't'],
  [/(?:пх|п|б)/g, 'p'],
  [/(?:кх|к|г)/g, 'k'],
  [/[сш]/g, 's'],
  [/х/g, 'h'],
  [/[лр]/g, 'l'],
  [/м/g, 'm'],
  [/н/g, 'n'],
  [/[^ctpkshmnl]/g, ''],
];

/**
 * Latin letters and their consonant classes; an h after a consonant or closing a syllable is silent,
 * and ng is n, as Kontsevich writes both (Чон, Jung and Jeon).
 */
const latinClasses: readonly (readonly [RegExp, string])[] = [
  [/ng/g, 'n'],
  [/(?:tch|ch|j|ts)/g, 'c'],
  [/(?<=[ktp])h|h(?![aeiouwy])/g, ''],
  [/ck|g|k/g, 'k'],
  [/[dt]/g, 't'],
  [/[bp]/g, 'p'],
  [/sh/g, 's'],
  // (an r after a vowel is English spelling: Park, Пак)
  [/r(?![aeiouwy])/g, ''],
  [/r/g, 'l'],
  [/[^ctpkshmnl]/g, ''],
];

function classes(word: string): string {
  const cyrillic = /[а-яё]/.test(word);
  let s = word;
  for (const [pattern, replacement] of cyrillic ? cyrillicClasses : latinClasses)
    s = s.replace(pattern, replacement);
  // (a doubled consonant, kk or ss, is one)
  return s.replace(/(.)\1+/g, '$1');
}

/** The given name's syllables, a Russian case ending on the last set aside, or null. */
function givenSyllables(words: readonly string[]): string[] | null {
  const cyrillic = /[а-яё]/.test(words[0] ?? '');
  const parts = cyrillic ? [...words] : words.flatMap((w) => w.split('-'));
  if (parts.length === 0 || parts.length > 2) return null;
  const shape = cyrillic ? cyrillicSyllable : latinSyllable;
  const last = parts.length - 1;
  const out = parts.map((p, n) => (cyrillic && n === last && !shape.test(p) ? p.replace(caseEnding, '') : p));
  return out.every((p) => shape.test(p)) ? out : null;
}

export interface KoreanName {
  /** The id: the surname's consonant classes, then the given name's. */
  readonly id: string;
  /** The surname as the text writes it. */
  readonly surname: string;
}

/** A Korean surname and given name, in either script, or null. */
export function koreanName(words: readonly string[]): KoreanName | null {
  if (words.length < 2 || words.length > 3) return null;
  const [surname = '', ...given] = words.map((w) => w.toLowerCase());
  if (!surnames.has(surname)) return null;
  const syllables = givenSyllables(given);
  if (!syllables) return null;
  return {
    id: `x:ko.${surnameKeys[surname] ?? (classes(surname) || surname)}.${syllables.map(classes).join('')}`,
    surname: words[0] ?? '',
  };
}

/**
 * "Хан Док Су", "Чо Тхэ Ёль": in Russian text a Korean surname and two capitalised syllables are a
 * person, whatever else the words read as (Хан, the khan).
 */
export function koreanNameAt(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  const words = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (words.some((t) => !t?.cap || t.kind !== 'word' || !t.cyrillic || t.allCaps)) return null;
  if (words.slice(1).some((t) => t?.lineBefore)) return null;
  const after = tokens[i + 3];
  if (after && after.cap && after.kind === 'word' && !after.lineBefore) return null;
  const text = words.map((t) => t?.text ?? '');
  return koreanName(text) ? mention(i, i + 3, 'PER', text) : null;
}

/**
 * Surnames of Taiwan and Hong Kong as English writes them (Wade–Giles and Cantonese), which pinyin
 * spells otherwise (Chen is pinyin too; Tsai is Cai, Hsu is Xu).
 */
const westernSpelledSurnames: ReadonlySet<string> = new Set(
  'chen tsai hsu hsieh kuo tseng chou yeh chiang kao wong chan cheung leung ng lau tsang'.split(' '),
);

/** A syllable of a Chinese or Korean given name as English writes it (pinyin, Wade–Giles, Korean). */
const givenSyllable = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|r|h|k|p|t)?$/;

/**
 * "Kai-Fu Lee", "Hsin-Yi Chen", "Hyun-Woo Park": a given name of two syllables joined by a hyphen,
 * then a Chinese or Korean surname, in the order English often writes them.
 */
export function westernOrderAsianName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [given = '', surname = ''] = words.map((w) => w.toLowerCase());
  const parts = given.split('-');
  if (parts.length !== 2 || !parts.every((p) => givenSyllable.test(p))) return false;
  return surnames.has(surname) || chineseSurnames.has(surname) || westernSpelledSurnames.has(surname);
}
