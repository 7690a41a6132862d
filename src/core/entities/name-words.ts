import {
  contracted,
  englishSpelling,
  joiners,
  joinersSince56,
  pairsOf,
  peopleRows,
  shortNameRows,
  shortNames,
  shortNamesSince56,
  shortNamesSince57,
  shortNamesSince146,
  translatedTables,
} from './name-word-tables';
import { fold, soundKey } from './text-keys';

/**
 * The words of a name the knowledge base does not know, keyed so that a name and its translation
 * share the keys: "Welsh Parliament" and "Парламент Уэльса", "Senate Judiciary Committee" and
 * "Юридический комитет Сената". A name's own words (Michigan, Мичиган) already sound alike; the
 * common words of bodies are translated, not transliterated, and a people's adjective stands for its
 * place ("Welsh", "валлийский" and "Уэльса" are Wales).
 */

const englishOfRussian: ReadonlyMap<string, string> = new Map(pairsOf(translatedTables.join(';')));

const englishWords: ReadonlySet<string> = new Set(englishOfRussian.values());

/** The English plurals of the words the list translates, and the singulars: "schools", "industries". */
export const englishPlurals: ReadonlyMap<string, string> = new Map(
  [...englishWords].flatMap((w) => [
    [`${w}s`, w] as const,
    ...(/[^aeiou]y$/.test(w) ? [[`${w.slice(0, -1)}ies`, w] as const] : []),
  ]),
);

/** A ministry's short names and the English words of its full one, then "ministry" ("МИД": foreign ministry). */
const shortBodyNames: ReadonlyMap<string, readonly string[]> = new Map(
  shortNameRows(`${shortNames}; ${shortNamesSince56}; ${shortNamesSince57}; ${shortNamesSince146}`),
);

/** Bodies' contracted Russian names and the English words of their full ones ("Нацбанк": national bank). */
const contractedNames: ReadonlyMap<string, readonly string[]> = new Map(shortNameRows(contracted, []));

/** The English words of a body's contracted Russian name ("Нацбанк": national bank), if it is one. */
export const contractedNameWords = (word: string): readonly string[] | undefined =>
  contractedNames.get(fold(word));

/** The English word a Russian word of bodies' names translates ("министерство": ministry), if the list holds it. */
export const englishOfWord = (word: string): string | undefined => englishOfRussian.get(fold(word));

/** The English words of the field a ministry's short name says ("МИД": foreign), if it is one. */
export const shortNameFields = (word: string): readonly string[] | undefined =>
  shortBodyNames.get(fold(word))?.slice(0, -1);

/** Whether a word is a ministry's short name ("МВД", "Минобороны"). */
export const isShortBodyName = (word: string): boolean => shortBodyNames.has(fold(word));

/**
 * Words that say what a ministry's field is in one language only, left out of a name's key since
 * entity ids version 55: "Ministry of Foreign Affairs", "Министерство иностранных дел" and "Foreign
 * Ministry" are one; "Ministry of Emergency Situations" and "Emergencies Ministry"; and, since version
 * 56, "хозяйство", which a field's name has where English has one word ("лесное хозяйство", forestry).
 */
const fieldWords: ReadonlySet<string> = new Set(['дело', 'affairs', 'ситуация', 'situations', 'хозяйство']);

/**
 * "Министерство сельского хозяйства" is the Ministry of Agriculture: two Russian words that name one
 * field, read as its English word (in any case: the words may be a name's lemmas or its text).
 */
export function withFieldPhrases(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w, n) => /^сельск/.test(fold(w)) && /^хозяйств/.test(fold(words[n + 1] ?? '')));
  return at < 0 ? words : [...words.slice(0, at), 'agriculture', ...words.slice(at + 2)];
}

const placeOfAdjective: ReadonlyMap<string, string> = new Map(
  peopleRows.flatMap((words) => words.slice(0, -1).map((w) => [fold(w), words.at(-1) ?? ''] as const)),
);

/** A people's Russian adjective and the English one of its row ("российский": russian), where the row opens with one. */
const englishAdjective: ReadonlyMap<string, string> = new Map(
  peopleRows.flatMap(([english = '', ...rest]) =>
    /^[a-z]+$/.test(english) ? rest.filter((w) => /ий$/.test(w)).map((w) => [fold(w), english] as const) : [],
  ),
);

/** The English adjective of a people's Russian one ("армянский": armenian), if the list holds it. */
export const englishAdjectiveOf = (adjective: string): string | undefined =>
  englishAdjective.get(fold(adjective));

/** The place a people's adjective names, as English names it ("российский": russia), if the list holds it. */
export const placeOfPeople = (adjective: string): string | undefined => placeOfAdjective.get(fold(adjective));

/**
 * The words for a mountain, a lake, a river or a volcano, which English writes in the name ("Mount
 * Everest", "Lake Baikal") and Russian before it in lower case ("гора Эверест", "озера Байкал"): a
 * name's key leaves them out since entity ids version 42.
 */
const landformWords: ReadonlySet<string> = new Set([
  'mount',
  'mt',
  'lake',
  'river',
  'volcano',
  'гора',
  'озеро',
  'река',
  'вулкан',
]);

/** A word that only joins a name's others ("of", "и"). */
export const isJoiningWord = (word: string): boolean =>
  joiners.has(fold(word)) || joinersSince56.has(fold(word));

