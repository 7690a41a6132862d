/**
 * How the words of an unknown name were keyed before each entity ids version that changed them, so
 * that the ids older versions gave, which the reader's corrections still name, can be made again
 * (unknown-ids.ts). Each version's key reads the words it changed as they were read before, and any
 * other word as the next version keys it.
 */
import {
  adjectivesSince56,
  contracted,
  contractedSince91,
  contractedSince110,
  contractedSince146,
  englishSpelling,
  joinersSince56,
  pairsOf,
  shortNameRows,
  shortNamesSince56,
  shortNamesSince57,
  shortNamesSince146,
  translated,
  translatedSince56,
  translatedSince57,
  translatedSince60,
  translatedSince69,
  translatedSince87,
  translatedSince97,
  translatedSince101,
  translatedSince107,
  translatedSince111,
  translatedSince120,
  translatedSince122,
  translatedSince124,
  translatedSince126,
  translatedSince130,
  translatedSince133,
  translatedSince141,
  translatedSince146,
  translatedSince147,
  englishSince122,
  englishSince146,
  translatedTables,
} from './name-word-tables';
import {
  englishPlurals,
  inEnglish,
  isCommonNameWord,
  isCommonNameWordAsOf,
  isCommonWholeNameWord,
  latinAdjectiveStem,
  landformWordsSince144,
  nameWordKey,
  nameWordKeyAsOf,
  wholeNameWordKey,
} from './name-words';
import { fold, soundKey } from './text-keys';

/**
 * Words a name's key reads otherwise since entity ids version 56: translated words and their English,
 * ministries' short names, "хозяйство" and the joining words "в" and "на".
 */
const translatedBefore56: ReadonlySet<string> = new Set(pairsOf(translated).map(([, en]) => en));
const wordsSince56: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince56).flatMap(([ru, en]) => (translatedBefore56.has(en) ? [ru] : [ru, en])),
  ...shortNameRows(shortNamesSince56).map(([w]) => w),
  ...joinersSince56,
  ...adjectivesSince56.split(';').flatMap((row) => row.trim().split(/\s+/).slice(0, -1)),
  'хозяйство',
  'agricultural',
]);

/** The nouns a name's "и", "с" or "при" was read as before version 56 ("исполняющий", "секунда"). */
const formerLemmas: ReadonlyMap<string, string> = new Map(
  `и исполняющий; с секунда; в век; к кандидат; о обязанность; при пря; об оборот; то тот`
    .split(';')
    .map((pair) => pair.trim().split(' ') as [string, string]),
);

/** The English word for a word of a name before entity ids version 56. */
function inEnglishV55(word: string): string {
  const w = fold(word);
  if (!wordsSince56.has(w)) return inEnglish(word);
  return /^([а-я-]{4,})ский$/.exec(w)?.[1] ?? w;
}

/** The key of one word of an unknown name before entity ids version 56 (see wordsSince56 and formerLemmas). */
export function nameWordKeyV55(word: string, key: (text: string) => string = soundKey): string {
  const w = fold(word);
  const lemma = formerLemmas.get(w);
  if (lemma) return key(lemma);
  return wordsSince56.has(w) ? key(inEnglishV55(w)) : nameWordKeyV56(word, key);
}

/** Whether a word was a common word of bodies' names before entity ids version 56. */
export function isCommonNameWordV55(word: string): boolean {
  const folded = fold(word);
  return wordsSince56.has(folded) ? inEnglishV55(word) !== folded : isCommonNameWordV56(word);
}

/** Words a name's key reads otherwise since entity ids version 57: translated, or English read as others. */
const wordsSince57: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince57).flat(),
  ...shortNameRows(shortNamesSince57).map(([w]) => w),
  'healthcare',
  'enlightenment',
  'higher',
  'environment',
]);

/** Words a name's key reads as trade since entity ids version 60. */
const wordsSince60: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince60).map(([ru]) => ru),
  'commerce',
]);

type WordKey = (word: string, key?: (text: string) => string) => string;

