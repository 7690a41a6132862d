import { indexKey } from './index-key';
import { officeOf, roleOf, type Role } from './roles';

/** A person named in the text: a run of capitalised words that ends in a name. */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  /** The name as written here ("Kassym-Jomart Tokayev", "Tokayev"). */
  readonly name: string;
  /** Folded last word, to match "Tokayev" with "Kassym-Jomart Tokayev". */
  readonly surname: string;
  /** The office the text gives this person here ("Kazakh President …", "…, Президент Республики Казахстан"). */
  readonly role: Role | null;
  /** The mention opens its sentence (after any office words): the person is what the sentence is about. */
  readonly subject: boolean;
}

/**
 * Capitalised words that are not names even when they stand next to one: honorifics, offices,
 * organisation words, and the places and demonyms that precede names in this news domain.
 */
const notNames = new Set(
  (
    'the a an of and for in on at to by with from during earlier also however but this that there these ' +
    'those it its he she we they our his her their mr mrs ms dr prof sir madam mister ' +
    'president prime minister pm premier head state chairman chairwoman chair director general deputy ' +
    'vice ambassador secretary spokesman spokeswoman spokesperson governor mayor akim senator speaker ' +
    'chancellor king queen prince emir chief executive ceo commander leader adviser advisor envoy ' +
    'foreign affairs agency government ministry council committee office union economic forum bank fund ' +
    'company corporation organization organisation university institute assembly parliament party ' +
    'national international republic federation pjsc jsc llp llc ltd plc inc corp group press service ' +
    'cooperation interregional development strategic planning reforms initiatives security trade ' +
    'investment industry energy summit conference day days week news report center centre department ' +
    'police court commission service services authority administration house senate congress ' +
    'kazakh kazakhstan kazakhstani russia russian tatar tatarstan uzbek uzbekistan kyrgyz kyrgyzstan ' +
    'tajik tajikistan turkmen turkmenistan belarus belarusian ukraine ukrainian china chinese mongolia ' +
    'azerbaijan armenia georgia turkey iran afghanistan india japan korea germany france britain ' +
    'american european eurasian asian soviet moscow astana almaty kazan nur-sultan kremlin akorda ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december today yesterday tomorrow ' +
    'президент премьер-министр премьер министр глава председатель директор посол губернатор аким мэр ' +
    'господин госпожа первый республики республика федерации федерацией правительства государства ' +
    'then now meanwhile thus still so yet later finally besides moreover furthermore instead here when ' +
    'while after before since as if although though because what why how who where all both each some ' +
    'many most other such according speaking asked following ' +
    'в во на и с по о об от для при из за до также однако кроме ранее затем теперь сейчас тогда здесь там ' +
    'это этот эта эти как когда где все вместе между после перед по словам'
  ).split(' '),
);
/** Russian forms of the place words above, by stem, as they inflect. */
const notNameStems = [
  'казахстан',
  'росси',
  'татарстан',
  'узбекистан',
  'кыргызстан',
  'киргиз',
  'таджикистан',
  'туркменистан',
  'беларус',
  'белорус',
  'украин',
  'китай',
  'москв',
  'астан',
  'алмат',
  'казан',
  'нур-султан',
  'евразийск',
  'федерац',
  'республик',
  'правительств',
  'министерств',
  'акорд',
  'кремл',
  'остров',
  'област',
  'район',
  'город',
  'улиц',
  'площад',
  'церк',
  'русск',
  'православн',
  'государствен',
  'национальн',
  'международн',
];

