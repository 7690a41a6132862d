/**
 * The ids of names the knowledge base does not know, made from their words' keys, and the ids older
 * versions gave them, which the reader's corrections made then still name.
 */
import type { EntityName, Mention } from '../../shared/entities';
import type { CountryKeys } from './country-bodies';
import { asBeforeVersion121, noMorphology } from './morphology';
import type { RawMention } from './raw-mention';
import { hyphenedArabicArticles, isNameParticle } from './name-particles';
import { looksLikePatronymic } from './russian-names';
import {
  isCommonNameWordV55,
  isCommonNameWordV56,
  isCommonNameWordV59,
  isCommonNameWordV68,
  isCommonNameWordV69,
  isCommonNameWordV83,
  isCommonNameWordV86,
  isCommonNameWordV90,
  isCommonNameWordV96,
  isCommonNameWordV100,
  isCommonNameWordV106,
  isCommonNameWordV109,
  isCommonNameWordV110,
  isCommonNameWordV119,
  isCommonNameWordV121,
  isCommonNameWordV123,
  isCommonNameWordV125,
  isCommonNameWordV129,
  isCommonNameWordV132,
  isCommonNameWordV140,
  isCommonNameWordV145,
  isCommonNameWordV146,
  nameWordKeyV55,
  nameWordKeyV56,
  nameWordKeyV59,
  nameWordKeyV68,
  nameWordKeyV69,
  nameWordKeyV83,
  nameWordKeyV86,
  nameWordKeyV90,
  nameWordKeyV96,
  nameWordKeyV100,
  nameWordKeyV106,
  nameWordKeyV109,
  nameWordKeyV110,
  nameWordKeyV119,
  nameWordKeyV121,
  nameWordKeyV123,
  nameWordKeyV125,
  nameWordKeyV129,
  nameWordKeyV132,
  nameWordKeyV140,
  nameWordKeyV143,
  nameWordKeyV145,
  nameWordKeyV146,
} from './former-name-words';
import {
  isCommonNameWord,
  nameWordKey,
  nameWordKeyV41,
  nameWordKeyV54,
  withFieldPhrases,
} from './name-words';
import {
  fold,
  formerSoundKey,
  skeleton,
  soundKey,
  soundKeyV6,
  soundKeyV49,
  soundKeyV53,
  soundKeyV115,
  soundKeyV136,
  soundKeyV150,
} from './text-keys';

/** The id of an unknown name of these words, a country's name in it read by the knowledge base's countries. */
export type UnknownIdOf = (type: RawMention['type'], words: readonly string[]) => string;

/**
 * The id of a name the knowledge base does not know: `x:` and the sound keys of its last word, its
 * first and, for a body or a place, the words between, so "Ерлана Карина" and "Yerlan Karin",
 * "Гвинет Пэлтроу" and "Gwyneth Paltrow" share one; a name one language reads as a person and the
 * other as a body ("Lloyds Pharmacy", "Ллойдс Фармаси") keeps one id. A body's name with common words
 * is keyed by its words translated, in a fixed order, since languages order them differently
 * ("Welsh Parliament" and "Парламент Уэльса"; name-words.ts). Of the first word only its key's first
 * two letters count: a given name is spelled more freely than a surname (Francesco and Франческо,
 * Patricia and Патриция, Giselle and Жизель), and two of its letters still tell namesakes apart.
 */
export function unknownId(
  type: RawMention['type'],
  words: readonly string[],
  key: (text: string, surname?: boolean) => string = soundKey,
  firstLetters = 2,
  wordKey = nameWordKey,
  common = isCommonNameWord,
  phrases = withFieldPhrases,
  countries: CountryKeys = (keys) => keys,
): string {
  if (type === 'PER') return idLastFirst(type, words, key, firstLetters);
  // ("сельского хозяйства" is one word of English, agriculture)
  const phrased = phrases(words);
  const keys = phrased.map((w) => wordKey(w, key));
  const named = phrased.filter((_, n) => keys[n] !== '');
  if (named.length === 0) return idLastFirst(type, words, key, firstLetters);
  if (!named.some(common)) return idLastFirst(type, named, key, firstLetters);
  // (a ministry's short name stands for its words: "МИД" keys as "Foreign Ministry" does)
  // (a country's name, in either language, keys as its code: see countryKeys)
  // (with the word each part of a key was made of, which tells apart countries' names that sound alike)
  const parts: string[] = [];
  const partWords: string[] = [];
  keys.forEach((k, n) => {
    for (const part of k === '' ? [] : k.split('.')) {
      parts.push(part);
      partWords.push(fold(phrased[n] ?? ''));
    }
  });
  return `x:${[...countries(parts, partWords)].sort().join('.')}`;
}