/**
 * The key of one word of an unknown name before a version that reads these words otherwise: as they
 * sound, and any other word as `later` keys it.
 */
const keyedAsTheySound =
  (since: Pick<ReadonlySet<string>, 'has'>, later: WordKey): WordKey =>
  (word, key = soundKey) =>
    since.has(fold(word)) ? key(fold(word)) : later(word, key);

/** Whether a word was a common word of bodies' names before a version that reads these words otherwise: not these. */
const commonButThese =
  (since: Pick<ReadonlySet<string>, 'has'>, later: (word: string) => boolean) =>
  (word: string): boolean =>
    !since.has(fold(word)) && later(word);

/** Words a name's key reads as they sound before entity ids version 69, and not as common words. */
const wordsSince69: ReadonlySet<string> = new Set(pairsOf(translatedSince69).flat());

/**
 * Plurals a name's key reads as their singulars since entity ids version 70 ("Federation of German
 * Industries" and "Федерация немецкой промышленности"); "emergencies" was read so before.
 */
const wordsSince70: ReadonlySet<string> = new Set(
  [...englishPlurals.keys()].filter((w) => w.endsWith('ies') && !englishSpelling.has(w)),
);

/**
 * Words a name's key reads as they sound before entity ids version 87, and not as common words: the
 * words translated since, in both languages, and the English plurals read as their singulars ("Forces").
 */
const englishSince87: ReadonlySet<string> = new Set(pairsOf(translatedSince87).map(([, en]) => en));
const wordsSince87: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince87).flat(),
  ...[...englishPlurals].filter(([, singular]) => englishSince87.has(singular)).map(([plural]) => plural),
]);

/**
 * The words a table of translated words made common: its Russian words, and its English ones with their
 * plurals ("Businesses") where no older table translates them already ("migration" was common before
 * "миграция" was added).
 */
const translatedWordsOf = (table: string): ReadonlySet<string> => {
  const older = new Set(
    translatedTables.slice(0, translatedTables.indexOf(table)).flatMap((t) => pairsOf(t).map(([, en]) => en)),
  );
  const english = new Set(pairsOf(table).flatMap(([, en]) => (older.has(en) ? [] : [en])));
  return new Set([
    ...pairsOf(table).map(([ru]) => ru),
    ...english,
    ...[...englishPlurals].filter(([, singular]) => english.has(singular)).map(([plural]) => plural),
  ]);
};

/** Words a name's key reads as they sound before entity ids version 141, and not as common words. */
const wordsSince141 = translatedWordsOf(translatedSince141);

/**
 * Words a name's key reads as they sound before entity ids version 146: "Минторговли", "Кабмин", and
 * the words translated since ("водный").
 */
const wordsSince146: ReadonlySet<string> = new Set([
  ...translatedWordsOf(translatedSince146),
  ...englishSince146.map(([word]) => word),
  ...shortNameRows(shortNamesSince146).map(([w]) => w),
  ...shortNameRows(contractedSince146, []).map(([w]) => w),
]);

/** Words a name's key reads as they sound before entity ids version 147: "инвестиция", "технология". */
const wordsSince147 = translatedWordsOf(translatedSince147);

/** Those, and a place adjective in Latin letters, which kept its "-sky" before 147 ("Pervomaisky"). */
const readSince147 = { has: (word: string) => wordsSince147.has(word) || !!latinAdjectiveStem(word) };

/** The key of one word of an unknown name before entity ids version 147 (see readSince147). */
export const nameWordKeyV146 = keyedAsTheySound(readSince147, nameWordKey);

/** Whether a word was a common word of bodies' names before entity ids version 147. */
export const isCommonNameWordV146 = commonButThese(readSince147, isCommonNameWord);

/** The key of one word of an unknown name before entity ids version 146 (see wordsSince146). */
export const nameWordKeyV145 = keyedAsTheySound(wordsSince146, nameWordKeyV146);

/** Whether a word was a common word of bodies' names before entity ids version 146. */
export const isCommonNameWordV145 = commonButThese(wordsSince146, isCommonNameWordV146);

