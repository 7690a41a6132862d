import { fold, soundKey } from './text-keys';

/**
 * The words of a name the knowledge base does not know, keyed so that a name and its translation
 * share the keys: "Welsh Parliament" and "Парламент Уэльса", "Senate Judiciary Committee" and
 * "Юридический комитет Сената". A name's own words (Michigan, Мичиган) already sound alike; the
 * common words of bodies are translated, not transliterated, and a people's adjective stands for its
 * place ("Welsh", "валлийский" and "Уэльса" are Wales).
 */

/** Russian words of bodies' names and the English word each one translates (lemmas, folded). */
const translated = `университет university; институт institute; академия academy; колледж college; школа school;
  комитет committee; комиссия commission; совет council; управление department; департамент department;
  министерство ministry; ведомство agency; агентство agency; служба service; бюро bureau; фонд fund;
  полиция police; армия army; флот navy; суд court; трибунал tribunal; прокуратура prosecutor;
  парламент parliament; сенат senate; конгресс congress; ассамблея assembly; собрание assembly;
  палата chamber; кабинет cabinet; правительство government; администрация administration;
  партия party; союз union; альянс alliance; коалиция coalition; движение movement; фронт front;
  лига league; федерация federation; ассоциация association; общество society; организация organization;
  клуб club; команда team; сборная team; группа group; компания company; корпорация corporation;
  банк bank; сеть network; центр center; больница hospital; клиника clinic; музей museum;
  библиотека library; театр theatre; церковь church; посольство embassy; консульство consulate;
  юридический judiciary; судебный judiciary; верховный supreme; конституционный constitutional;
  национальный national; государственный state; штат state; федеральный federal; центральный central;
  международный international; всемирный world; европейский european; королевский royal;
  городской city; город city; детский children; медицинский medical; научный science;
  исследовательский research; технологический technology; демократический democratic;
  республиканский republican; либеральный liberal; консервативный conservative; народный people;
  рабочий labour; зелёный green; иностранный foreign; внутренний internal; оборона defence;
  безопасность security; здравоохранение health; образование education; финансы finance;
  юстиция justice; разведка intelligence; энергетика energy; экономика economy; культура culture;
  транспорт transport; труд labour; просвещение education; чрезвычайный emergency;
  независимый independent; газета gazette; журнал magazine; оркестр orchestra;
  промышленность industry; гражданский civil; свобода liberty; окружной district;
  районный district; профсоюз union; новость news; южный southern; северный northern;
  западный western; восточный eastern; общий general; генеральный general; высший high; высокий high;
  кубок cup; приз prize; премия prize; мемориал memorial; трофей trophy`;

/** The words of ministries' fields translated since entity ids version 56. */
const translatedSince56 = `торговля trade; наука science; строительство construction; экология ecology;
  природный natural; ресурс resource; спорт sport; туризм tourism; цифровой digital; развитие development;
  социальный social; защита protection; информация information; инновация innovation;
  экономический economic; сельскохозяйственный agriculture`;

const pairsOf = (table: string): (readonly [string, string])[] =>
  table.split(';').map((pair) => {
    const [ru = '', en = ''] = pair.trim().split(/\s+/);
    return [fold(ru), en] as const;
  });

/** And since entity ids version 57. */
const translatedSince57 = `интеграция integration; аэрокосмический aerospace; население population`;

/**
 * And since entity ids version 60: "коммерция" and "commerce" are read as trade, since Russian names
 * the Ministry of Commerce and the Department of Commerce "Министерство торговли" as often as
 * "Министерство коммерции".
 */
const translatedSince60 = `коммерция trade`;

/**
 * And since entity ids version 69: "Комитет по международным отношениям" and "Committee on
 * International Relations", "Институт международных отношений" and "Institute of International Relations".
 */
const translatedSince69 = `отношение relations`;

/**
 * And since entity ids version 87: the words of the region's services, commissions and funds
 * ("Таможенная служба" and "Customs Service", "Центральная избирательная комиссия" and "Central
 * Election Commission", "Бюро национальной статистики" and "Bureau of National Statistics").
 */
const translatedSince87 = `избирательный election; пограничный border; таможенный customs; налоговый tax;
  счётный accounts; статистика statistics; финансовый financial; вооружённый armed; сила force;
  пенсионный pension; накопительный accumulative; следственный investigative;
  миграционный migration; инвестиционный investment; фондовый stock; биржа exchange;
  связь communications; регулирование regulation; рынок market; стратегический strategic;
  планирование planning; реформа reform; антимонопольный antimonopoly; военный military`;

/**
 * And since entity ids version 97: "Администрация Президента" and "Presidential Administration" (the
 * English adjective is spelled as the noun, below).
 */
const translatedSince97 = `президент president`;

/**
 * And since entity ids version 101: the councils and commissions of two states or governments
 * ("Межправительственная комиссия" and "Intergovernmental Commission", "Высший межгосударственный
 * совет" and "Supreme Interstate Council").
 */
