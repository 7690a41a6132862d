import { translate, WIKIPEDIA } from 'iuliia';
import { kazakhToRussian, skeletonDigraphs } from '../language/letters';
import { withoutArticle } from './name-particles';

/** iuliia has no Kazakh schema; these are the spellings English-language Kazakh media use. */
const kazakhToLatin: Readonly<Record<string, string>> = {
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

const kazakhLetters = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** Letters `fold` rewrites beyond lower case; most words have none, and take the short way. */
const foldedAway = /[ёЁ’ʼ`әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** The comparison form of a word: lower case, ё → е, Kazakh letters → Russian, one apostrophe. */
export function fold(word: string): string {
  if (!foldedAway.test(word)) return word.toLowerCase();
  const lower = word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
  return lower.replace(kazakhLetters, (c) => kazakhToRussian[c] ?? c);
}

/**
 * A lemma is a comparison key of a word only when it shares the word's first three letters: az guesses
 * lemmas of unknown words by their endings (Холлис → лис, Мажилис → лис), and such a key would link
 * unrelated names.
 */
export function sharesStem(word: string, lemma: string): boolean {
  const w = fold(word);
  const l = fold(lemma);
  const n = Math.min(3, w.length, l.length);
  return w.slice(0, n) === l.slice(0, n);
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}

/** Latin spelling of a Russian or Kazakh name (Wikipedia style, plus a Kazakh table). Latin passes through. */
export function toLatin(text: string): string {
  if (!hasCyrillic(text)) return text;
  const kazakhFree = text.replace(kazakhLetters, (c) => {
    const lower = c.toLowerCase();
    const latin = kazakhToLatin[lower] ?? lower;
    return c === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return translate(kazakhFree, WIKIPEDIA);
}

/** Patterns and what they become, applied in order. */
type Rewrites = readonly (readonly [RegExp, string])[];

const digraphs = skeletonDigraphs;

/**
 * A spelling-independent key: Latin, lower case, digraphs collapsed (zh/j, kh/h), doubled letters
 * single, vowels and y dropped. Токаев, Тоқаев, Tokayev and Tokaev all give "tkv".
 */
export function skeleton(text: string): string {
  const s = latinKey(text);
  return consonantsOf(s);
}

/** A soft g is Дж in an English name (Gerrard, George, Sturridge), and a Г that starts Ге goes with it. */
const softGV6 = [/^g(?=e)|dg(?=e)|ge$/g, 'j'] as const;

/**
 * The soft g since entity ids version 7: before e anywhere (Nigel, Найджел; Rogers, Роджерс), and so
 * Ж in French names (Germaine, Жермен), with a Г there going with them. Not after n, which English
 * names read hard or drop (Springer; Birmingham, Бирмингем), nor after u (Hughes), nor before the ei
 * or ey that renders an English long a (Gail, Гейл; Abigail, Эбигейл).
 */
const softG = [/(?<![nu])g(?=e(?![iy]))|dg(?=e)|ge$/g, 'j'] as const;

/**
 * The Russian У of an English W before a vowel; before entity ids version 137 also before "y" and a
 * consonant.
 */
const uBeforeVowelV136 = [/u(?=[aeioy])/g, 'v'] as const;

/**
 * Since entity ids version 137 a "u" after a vowel, before "y" and a consonant, is a vowel: the Kazakh
 * "уы" that English writes "uy" and "u" alike (Бауыржан, Bauyrzhan, Baurzhan); not the Russian "уй"
 * after a consonant or at the start (Туймебаев and Tuimebayev, Уйгур and Uighur).
 */
const uBeforeVowel = [/u(?=[aeio])|(?<![aeo])u(?=y)|u(?=y(?![b-df-hj-np-tv-z]))/g, 'v'] as const;

/**
 * English spellings and the Russian letters that render them, brought to one form before the skeleton:
 * Croydon/Кройдон, Willoughby/Уиллоуби, Paltrow/Пэлтроу, Smith/Смит, Sturridge/Старридж, Johnson/Джонсон.
 * Applied to both scripts alike, so a rule can only join spellings, never part them.
 */
const englishSpellings: Rewrites = [
  [/^mc/g, 'mk'],
  [/cz/g, 'ch'],
  [/ch(?=r)/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?![hk])/g, 'k'],
  softGV6,
  [/(?<=[ui])gh(?![aeiouy])/g, ''],
  [/(?<=o)h(?=n)/g, ''],
  [/th/g, 't'],
  [/wh|w(?=[aeiouy])/g, 'v'],
  [/(?<=[aeiouy])w/g, ''],
  // the Russian У of an English W (Уильям, Дуэйн, Куин)
  uBeforeVowelV136,
];

/** Spellings of names from other languages, read before the English ones (entity ids version 4). */
const foreignSpellings: Rewrites = [
  // names whose English letters Russian does not follow: Майкл, Грэм
  [/^michael/g, 'maikl'],
  [/^graham/g, 'gram'],
  // a German -stein is -штейн (Rosenstein, Epstein), a German Sch- Ш (Schroeder, Шредер)
  [/stein$/g, 'shtein'],
  [/^sch/g, 'sh'],
  // a Scandinavian j after a first consonant softens it (Bjorn, Бьорн), where an English one is Дж
  // (Benjamin, Sanjay)
  [/^([bfk])j(?=[aeiou])/g, '$1'],
  // a Slavic -vic is -вич (Djokovic, Milosevic)
  [/(?<=vi)c$/g, 'ch'],
];

/** The spellings of entity ids version 6, which the reader's corrections made then still name. */
const spellingsV6 = [...foreignSpellings, ...englishSpellings];

/**
 * Spellings read first since entity ids version 7: letters Russian writes one way where English and
 * the name's own language differ.
 */
const laterSpellings: Rewrites = [
  // a final -ah is silent (Sarah, Сара; Deborah, Дебора; Abdullah, Абдулла), not in Shah
  [/(?<=^[a-z]{3,})ah$/g, 'a'],
  // a German ue is ü, Ю (Mueller, Мюллер; Muenster, Мюнстер)
  [/^([bdfklmnprst])ue(?![aeiouy])/g, '$1u'],
  // -stein is -штейн and -стайн alike (Rosenstein, Розенштейн; Feinstein, Файнстайн)
  [/s(?:h)?t(?:ei|ai|ey)n$/g, 'stn'],
  // Irish Sean is Шон
  [/^sean$/g, 'shon'],
];

/**
 * Spellings read first since entity ids version 50, where English writes one letter two ways and
 * Russian follows the sound.
 */
const spellingsV50: Rewrites = [
  // a gh before e is a hard g, as Russian writes it (Gallagher, Галлагер; Ghent, Гент)
  [/gh(?=e)/g, 'g'],
  // a gi that starts a name before another vowel is Дж (Giants, Джайантс; Gianni, Джанни), not in
  // Spanish (Sergio, Серхио)
  [/^g(?=i[aou])/g, 'j'],
  // th between a vowel and -er is З (Heather, Хезер; Rutherford, Резерфорд), not in Catherine
  [/(?<=[aeiou])th(?=er(?!in))/g, 'z'],
  // since version 51: a qu inside a name before e or i is К, as in Spanish and French (Velasquez,
  // Веласкес; Junqueras, Жункерас), where one that starts it is English (Quentin, Квентин); an
  // Albanian Xh is Дж (Xherdan, Джердан)
  [/(?<=.)qu(?=[ei])/g, 'k'],
  [/^xh/g, 'j'],
];

const allSpellings = [
  ...laterSpellings,
  ...foreignSpellings,
  ...englishSpellings.map((rule) => (rule === softGV6 ? softG : rule)),
];

/** Letters one key since version 7: s and z, h, г and х, and v and f (Vettel, Феттель). */
const mergedLetters: Rewrites = [
  [/z/g, 's'],
  [/h/g, 'g'],
  [/v/g, 'f'],
];
const mergedLettersV6 = mergedLetters.slice(0, 2);

/** A j after n is g since version 50: English reads its nge both ways (Angeles, Анджелес; Springer). */
const nextToN = [/(?<=n)j/g, 'g'] as const;

/**
 * Spellings read first since entity ids version 151, where Russian follows a name's sound or its own
 * language's letters.
 */
const spellingsV151: Rewrites = [
  // a w after a vowel before a silent e is a vowel (Rowe, Роу; Lowe, Лоу)
  [/(?<=[aeiou])we$/g, ''],
  // a -ghes after u is -с (Hughes, Хьюз)
  [/(?<=u)ghe(?=s$)/g, ''],
  // -ssion is -шн (Sessions, Сешнс)
  [/(?<=[aeiou])ssi(?=on)/g, 'sh'],
  // a gu before e or a lone y is a hard g (Guy, Гай; Guevara, Гевара; Guerrero, Герреро)
  [/^gu(?=e|y$)/g, 'g'],
  // Spanish given names with a J read Х (Juan, Хуан; José, Хосе; Jorge, Хорхе)
  [/^jorge$/g, 'khorkhe'],
  [/^j(?=uan$|ose$|avier$|ulio$|oaquin$|aime$)/g, 'kh'],
  // a Macedonian Gj is Г or Дж (Gjorge, Георге); a Slavic ij before e is ие (Georgijevska, Георгиевская)
  [/^gj/g, 'j'],
  [/(?<=i)j(?=e)/g, 'y'],
];

/** A sound key's rewrites in the order they apply: spellings, digraphs, then letters merged. */
const rulesV136: Rewrites = [...spellingsV50, ...allSpellings, ...digraphs, ...mergedLetters, nextToN];
const rulesV150: Rewrites = rulesV136.map((rule) => (rule === uBeforeVowelV136 ? uBeforeVowel : rule));
const currentRules: Rewrites = [...spellingsV151, ...rulesV150];
const rulesV49: Rewrites = [...allSpellings, ...digraphs, ...mergedLetters];
const rulesV6: Rewrites = [...spellingsV6, ...digraphs, ...mergedLettersV6];
const formerRules: Rewrites = [...englishSpellings, ...digraphs, ...mergedLettersV6];

/**
 * The key of a name the knowledge base does not know, the same in an English text and in its Russian
 * translation: the skeleton, after English spellings are brought to the letters Russian writes for them,
 * with s and z one letter (Giles, Гайлз), and h, г and х one (Hans, Ганс; Hummel, Хаммел). Coarser
 * than `skeleton`, so it only names unknown names, which the reader links within a corpus; the
 * knowledge base is looked up by the skeleton.
 */
export function soundKey(text: string, surname = false): string {
  return soundKeyWith(currentRules, text, surname);
}

/** The sound key of entity ids versions 137 to 150, before the spellings of spellingsV151. */
export function soundKeyV150(text: string, surname = false): string {
  return soundKeyWith(rulesV150, text, surname);
}

/** The sound key of entity ids versions 116 to 136, with a Kazakh "уы" read as "вы" (see uBeforeVowel). */
export function soundKeyV136(text: string, surname = false): string {
  return soundKeyWith(rulesV136, text, surname);
}

/**
 * Since entity ids version 116 the article of an Arab name, hyphenated before it, is no part of its key,
 * as a name's particles written apart are not: Russian writes it as it sounds before the letter after it
 * ("Ас-Сабах", "ад-Дин", "Эр-Рияд"), English mostly as "Al-" ("Al-Sabah"), and either may leave it out.
 * A surname's last "х" after "а" is the Arabic "h" that English writes and drops from the key too
 * ("Сабах", "Sabah"; "Фаттах", "Fattah").
 */
function soundKeyWith(rules: Rewrites, text: string, surname: boolean): string {
  const bare = withoutArticle(text);
  return soundKeyOf(rules, surname ? bare.replace(/(?<=[ая])х$/u, '') : bare, surname);
}

/** The sound key of entity ids versions 54 to 115, before an Arab name's article was left out. */
export function soundKeyV115(text: string, surname = false): string {
  return soundKeyOf(rulesV136, text, surname);
}

function soundKeyOf(rules: Rewrites, text: string, surname: boolean): string {
  const sounded = polish(markedLetters.test(text) ? soundMarkedLetters(text) : text);
  return soundKeyAfter(surname ? slavicSurname(sounded) : sounded, rules);
}

/** The sound key of entity ids versions 50 to 53, before marked letters and Slavic surnames were read. */
export function soundKeyV53(text: string): string {
  return soundKeyAfter(text, rulesV136);
}

/**
 * Since entity ids version 54, letters with a mark are read as the sound Russian writes for them where
 * the bare letter would give another: Czech, Croatian and Serbian š, č, ć, ž, ř and đ (Škoda, Шкода;
 * Dvořák, Дворжак; Đoković, Джокович), Turkish, Azerbaijani and Romanian ş and ţ, Polish ł (Łukasz,
 * Лукаш), German ß.
 */
const markedLetters = /[šşșčćžřđłıţțßçŠŞȘČĆŽŘĐŁŢȚÇ]/;

const markedSounds: Readonly<Record<string, string>> = {
  š: 'sh',
  ş: 'sh',
  ș: 'sh',
  č: 'ch',
  ć: 'ch',
  ž: 'zh',
  ř: 'rzh',
  đ: 'dj',
  ł: 'l',
  ı: 'i',
  ţ: 'ts',
  ț: 'ts',
  ß: 'ss',
};

/**
 * A Polish sz is Ш, rz Ж, w В and j Й (Szumowski, Шумовский; Grzegorz, Гжегож; Lewandowski,
 * Левандовский; Jaroslaw, Ярослав), in a word Polish by its cz, an rz after its first letter, its -sz or its
 * ending (-ski, -ska, -cki, -wicz, -slaw); a German rz is РЦ (Merz, Schwarzenegger), a Hungarian sz С
 * (Szabó, Сабо), an English w after a vowel silent (Bowman, Боумен).
 */
function polish(word: string): string {
  if (!/[sr]z|w/i.test(word)) return word;
  const lower = word.toLowerCase();
  if (!/cz|sz$|^[bcdgkpt]rz|(?:sk|ck|dzk)[ia]$|wicz$|slaw$/.test(lower)) return word;
  return lower.replace(/sz/g, 'sh').replace(/rz/g, 'zh').replace(/w/g, 'v').replace(/j/g, 'y');
}

/**
 * A ç is Ч in Turkish and Azerbaijani (Çavuşoğlu, Чавушоглу; Koç, Коч) and С in French (Alençon,
 * Алансон; Besançon, Безансон): Turkish where it starts or ends the word or the word has another
 * Turkish letter.
 */
function soundMarkedLetters(word: string): string {
  const lower = word.toLowerCase();
  const turkish = /^ç|ç$|[şğı]/.test(lower);
  return lower.replace(/[šşșčćžřđłıţțßç]/g, (c) =>
    c === 'ç' ? (turkish ? 'ch' : 's') : (markedSounds[c] ?? c),
  );
}

/**
 * A Croatian, Serbian or Bosnian surname in -ić written without its marks (Modric, Модрич; Kovacic,
 * Ковачич): its c is Ч wherever it stands, never С or К. Given names in -ic are French or English
 * (Eric, Эрик; Dominic) and keep theirs, as do English words a team's name may end in (Athletic).
 */
function slavicSurname(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z]+[^aeiou]ic$/.test(lower) && !icWords.has(lower) ? lower.replace(/c/g, 'ch') : word;
}

/** Given names in -ic, French or English, and English words in -ic that name teams and bodies. */
const icWords: ReadonlySet<string> = new Set([
  ...['eric', 'cedric', 'frederic', 'dominic', 'ludovic', 'aymeric', 'alaric', 'roderic', 'yannic'],
  ...['athletic', 'celtic', 'atlantic', 'pacific', 'baltic', 'arctic', 'olympic', 'republic'],
  ...['catholic', 'public', 'islamic', 'hispanic', 'titanic', 'classic', 'electric'],
]);

/** The sound key of entity ids versions 7 to 49, which the reader's older corrections name. */
export function soundKeyV49(text: string): string {
  return soundKeyAfter(text, rulesV49);
}

/** The sound key of entity ids versions 4 to 6, which the reader's older corrections name. */
export function soundKeyV6(text: string): string {
  return soundKeyAfter(text, rulesV6);
}

/** The sound key before entity ids version 4. */
export function formerSoundKey(text: string): string {
  return soundKeyAfter(text, formerRules);
}

function soundKeyAfter(text: string, rules: Rewrites): string {
  let s = plainLatin(text);
  for (const [pattern, replacement] of rules) s = s.replace(pattern, replacement);
  return consonantsOf(s.replace(/(.)\1+/g, '$1'));
}

/** A key's consonants, or the key itself where it has none ("Ai"). */
function consonantsOf(key: string): string {
  const consonants = key.replace(/[aeiouy]/g, '');
  return consonants.length > 0 ? consonants : key;
}

function plainLatin(text: string): string {
  return toLatin(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Latin, lower case, digraphs collapsed and doubled letters single: the skeleton before its vowels go. */
export function latinKey(text: string): string {
  let s = plainLatin(text);
  for (const [pattern, replacement] of digraphs) s = s.replace(pattern, replacement);
  return s.replace(/(.)\1+/g, '$1');
}

/** A word with its first letter a capital ("майкл" -> "Майкл"). */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