/** The key of one word of an unknown name before entity ids version 144, which kept "pass" and "перевал". */
export const nameWordKeyV143 = keyedAsTheySound(landformWordsSince144, nameWordKeyV145);

/** The key of one word of an unknown name before entity ids version 141 ("торговый"). */
export const nameWordKeyV140 = keyedAsTheySound(wordsSince141, nameWordKeyV143);

/** Whether a word was a common word of bodies' names before entity ids version 141. */
export const isCommonNameWordV140 = commonButThese(wordsSince141, isCommonNameWordV145);

/** Words a name's key reads as they sound before entity ids version 133, and not as common words. */
const wordsSince133 = translatedWordsOf(translatedSince133);

/** The key of one word of an unknown name before entity ids version 133 ("район"). */
export const nameWordKeyV132 = keyedAsTheySound(wordsSince133, nameWordKeyV140);

/** Whether a word was a common word of bodies' names before entity ids version 133. */
export const isCommonNameWordV132 = commonButThese(wordsSince133, isCommonNameWordV140);

/** Words a name's key reads as they sound before entity ids version 130, and not as common words. */
const wordsSince130 = translatedWordsOf(translatedSince130);

/** The key of one word of an unknown name before entity ids version 130 ("миграция", "трудовой"). */
export const nameWordKeyV129 = keyedAsTheySound(wordsSince130, nameWordKeyV132);

/** Whether a word was a common word of bodies' names before entity ids version 130. */
export const isCommonNameWordV129 = commonButThese(wordsSince130, isCommonNameWordV132);

/** Words a name's key reads as they sound before entity ids version 126, and not as common words. */
const wordsSince126 = translatedWordsOf(translatedSince126);

/** The key of one word of an unknown name before entity ids version 126 ("акимат", "маслихат"). */
export const nameWordKeyV125 = keyedAsTheySound(wordsSince126, nameWordKeyV129);

/** Whether a word was a common word of bodies' names before entity ids version 126. */
export const isCommonNameWordV125 = commonButThese(wordsSince126, isCommonNameWordV129);

/** Words a name's key reads as they sound before entity ids version 124, and not as common words. */
const wordsSince124 = translatedWordsOf(translatedSince124);

/** Words translated since version 124, which every older version read as they sound. */
const wordsTranslatedSince124: ReadonlySet<string> = new Set([
  ...wordsSince124,
  ...wordsSince126,
  ...wordsSince130,
  ...wordsSince133,
  ...wordsSince141,
  ...landformWordsSince144,
  ...wordsSince146,
  ...wordsSince147,
]);

/** Those, and a place adjective in Latin letters ("Pervomaisky"), which every version before 147 read whole. */
const readBefore124 = {
  has: (word: string) => wordsTranslatedSince124.has(word) || !!latinAdjectiveStem(word),
};

/**
 * The key of one word of an unknown name before entity ids version 124 (see wordsSince124), which read
 * a compound of peoples' adjectives ("Казахстанско-китайский", "Kazakh-Chinese") as it sounds.
 */
export const nameWordKeyV123 = keyedAsTheySound(readBefore124, (word, key = soundKey) =>
  nameWordKeyAsOf(word, key, false),
);

/** Whether a word was a common word of bodies' names before entity ids version 124. */
export const isCommonNameWordV123 = commonButThese(readBefore124, (word) =>
  isCommonNameWordAsOf(word, false),
);

/**
 * Words a name's key reads as they sound before entity ids version 122, and not as common words: the
 * words translated since and the English read as others since ("Meteorological", "Board"), with the
 * English plurals of those no older table translates ("Campaigns"), and hyphenated words read whole.
 */
const wordsSince122: ReadonlySet<string> = new Set([
  ...translatedWordsOf(translatedSince122),
  ...englishSince122.map(([word]) => word),
]);

/** Such a word as versions before 122 read it: an adjective in "-ский" as its stem ("метеорологиче"). */
const untranslatedV121 = (w: string): string => /^([а-я-]{4,})ский$/.exec(w)?.[1] ?? w;