/**
 * Prefixes English writes with a hyphen and Russian joins to the word ("Anti-Monopoly",
 * "Антимонопольный").
 */
const wordPrefixes: ReadonlySet<string> = new Set(
  'anti inter intra non co counter ex pre post pro sub super trans multi pan neo semi'.split(' '),
);

/**
 * A body's or a place's words with each hyphenated word as its parts, since entity ids version 137, as
 * the Russian name's words are read ("Катон-Карагайского района" as "катон", "карагайский"): so
 * "Katon-Karagai district", "Heriot-Watt University" and "Ak-Zhol" key as their Russian names do. A
 * word the tables translate whole ("Inter-District", "межрайонный"), an Arab name's article
 * ("al-Farabi", which the sound key leaves out), a prefix ("Anti-Monopoly") and a part in capitals
 * ("JAY-Z", "KSWB-TV") keep the word whole.
 */
export function hyphenParts(words: readonly string[]): readonly string[] {
  // (a name of two words or more and no common one keys as a person's does, its hyphenated given name
  // whole, so one a language reads as a person keeps one id: "Hans-Peter Bartels")
  if (words.length > 1 && !words.some((w) => isCommonNameWord(w))) return words;
  return words.flatMap((word) => {
    const parts = word.split('-').filter((p) => p !== '');
    const whole =
      parts.length < 2 ||
      !parts.every((p) => /^\p{Lu}?\p{Ll}+$/u.test(p)) ||
      isCommonNameWord(word) ||
      hyphenedArabicArticles.includes((parts[0] ?? '').toLowerCase()) ||
      wordPrefixes.has((parts[0] ?? '').toLowerCase());
    return whole ? [word] : parts;
  });
}

/** A name's words as keys read them now: hyphenated words as their parts, then a field's phrases. */
export const namePhrases = (words: readonly string[]): readonly string[] =>
  withFieldPhrases(hyphenParts(words));

/** The last word's key, the first's, then a body's others (a person's middle names are left out). */
function idLastFirst(
  type: RawMention['type'],
  words: readonly string[],
  key: (word: string, surname?: boolean) => string,
  firstLetters = Infinity,
): string {
  const last = key(words.at(-1) ?? '', type === 'PER');
  if (words.length < 2) return `x:${last}`;
  const middle = type === 'PER' ? [] : words.slice(1, -1);
  const first = key(words[0] ?? '').slice(0, firstLetters);
  return `x:${[last, first, ...middle.map((w) => key(w))].join('.')}`;
}

/** An unknown name's id as older versions made it: words in their order but for a person's. */
function idInOrder(
  type: RawMention['type'],
  words: readonly string[],
  key: (word: string) => string,
): string {
  if (type === 'PER' && words.length >= 2) return `x:${key(words.at(-1) ?? '')}.${key(words[0] ?? '')}`;
  return `x:${words.map(key).join('.')}`;
}