/** The English word for a word of a name: translated, singular and spelled one way. */
export function inEnglish(word: string): string {
  const w = fold(word);
  // "Schools" is "школа", "Industries" "промышленность": an English plural of a word the list translates
  const singular = englishPlurals.get(w) ?? w;
  const english = englishOfRussian.get(w) ?? englishSpelling.get(singular) ?? singular;
  const place = placeOfAdjective.get(english);
  if (place) return place;
  // "лондонский", "сиракузский": an adjective of a place the list does not hold sounds as its place
  const stem = /^([а-я-]{4,})ский$/.exec(english)?.[1];
  return stem ?? english;
}

/**
 * The stem of a Russian place adjective spelled in Latin letters ("Pervomaisky", "Leninskiy",
 * "Almalinski"), as "Первомайский" sounds without its "-ский" (since entity ids version 147: "Pervomaisky
 * District Court" and "Первомайский районный суд"); undefined for another word.
 */
export function latinAdjectiveStem(word: string): string | undefined {
  return /^([a-z-]{4,})(?:skiy|skyi|skii|sky|ski)$/.exec(fold(word))?.[1];
}

/**
 * A common word of bodies' names or a people's adjective, which languages translate and reorder (the
 * joining words, keyed '', are left out before this is asked).
 */
export function isCommonNameWord(word: string): boolean {
  return isCommonNameWordAsOf(word, true);
}

/** isCommonNameWord, with peoples' adjectives in compounds (version 124 on) or not (before). */
export function isCommonNameWordAsOf(word: string, peoples: boolean): boolean {
  if (peoples && peopleOfCombiningForm(word)) return true;
  return !!translatedParts(word, peoples) || isCommonWholeNameWord(word);
}

/** Whether a word is a common word of bodies' names, read whole ("High-Level" as one word). */
export function isCommonWholeNameWord(word: string): boolean {
  const folded = fold(word);
  if (shortBodyNames.has(folded) || contractedNames.has(folded) || fieldWords.has(folded)) return true;
  const english = inEnglish(word);
  return english !== folded || englishWords.has(english) || !!latinAdjectiveStem(word);
}

/**
 * The key of one word of an unknown name; '' for a word that names nothing by itself, and the keys of
 * a ministry's words, joined by dots, for its short name, and of a body's full name for its contracted
 * one ("Нацбанк").
 */
export function nameWordKey(word: string, key: (text: string) => string = soundKey): string {
  return landformWordsSince144.has(fold(word)) ? '' : nameWordKeyAsOf(word, key, true);
}

/**
 * The words for a pass, a gorge, a peak, a glacier or a canyon, which English writes in the name
 * ("Torugart Pass", "Lenin Peak") and Russian before it in lower case ("перевал Торугарт", "пик
 * Ленина"): a name's key leaves them out since entity ids version 144, as it does landformWords.
 */
export const landformWordsSince144: ReadonlySet<string> = new Set([
  'pass',
  'gorge',
  'peak',
  'glacier',
  'canyon',
  'перевал',
  'ущелье',
  'пик',
  'ледник',
  'каньон',
]);

/** nameWordKey, with peoples' adjectives in compounds (version 124 on) or not (before). */
export function nameWordKeyAsOf(word: string, key: (text: string) => string, peoples: boolean): string {
  const people = peoples ? peopleOfCombiningForm(word) : undefined;
  if (people) return wholeNameWordKey(people, key);
  const parts = translatedParts(word, peoples);
  if (!parts) return wholeNameWordKey(word, key);
  return parts
    .map((part) => wholeNameWordKey(part, key))
    .filter((k) => k !== '')
    .join('.');
}

/**
 * "High-Level", "Kazakh-Chinese": the parts of a hyphenated word when each is a word the list
 * translates (since entity ids version 122) or, with `peoples`, a people's adjective (since 124), which
 * the other language writes as two words ("высокого уровня"); null otherwise ("Anti-Corruption",
 * "Inter-District" are read whole).
 */
function translatedParts(word: string, peoples: boolean): string[] | null {
  const parts = fold(word).split('-');
  const translated = (p: string) => englishWords.has(inEnglish(p)) || (peoples && !!placeOfPeople(p));
  return parts.length > 1 && parts.every((p) => p !== '' && translated(p)) ? parts : null;
}

/**
 * "казахстанско" of "Казахстанско-китайский деловой совет", "американо" of "американо-российский": the
 * first part of a compound of peoples' adjectives, as the adjective ("казахстанский"), which keys as
 * its place, as "Kazakh" of "Kazakh-Chinese Business Council" does; undefined for another word.
 * Since entity ids version 124, as are peoples' adjectives in an English hyphenated word.
 */
export function peopleOfCombiningForm(word: string): string | undefined {
  const w = fold(word);
  if (!/^[а-я]{4,}о$/.test(w)) return undefined;
  return [`${w.slice(0, -1)}ий`, `${w.slice(0, -1)}ский`].find((adjective) => placeOfPeople(adjective));
}

/** The key of one word of an unknown name, read whole ("High-Level" as one word; see nameWordKey). */
export function wholeNameWordKey(word: string, key: (text: string) => string = soundKey): string {
  const w = fold(word);
  if (fieldWords.has(w)) return '';
  const full = shortBodyNames.get(w) ?? contractedNames.get(w);
  return full ? full.map((f) => key(f)).join('.') : nameWordKeyV54(latinAdjectiveStem(word) ?? word, key);
}

/** The key of one word of an unknown name before entity ids version 55, which kept "affairs" and "МИД" whole. */
export function nameWordKeyV54(word: string, key: (text: string) => string = soundKey): string {
  return landformWords.has(fold(word)) ? '' : nameWordKeyV41(word, key);
}

/** The key of one word of an unknown name before entity ids version 42, which kept a landform's word. */
export function nameWordKeyV41(word: string, key: (text: string) => string = soundKey): string {
  return isJoiningWord(word) ? '' : key(inEnglish(word));
}