/** A word read whole, as versions before 124 read it. */
const wholeKeyBefore124 = keyedAsTheySound(readBefore124, wholeNameWordKey);
const wholeCommonBefore124 = commonButThese(readBefore124, isCommonWholeNameWord);

/** The key of one word of an unknown name before entity ids version 122 (see wordsSince122). */
export const nameWordKeyV121: WordKey = (word, key = soundKey) =>
  wordsSince122.has(fold(word)) ? key(untranslatedV121(fold(word))) : wholeKeyBefore124(word, key);

/** Whether a word was a common word of bodies' names before entity ids version 122 (a stem was). */
export const isCommonNameWordV121 = (word: string): boolean =>
  wordsSince122.has(fold(word)) ? untranslatedV121(fold(word)) !== fold(word) : wholeCommonBefore124(word);

/**
 * Words a name's key reads as they sound before entity ids version 120, and not as common words: the
 * words translated since, in both languages, and their English plurals ("Ministers").
 */
const englishSince120: ReadonlySet<string> = new Set(pairsOf(translatedSince120).map(([, en]) => en));
const wordsSince120: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince120).flat(),
  ...[...englishPlurals].filter(([, singular]) => englishSince120.has(singular)).map(([plural]) => plural),
]);

/** The key of one word of an unknown name before entity ids version 120 (see wordsSince120). */
export const nameWordKeyV119 = keyedAsTheySound(wordsSince120, nameWordKeyV121);

/** Whether a word was a common word of bodies' names before entity ids version 120. */
export const isCommonNameWordV119 = commonButThese(wordsSince120, isCommonNameWordV121);

/** Words a name's key reads as they sound before entity ids version 111, and not as common words. */
const wordsSince111: ReadonlySet<string> = new Set(pairsOf(translatedSince111).flat());

/** The key of one word of an unknown name before entity ids version 111 (see wordsSince111). */
export const nameWordKeyV110 = keyedAsTheySound(wordsSince111, nameWordKeyV119);

/** Whether a word was a common word of bodies' names before entity ids version 111. */
export const isCommonNameWordV110 = commonButThese(wordsSince111, isCommonNameWordV119);

/** Words a name's key reads as they sound before entity ids version 110: the English "CEC". */
const wordsSince110: ReadonlySet<string> = new Set(
  shortNameRows(contractedSince110, []).map(([name]) => name),
);

/** The key of one word of an unknown name before entity ids version 110 (see wordsSince110). */
export const nameWordKeyV109 = keyedAsTheySound(wordsSince110, nameWordKeyV110);

/** Whether a word was a common word of bodies' names before entity ids version 110. */
export const isCommonNameWordV109 = commonButThese(wordsSince110, isCommonNameWordV110);

/**
 * Words a name's key reads as they sound before entity ids version 107, and not as common words: the
 * words translated since, an English word among them that no word translated before (and its plural),
 * and "specialised".
 */
const englishBefore107: ReadonlySet<string> = new Set(
  pairsOf(translatedTables.slice(0, translatedTables.indexOf(translatedSince107)).join(';')).map(
    ([, en]) => en,
  ),
);
const englishSince107: ReadonlySet<string> = new Set(
  pairsOf(translatedSince107)
    .map(([, en]) => en)
    .filter((en) => !englishBefore107.has(en)),
);
const wordsSince107: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince107).map(([ru]) => ru),
  ...englishSince107,
  ...[...englishPlurals].filter(([, singular]) => englishSince107.has(singular)).map(([plural]) => plural),
  'specialised',
]);

/** The key of one word of an unknown name before entity ids version 107 (see wordsSince107). */
export const nameWordKeyV106 = keyedAsTheySound(wordsSince107, nameWordKeyV109);

/** Whether a word was a common word of bodies' names before entity ids version 107. */
export const isCommonNameWordV106 = commonButThese(wordsSince107, isCommonNameWordV109);

/** Words a name's key reads as they sound before entity ids version 101, and not as common words. */
const wordsSince101: ReadonlySet<string> = new Set(pairsOf(translatedSince101).flat());