/**
 * The ids an unknown name had in older versions, which the reader's corrections made then still name,
 * read from the name the annotator shows for it: keyed by the plain skeleton (1), then by sound with
 * a body's words in their order (2), then by sound before the spellings of other languages (3), then
 * with no word of a body's translated (4), then before the spellings of entity ids version 7 (5),
 * then with the whole key of the first word, before entity ids version 22 (6), then with a
 * landform's word in the key, before version 42 (7), then before the English spellings of version 50
 * (8), then, for a Chinese name of a person, place or body, keyed by its Russian letters, not its
 * pinyin, before version 51, or a Japanese or Korean person's keyed by them, before 52 and 53 (9),
 * then with a marked letter's mark dropped and a Slavic surname's -ic read as К, before 54 (10),
 * then with "affairs" in a body's key and a ministry's short name ("МИД") keyed as one word, before 55
 * (11), then with a name's "и" read as the noun it abbreviates and the words of ministries' fields
 * translated since left as they sound, before 56 (12), then with "healthcare" left as it sounds, before
 * 57 (13), then with a country's names keyed as they sound, not by its code, and "commerce" as it
 * sounds, before 60 (14), then with "отношение" and "relations" keyed as they sound, before 69 (15),
 * then with English plurals in -ies keyed as they sound ("Industries"), before 70 (16), then with a
 * country's name that sounds like another's ("Латвия", "Литва") keyed as it sounds, before 72 (17),
 * then with a body's contracted name ("Нацбанк", "Центробанк") keyed as it sounds, before 84 (18),
 * then with the words of the region's services and funds ("таможенный", "Customs") keyed as they
 * sound, before 87 (19), then with "Центризбирком" and "ЦИК" keyed as they sound, before 91 (20), then
 * with "президент" and "Presidential" keyed as they sound, before 97 (21), then with
 * "межгосударственный" and "межправительственный" keyed as they sound, before 101 (22), then with the
 * words of courts and of the nuclear industry ("уголовный", "атомный") keyed as they sound, before 107
 * (23), then with the English "CEC" keyed as it sounds, before 110 (24), then with "областной" and
 * "regional" keyed as they sound, before 111 (25), then with an Arab name's hyphenated article and a
 * surname's last "х" in its key, before 116 (26), then with "министр", "страхование", "авиация",
 * "сотрудничество" and their English keyed as they sound, before 120 (27), then with the words
 * translated since 122 ("метеорологический", "Board") as they sound and a hyphenated word whole, before
 * 122 (28), then with "деловой" and "business" as they sound and a compound of peoples' adjectives
 * ("Казахстанско-китайский", "Kazakh-Chinese") as it sounds, before 124 (29), then with "акимат" and
 * "маслихат" as they sound, before 126 (30), then with "миграция" and "трудовой" as they sound,
 * before 130 (31), then with "район" as it sounds, before 133 (32), then with a Kazakh "уы" read as "вы",
 * before 137 (33), then with "торговый" as it sounds, before 141 (34), then with a known bloc's names
 * in a body's name keyed as they sound, before 143 (35), then with a pass's, a gorge's or a peak's
 * word in the key ("Torugart Pass"), before 144 (36), then with "Минторговли", "Кабмин" and the words
 * translated since ("водный") as they sound, before 146 (37), then with "инвестиция", "технология"
 * and "надзор" as they sound, before 147 (38), then as now, by `keyed` (39); and last, for a given
 * name and a surname that ends like a patronymic ("Александр Лукашевич"), with the given name alone,
 * before 63 (40, since only such names have it). Those of version 60 on key a
 * country's names by `countries` (the annotator's countryKeys) by their sound alone, as the ids of
 * their time did.
 */