const translatedSince101 = `межгосударственный interstate; межправительственный intergovernmental`;

const englishOfRussian: ReadonlyMap<string, string> = new Map(
  pairsOf(
    `${translated}; ${translatedSince56}; ${translatedSince57}; ${translatedSince60}; ${translatedSince69}; ${translatedSince87}; ${translatedSince97}; ${translatedSince101}`,
  ),
);

const englishWords: ReadonlySet<string> = new Set(englishOfRussian.values());

/** The English plurals of the words the list translates, and the singulars: "schools", "industries". */
const englishPlurals: ReadonlyMap<string, string> = new Map(
  [...englishWords].flatMap((w) => [
    [`${w}s`, w] as const,
    ...(/[^aeiou]y$/.test(w) ? [[`${w.slice(0, -1)}ies`, w] as const] : []),
  ]),
);

/** English spellings of one word: the British and the American. */
const englishSpelling: ReadonlyMap<string, string> = new Map([
  ['organisation', 'organization'],
  ['centre', 'center'],
  ['defense', 'defence'],
  ['labor', 'labour'],
  ['theater', 'theatre'],
  ['children’s', 'children'],
  ["children's", 'children'],
  ['interior', 'internal'],
  ['emergencies', 'emergency'],
  ['agricultural', 'agriculture'],
  // (since entity ids version 57: "Ministry of Healthcare" is the Ministry of Health, Минздрав;
  // "Enlightenment" is "просвещение", Минпросвещения; "Environment" is "экология", Минприроды's)
  ['healthcare', 'health'],
  ['enlightenment', 'education'],
  ['higher', 'high'],
  ['environment', 'ecology'],
  ['commerce', 'trade'],
  // (since entity ids version 97)
  ['presidential', 'president'],
]);

/**
 * A ministry's short names and the English words of its full one: "МИД" is "Министерство иностранных
 * дел" and the Foreign Ministry, "Минобороны" the Defence Ministry, "Минпромторг" the Ministry of
 * Industry and Trade.
 */
const shortNames = `мид mfa: foreign; мвд: internal; минобороны: defence; минфин: finance; минюст: justice;
  минздрав: health; минобразования минпросвещения: education; минэнерго: energy; минэкономики: economy;
  минкультуры: culture; минтранс: transport; минтруд: labour; мчс: emergency`;
const shortNamesSince56 = `минсельхоз: agriculture; минпромторг: industry trade; минцифры: digital development;
  минприроды: natural resource; минэкономразвития: economic development; минспорт: sport;
  минобрнауки: science high education; мнэ: national economy`;
/** Since entity ids version 57: the lemmas the dictionary gives some of them ("Минцифры": минцифра). */
const shortNamesSince57 = `минпросвещение: education; минцифра: digital development; минприрода: natural resource;
  минобрнаука: science high education`;
/** Rows of "names: English words" read into pairs, each name with the words and then `tail` (a ministry's). */
const shortNameRows = (
  table: string,
  tail: readonly string[] = ['ministry'],
): (readonly [string, readonly string[]])[] =>
  table.split(';').flatMap((row) => {
    const [names = '', fields = ''] = row.split(':');
    const field = fields.trim().split(/\s+/);
    return names
      .trim()
      .split(/\s+/)
      .map((w) => [w, [...field, ...tail]] as const);
  });
const shortBodyNames: ReadonlyMap<string, readonly string[]> = new Map(
  shortNameRows(`${shortNames}; ${shortNamesSince56}; ${shortNamesSince57}`),
);

/**
 * Since entity ids version 91, the Central Election Commission's contracted name and its abbreviation,
 * which every country's commission has: "Центризбирком", "ЦИК".
 */
const contractedSince91 = `центризбирком цик: central election commission`;

/**
 * Since entity ids version 84, bodies' contracted Russian names read as the English words of their full
 * ones: "Центробанк" is the Central Bank, as "Центральный банк" is; "Нацбанк" the National Bank.
 */
const contractedNames: ReadonlyMap<string, readonly string[]> = new Map(
  shortNameRows(
    `центробанк: central bank; нацбанк: national bank; нацгвардия: national guard; совбез: security council;
    генпрокуратура: general prosecutor; госсовет: state council; погранслужба: border service;
    избирком: election commission; ${contractedSince91}`,
    [],
  ),
);

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

/** Adjectives of Central Asia's peoples and their neighbours, read as their places since entity ids version 56. */
const adjectivesSince56 = `казахский kazakhstan; кыргызский kyrgyzstan; tajik tajikistani таджикский tajikistan;
  turkmen туркменский turkmenistan; azerbaijani азербайджанский azerbaijan; mongolian монгольский mongolia`;

/**
 * A people's adjective, English or Russian, and its place as the other language names it: the place's
 * own sound is the key ("Welsh" and "уэльский" sound as "Уэльс" does). A Russian place whose name
 * sounds unlike the English (Шотландия, Германия) is listed with its adjectives.
 */