/** The key of one word of an unknown name before entity ids version 101 (see wordsSince101). */
export const nameWordKeyV100 = keyedAsTheySound(wordsSince101, nameWordKeyV106);

/** Whether a word was a common word of bodies' names before entity ids version 101. */
export const isCommonNameWordV100 = commonButThese(wordsSince101, isCommonNameWordV106);

/** Words a name's key reads as they sound before entity ids version 97, and not as common words. */
const wordsSince97: ReadonlySet<string> = new Set([
  ...pairsOf(translatedSince97).flat(),
  'presidents',
  'presidential',
]);

/** The key of one word of an unknown name before entity ids version 97 (see wordsSince97). */
export const nameWordKeyV96 = keyedAsTheySound(wordsSince97, nameWordKeyV100);

/** Whether a word was a common word of bodies' names before entity ids version 97. */
export const isCommonNameWordV96 = commonButThese(wordsSince97, isCommonNameWordV100);

/** Words a name's key reads as they sound before entity ids version 91: the Central Election Commission's. */
const wordsSince91: ReadonlySet<string> = new Set(shortNameRows(contractedSince91, []).map(([name]) => name));

/** The key of one word of an unknown name before entity ids version 91 ("Центризбирком", "ЦИК" as they sound). */
export const nameWordKeyV90 = keyedAsTheySound(wordsSince91, nameWordKeyV96);

/** Whether a word was a common word of bodies' names before entity ids version 91. */
export const isCommonNameWordV90 = commonButThese(wordsSince91, isCommonNameWordV96);

/** The key of one word of an unknown name before entity ids version 87 (see wordsSince87). */
export const nameWordKeyV86 = keyedAsTheySound(wordsSince87, nameWordKeyV90);

/** Whether a word was a common word of bodies' names before entity ids version 87. */
export const isCommonNameWordV86 = commonButThese(wordsSince87, isCommonNameWordV90);

/** Words a name's key reads as they sound before entity ids version 84, and not as common words: contracted names. */
const wordsSince84: ReadonlySet<string> = new Set(
  shortNameRows(contracted, [])
    .map(([name]) => name)
    .filter((name) => !wordsSince91.has(name) && !wordsSince110.has(name) && !wordsSince146.has(name)),
);

/** The key of one word of an unknown name before entity ids version 84 (see wordsSince84). */
export const nameWordKeyV83 = keyedAsTheySound(wordsSince84, nameWordKeyV86);

/** Whether a word was a common word of bodies' names before entity ids version 84. */
export const isCommonNameWordV83 = commonButThese(wordsSince84, isCommonNameWordV86);

/** The key of one word of an unknown name before entity ids version 70 (see wordsSince70). */
export const nameWordKeyV69 = keyedAsTheySound(wordsSince70, nameWordKeyV83);

/** Whether a word was a common word of bodies' names before entity ids version 70. */
export const isCommonNameWordV69 = commonButThese(wordsSince70, isCommonNameWordV83);

/** The key of one word of an unknown name before entity ids version 69 (see wordsSince69). */
export const nameWordKeyV68 = keyedAsTheySound(wordsSince69, nameWordKeyV69);

/** Whether a word was a common word of bodies' names before entity ids version 69. */
export const isCommonNameWordV68 = commonButThese(wordsSince69, isCommonNameWordV69);

/** The key of one word of an unknown name before entity ids version 60 (see wordsSince60). */
export const nameWordKeyV59 = keyedAsTheySound(wordsSince60, nameWordKeyV68);

/** Whether a word was a common word of bodies' names before entity ids version 60. */
export const isCommonNameWordV59 = commonButThese(wordsSince60, isCommonNameWordV68);

/** The key of one word of an unknown name before entity ids version 57 (see wordsSince57). */
export const nameWordKeyV56 = keyedAsTheySound(wordsSince57, nameWordKeyV59);

/** Whether a word was a common word of bodies' names before entity ids version 57. */
export const isCommonNameWordV56 = commonButThese(wordsSince57, isCommonNameWordV59);