export function formerUnknownIds(
  type: RawMention['type'],
  shown: string,
  countries: CountryKeys = (keys) => keys,
  keyed: CountryKeys = countries,
): string[] {
  const words = shown.split(' ');
  // (a person's particle was part of the next word in Russian ("Бинсалман") and left out in English
  // before version 108; such a name's former ids are made from both)
  if (type === 'PER' && words.slice(1).some(isNameParticle)) {
    const joined = words.flatMap((w, n) =>
      isNameParticle(w) && n > 0
        ? []
        : [isNameParticle(words[n - 1] ?? '') && n > 1 ? `${words[n - 1] ?? ''}${w}` : w],
    );
    const dropped = words.filter((w, n) => n === 0 || !isNameParticle(w));
    return [
      ...formerUnknownIds(type, joined.join(' '), countries, keyed),
      ...formerUnknownIds(type, dropped.join(' '), countries, keyed),
    ];
  }
  // (since version 60 a country's names key as its code; before 72, a name two countries share, such
  // as "Латвия" and "Литва", as it sounds)
  const bySound: CountryKeys = (keys) => countries(keys);
  const since60 = (wordKey: typeof nameWordKey, common: typeof isCommonNameWord) =>
    unknownId(type, words, soundKeyV115, 2, wordKey, common, withFieldPhrases, bySound);
  return [
    idInOrder(type, words, skeleton),
    idInOrder(type, words, formerSoundKey),
    idLastFirst(type, words, formerSoundKey),
    idLastFirst(type, words, soundKeyV6),
    unknownId(type, words, soundKeyV6, Infinity),
    unknownId(type, words, soundKeyV49, Infinity),
    unknownId(type, words, soundKeyV49, 2, nameWordKeyV41),
    unknownId(type, words, soundKeyV49),
    unknownId(type, words, soundKeyV136),
    unknownId(type, words, soundKeyV53, 2, nameWordKeyV54),
    unknownId(type, words, soundKeyV115, 2, nameWordKeyV54),
    unknownId(type, words, soundKeyV115, 2, nameWordKeyV55, isCommonNameWordV55, (w) => w),
    unknownId(type, words, soundKeyV115, 2, nameWordKeyV56, isCommonNameWordV56),
    unknownId(type, words, soundKeyV115, 2, nameWordKeyV59, isCommonNameWordV59),
    since60(nameWordKeyV68, isCommonNameWordV68),
    since60(nameWordKeyV69, isCommonNameWordV69),
    since60(nameWordKeyV83, isCommonNameWordV83),
    since60(nameWordKeyV86, isCommonNameWordV86),
    since60(nameWordKeyV90, isCommonNameWordV90),
    since60(nameWordKeyV96, isCommonNameWordV96),
    since60(nameWordKeyV100, isCommonNameWordV100),
    since60(nameWordKeyV106, isCommonNameWordV106),
    since60(nameWordKeyV109, isCommonNameWordV109),
    since60(nameWordKeyV110, isCommonNameWordV110),
    since60(nameWordKeyV119, isCommonNameWordV119),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV119, isCommonNameWordV119, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV121, isCommonNameWordV121, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV123, isCommonNameWordV123, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV125, isCommonNameWordV125, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV129, isCommonNameWordV129, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV132, isCommonNameWordV132, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV136, 2, nameWordKeyV140, isCommonNameWordV140, withFieldPhrases, bySound),
    unknownId(type, words, soundKeyV150, 2, nameWordKeyV140, isCommonNameWordV140, namePhrases, bySound),
    unknownId(type, words, soundKeyV150, 2, nameWordKeyV143, isCommonNameWordV145, namePhrases, bySound),
    unknownId(type, words, soundKeyV150, 2, nameWordKeyV143, isCommonNameWordV145, namePhrases, keyed),
    unknownId(type, words, soundKeyV150, 2, nameWordKeyV145, isCommonNameWordV145, namePhrases, keyed),
    unknownId(type, words, soundKeyV150, 2, nameWordKeyV146, isCommonNameWordV146, namePhrases, keyed),
    unknownId(type, words, soundKeyV150, 2, nameWordKey, isCommonNameWord, namePhrases, keyed),
    unknownId(type, words, soundKey, 2, nameWordKey, isCommonNameWord, namePhrases, keyed),
    ...(type === 'PER' && words.length === 2 && looksLikePatronymic(words[1] ?? '')
      ? [unknownId(type, words.slice(0, 1))]
      : []),
  ];
}

/** The name of an unknown entity built from the words of its id, which older ids are read from. */
export const keyNames = new WeakMap<EntityName, string>();

/**
 * The ids a mention's unknown entity had in older versions (see formerUnknownIds); with the
 * dictionaries, also those of its name as versions before 121 read a word that the dictionary takes
 * for a prefix and a word ("Видеотон" as "тон").
 */
export function formerIdsOf(
  m: Mention,
  countries?: CountryKeys,
  morph = noMorphology,
  keyed = countries,
): string[] {
  const name = keyNames.get(m.name) ?? m.name.ru ?? m.name.en ?? '';
  const cut = asBeforeVersion121(morph, name);
  return formerUnknownIds(m.type, name, countries, keyed).concat(
    cut !== name ? formerUnknownIds(m.type, cut, countries, keyed) : [],
  );
}