const peopleRows: readonly (readonly string[])[] =
  `welsh валлийский уэльский wales; scottish шотландский шотландия scotland; english английский англия england;
  british британский великобритания britain; irish ирландский ireland; american американский america;
  french французский франция france; german немецкий германия germany; italian итальянский italy; spanish испанский spain;
  chinese китайский китай china; japanese японский япония japan; korean корейский korea; indian индийский india;
  mexican мексиканский mexico; canadian канадский canada; australian австралийский австралия australia;
  russian российский russia; ukrainian украинский ukraine; kazakh казахстанский kazakhstan;
  turkish турецкий турция turkey; polish польский польша poland; dutch нидерландский голландский нидерланды голландия netherlands;
  swedish шведский швеция sweden; norwegian норвежский норвегия norway; danish датский дания denmark;
  finnish финский финляндия finland;
  greek греческий греция greece; israeli израильский israel; iranian иранский iran; iraqi иракский iraq;
  syrian сирийский syria; egyptian египетский egypt; brazilian бразильский brazil;
  indonesian индонезийский indonesia; pakistani пакистанский pakistan; afghan афганский afghanistan;
  european европейский европа europe; african африканский africa; asian азиатский asia;
  belgian бельгийский бельгия belgium; austrian австрийский австрия austria;
  swiss швейцарский швейцария switzerland;
  portuguese португальский portugal; argentine аргентинский argentina; nigerian нигерийский nigeria;
  georgian грузинский грузия georgia; armenian армянский armenia; uzbek узбекский uzbekistan;
  kyrgyz киргизский киргизия kyrgyzstan; belarusian белорусский belarus; saudi саудовский saudi;
  ${adjectivesSince56}`
    .split(';')
    .map((row) => row.trim().split(/\s+/));

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

/** Words a name's key leaves out in either language. */
const joiners: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  '&',
  'и',
  'по',
  'при',
  'для',
]);
/** Joining words since entity ids version 56: "Колледж в Ньянгези" is the College in Nyangezi. */
const joinersSince56: ReadonlySet<string> = new Set(['в', 'во', 'на']);

/** A word that only joins a name's others ("of", "и"). */
export const isJoiningWord = (word: string): boolean =>
  joiners.has(fold(word)) || joinersSince56.has(fold(word));

/** The English word for a word of a name: translated, singular and spelled one way. */
function inEnglish(word: string): string {
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
 * A common word of bodies' names or a people's adjective, which languages translate and reorder (the
 * joining words, keyed '', are left out before this is asked).
 */
export function isCommonNameWord(word: string): boolean {
  const folded = fold(word);
  if (shortBodyNames.has(folded) || contractedNames.has(folded) || fieldWords.has(folded)) return true;
  const english = inEnglish(word);
  return english !== folded || englishWords.has(english);
}

/**
 * The key of one word of an unknown name; '' for a word that names nothing by itself, and the keys of
 * a ministry's words, joined by dots, for its short name, and of a body's full name for its contracted
 * one ("Нацбанк").
 */
export function nameWordKey(word: string, key: (text: string) => string = soundKey): string {
  const w = fold(word);
  if (fieldWords.has(w)) return '';
  const full = shortBodyNames.get(w) ?? contractedNames.get(w);
  return full ? full.map((f) => key(f)).join('.') : nameWordKeyV54(word, key);
}

/** The key of one word of an unknown name before entity ids version 55, which kept "affairs" and "МИД" whole. */
export function nameWordKeyV54(word: string, key: (text: string) => string = soundKey): string {
  return landformWords.has(fold(word)) ? '' : nameWordKeyV41(word, key);
}

/** The key of one word of an unknown name before entity ids version 42, which kept a landform's word. */
export function nameWordKeyV41(word: string, key: (text: string) => string = soundKey): string {
  return isJoiningWord(word) ? '' : key(inEnglish(word));
}

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
  (since: ReadonlySet<string>, later: WordKey): WordKey =>
  (word, key = soundKey) =>
    since.has(fold(word)) ? key(fold(word)) : later(word, key);

/** Whether a word was a common word of bodies' names before a version that reads these words otherwise: not these. */
const commonButThese =
  (since: ReadonlySet<string>, later: (word: string) => boolean) =>
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

/** Words a name's key reads as they sound before entity ids version 101, and not as common words. */
const wordsSince101: ReadonlySet<string> = new Set(pairsOf(translatedSince101).flat());

/** The key of one word of an unknown name before entity ids version 101 (see wordsSince101). */
export const nameWordKeyV100 = keyedAsTheySound(wordsSince101, nameWordKey);

/** Whether a word was a common word of bodies' names before entity ids version 101. */
export const isCommonNameWordV100 = commonButThese(wordsSince101, isCommonNameWord);

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
  [...contractedNames.keys()].filter((name) => !wordsSince91.has(name)),
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