export function isNotName(word: string): boolean {
  // A possessive modifies what follows ("Liverpool's Daniel Sturridge", "World Vision's staff").
  if (/[’']s$/.test(word)) return true;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (notNames.has(lower)) return true;
  if (!/^[а-яё]/.test(lower)) return false;
  // Oblique adjective forms ("Русской", "Московского") qualify a noun; surnames in -ский speak in the nominative.
  return (
    /(?:ской|ского|скую|ском|ских|скими|ским)$/.test(lower) ||
    notNameStems.some((stem) => lower.startsWith(stem))
  );
}

const wordRe = /(?<![\p{L}\p{M}\p{N}’'-])\p{Lu}\p{Ll}[\p{L}\p{M}’'-]*/gu;

/** Person mentions in document order. Needs at least two name words, or one already seen in full. */
export function findPeople(text: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  const fullSurnames = new Set<string>();
  /** First letters of the given names each surname came with, to catch "Соседи Обамы" after "Барак Обама". */
  const givenNames = new Map<string, Set<string>>();
  let previousEnd = 0;
  for (const run of capitalisedRuns(text)) {
    if (isTitleCaseSentence(text, run)) continue;
    let first = run.length;
    while (first > 0 && !isNotName(run[first - 1]?.word ?? '')) first--;
    // A sentence's first word is capitalised whatever it is ("Семья Обамы", "Выступление Мадонны"):
    // it is not part of a name when the text also writes it in lower case, it has a noun's suffix, or
    // the surname after it already came with another given name.
    const opener = run[first];
    const closing = run[run.length - 1];
    if (first === 0 && opener !== undefined && closing !== undefined && startsSentence(text, opener.start)) {
      const lower = opener.word.toLowerCase();
      const known = givenNames.get(surnameKey(indexKey(closing.word)));
      const stranger = run.length === 2 && known !== undefined && !known.has(lower.slice(0, 4));
      if (stranger || commonNounSuffix.test(lower) || hasLowerCase(text, lower)) first = 1;
    }
    const nameWords = run.slice(Math.max(first, run.length - 3));
    const head = nameWords[0];
    const last = nameWords[nameWords.length - 1];
    if (head === undefined || last === undefined) continue;
    const surname = indexKey(last.word);
    if (nameWords.length === 1 && !fullSurnames.has(surnameKey(surname))) continue;
    if (nameWords.length > 1) {
      fullSurnames.add(surnameKey(surname));
      const given = givenNames.get(surnameKey(surname)) ?? new Set<string>();
      given.add(head.word.toLowerCase().slice(0, 4));
      givenNames.set(surnameKey(surname), given);
    }
    const name = text.slice(head.start, last.end);
    const context = `${contextBefore(text, Math.max(previousEnd, head.start - 160), head.start)} ${contextAfter(text, last.end)}`;
    const subject = run[0] !== undefined && startsSentence(text, run[0].start);
    mentions.push({ start: head.start, end: last.end, name, surname, role: roleOf(context), subject });
    previousEnd = last.end;
  }
  return mentions;
}

/** "It Is Very Bad." — a headline in title case names nobody by its capitals. */
function isTitleCaseSentence(text: string, run: readonly RunWord[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (run.length < 3 || first === undefined || last === undefined || !startsSentence(text, first.start))
    return false;
  return /^\s*(?:[.!?:]|\n|$)/u.test(text.slice(last.end, last.end + 3));
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return at === 0 || /(?:^|[.!?…\n])[\s«“"'‘(—–-]*$/u.test(before);
}

/** Russian and English noun endings that given names do not have. */
const commonNounSuffix = /(?:ние|тие|ство|ость|ция|тель|ник|щик|чик|tion|ment|ness|ship)$/u;

const isLetter = (char: string): boolean => char !== '' && char.toLowerCase() !== char.toUpperCase();

/** Whether the text also writes `word` (in lower case) as a whole word somewhere. */
function hasLowerCase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text.charAt(at - 1)) && !isLetter(text.charAt(at + word.length))) return true;
  }
  return false;
}

/**
 * One key for the case forms of a surname: Токаев, Токаева, Токаеву, Токаевым → "токаев";
 * Обама, Обамы → "обам". Latin surnames do not inflect and stay as they are.
 */
export function surnameKey(surname: string): string {
  return /[а-яё]/.test(surname) && surname.length >= 4
    ? surname.replace(/(?:ым|ом|ой|ою|ей|ая|ую|а|у|е|ы|я|ю)$/, '')
    : surname;
}

export function sameSurname(a: string, b: string): boolean {
  return a === b || surnameKey(a) === surnameKey(b);
}

interface RunWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Runs of capitalised words separated by single spaces only: a comma, a period or a lower-case word ends a run. */
function* capitalisedRuns(text: string): Generator<RunWord[]> {
  let run: RunWord[] = [];
  for (const m of text.matchAll(wordRe)) {
    const word = m[0].replace(/[’'-]+$/, '');
    const previous = run[run.length - 1];
    if (
      previous !== undefined &&
      !(m.index - previous.end === 1 && /[ \u00A0]/.test(text.charAt(previous.end)))
    ) {
      yield run;
      run = [];
    }
    run.push({ word, start: m.index, end: m.index + word.length });
  }
  if (run.length > 0) yield run;
}

/** Lower-case words that may sit inside an office phrase: "Minister of Foreign Affairs of", "глава правительства". */
const officeGlue = new Set(
  (
    'of the for and foreign affairs general state government deputy vice first acting ' +
    'иностранных дел правительства государства республики республика первый заместитель вице'
  ).split(' '),
);

/**
 * The words just before a name that can describe it: capitalised words, office words and their glue,
 * back to the previous person or the start of the clause.
 */
function contextBefore(text: string, from: number, start: number): string {
  const clause =
    text
      .slice(from, start)
      .split(/[,.;:!?()«»“”"\n]/)
      .pop() ?? '';
  const words = clause.trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 12; i--) {
    const word = words[i] ?? '';
    const ok = /^\p{Lu}/u.test(word) || officeGlue.has(word.toLowerCase()) || officeOf(word) !== null;
    if (!ok) break;
    kept.unshift(word);
  }
  return kept.join(' ');
}

/** An apposition right after a name: "Касым-Жомарт Токаев, Президент Республики Казахстан". */
function contextAfter(text: string, end: number): string {
  const m = /^,\s*([^,.;:!?\n]{3,80})/u.exec(text.slice(end, end + 90));
  const phrase = m?.[1];
  return phrase !== undefined && officeOf(phrase.split(/\s+/)[0] ?? '') !== null ? phrase : '';
}
