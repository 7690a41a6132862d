/**
 * How the reader sees a name the knowledge base does not know, in the card and the entity panel. Its
 * id is built from the lemmas of its words ("министерство оборона армения"), which is no way to write
 * it; the name shown is the text's own, with a Russian name's head put in the nominative:
 * "Министерства обороны Армении" shows as "Министерство обороны Армении".
 */
import type { EntityName, Mention } from '../../shared/entities';
import type { MorphParse, Morphology } from './morphology';
import type { Gazetteer } from './gazetteer';
import { hasCyrillic, soundKey, toLatin } from './text-keys';
import { womansSkySurname } from './russian-names';

const cases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'acc2', 'loc2'];
const numbers = ['sing', 'plur'];
const genders = ['masc', 'femn', 'neut'];

const isAdjective = (p: MorphParse) => p.tags.has('ADJF') || p.tags.has('PRTF');
const grammeme = (p: MorphParse, from: readonly string[]) => from.find((g) => p.tags.has(g));

/** An adjective's reading and a noun's agree: one case, one number and, in the singular, one gender. */
function agree(adjective: MorphParse, noun: MorphParse): boolean {
  const number = grammeme(noun, numbers);
  if (grammeme(adjective, cases) !== grammeme(noun, cases) || grammeme(adjective, numbers) !== number)
    return false;
  return number === 'plur' || grammeme(adjective, genders) === grammeme(noun, genders);
}

const nouns = (parses: readonly MorphParse[]) => parses.filter((p) => p.tags.has('NOUN'));

const plain = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

/** One part of a word as the text has it: capitalised where it was, with "е" where the text writes no "ё". */
function partLikeWritten(form: string, written: string): string {
  const letters = written.includes('ё') || written.includes('Ё') ? form : form.replace(/ё/g, 'е');
  if (written.length > 1 && written === written.toUpperCase()) return letters.toUpperCase();
  return /^\p{Lu}/u.test(written) ? letters.charAt(0).toUpperCase() + letters.slice(1) : letters;
}

/**
 * The inflected form as the text would write it, part by part of a hyphenated word; a first part the
 * dictionary leaves off stays as written ("Северо-Кавказским": "Северо-Кавказский"). Null when the
 * form is another word's ("высшую" gives "высочайшая"): it keeps the written word but for its last
 * `ending` letters (a noun's stem may lose a vowel: "церкви", "церковь").
 */
function likeWritten(form: string, written: string, ending: number): string | null {
  const parts = written.split('-');
  const formed = form.split('-');
  const last = parts.at(-1) ?? '';
  const stem = plain(last).slice(0, Math.max(1, last.length - ending));
  if (!plain(formed.at(-1) ?? '').startsWith(stem)) return null;
  const kept = parts.slice(0, parts.length - formed.length);
  return [...kept, ...formed.map((f, k) => partLikeWritten(f, parts[kept.length + k] ?? ''))].join('-');
}

/** The endings of an adjective's forms. */
const adjectiveEndings =
  /(?:ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ые|ие|ых|их|ый|ий)$/i;

/**
 * The written adjective with the ending of its inflected form, where that form is not the written
 * word's stem and two letters: "-ого" is three ("Межправительственного": "Межправительственный"), and
 * the dictionary may inflect it as another word ("Высшего", a superlative of "высокий", inflects as
 * "высочайший": "Высший"). Null for a hyphenated word or one that ends in no adjective's ending.
 */
function withEndingOf(form: string, written: string): string | null {
  const stem = written.replace(adjectiveEndings, '');
  const ending = adjectiveEndings.exec(form)?.[0];
  if (written.includes('-') || stem === written || !ending) return null;
  return partLikeWritten(stem.toLowerCase() + ending, written);
}

/**
 * A Russian name of a body or a place with its head noun and the adjectives before it in the
 * nominative, the rest as written ("городского совета народных депутатов": "Городской совет народных
 * депутатов"). Null when the morphology cannot inflect, the name does not open with adjectives and a
 * noun, or a form would change the word itself.
 */
export function nominativeName(surface: string, morph: Morphology): string | null {
  if (!morph.inflect) return null;
  const words = [...surface.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)];
  const parses = words.map((w) => morph.parse(w[0]));
  // the adjectives before the head: each agrees with a reading of the word after it
  const agreesOn = (k: number) =>
    (parses[k] ?? []).some(
      (a) =>
        isAdjective(a) &&
        (parses[k + 1] ?? []).some((n) => (n.tags.has('NOUN') || isAdjective(n)) && agree(a, n)),
    );
  let head = 0;
  while (head + 1 < words.length && agreesOn(head)) head++;
  const headParses = nouns(parses[head] ?? []);
  const adjectives = parses.slice(0, head);
  // with no adjective to say, a head that may be singular is ("Академии футбола": the academy's)
  const noun =
    (adjectives.length > 0
      ? headParses.find((n) => adjectives.every((ps) => ps.some((a) => isAdjective(a) && agree(a, n))))
      : headParses.find((n) => n.tags.has('sing'))) ?? headParses[0];
  if (!noun) return null;
  const number = grammeme(noun, numbers) ?? 'sing';
  const gender = grammeme(noun, genders);
  const target = number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', ...(gender ? [gender] : [])];
  const forms: string[] = [];
  for (let k = 0; k <= head; k++) {
    const reading = k === head ? noun : (parses[k] ?? []).find((a) => isAdjective(a) && agree(a, noun));
    const form = reading && morph.inflect(reading, k === head ? ['nomn', number] : target);
    const word = words[k]?.[0] ?? '';
    const written =
      form && (likeWritten(form, word, k === head ? 3 : 2) ?? (k < head ? withEndingOf(form, word) : null));
    if (!written) return null;
    forms.push(written);
  }
  let out = '';
  let at = 0;
  words.slice(0, head + 1).forEach((w, k) => {
    out += surface.slice(at, w.index) + forms[k];
    at = w.index + w[0].length;
  });
  out += surface.slice(at);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * The name of a body or a place that the knowledge base does not know, as the reader sees it: the
 * text's own words, one space between them, a Russian one in the nominative, an acronym in
 * capitals. Null leaves the name built from the words of its id.
 */
export function shownUnknownName(
  surface: string,
  russian: boolean,
  quoted: boolean,
  morph: Morphology,
  besideNoun = false,
): string | null {
  const text = surface.replace(/\s+/g, ' ').trim();
  // one word: its lemma, but an acronym as written ("ГУВД", not "Гувд"), and so is a name in quotes
  // beside a noun for a body, which keeps the nominative whatever the noun's case ("товарищества «Глиссада»")
  if (!text.includes(' ')) {
    if (quoted && besideNoun && russian && /^\p{Lu}\p{Ll}+$/u.test(text)) return text;
    return /\p{Ll}/u.test(text) || text.length < 2 ? null : text;
  }
  // a name in quotes is written in the nominative whatever the case around it: «Народ свободы»
  if (!russian || quoted) return text;
  return nominativeName(text, morph) ?? text;
}

/** The longest beginning that every form shares. */
const commonStem = (forms: readonly string[]): string =>
  forms.reduce((stem, w) => {
    while (!w.startsWith(stem)) stem = stem.slice(0, -1);
    return stem;
  }, forms[0] ?? '');

/**
 * The ending a word has in the nominative, given its forms in one text after their common `stem`: ""
 * for a consonant stem (Моралес: Моралеса, Моралесом), "ь" or "й" for a soft one (Мигель: Мигеля,
 * Мигелю; Андрей: Андрея), "а" for a stem in "-а" (Зума: Зумы, Зуме; Лумумба: Лумумбой). Null when
 * the forms do not tell.
 */
function nominativeEnding(forms: readonly string[], stem: string): string | null {
  if (stem.length < 3) return null;
  const endings = forms.map((w) => w.slice(stem.length));
  const all = (list: readonly string[]) => endings.every((e) => list.includes(e));
  // a consonant stem stands bare in the nominative; a stem in "-а" changes it in every other case,
  // and only its genitive and instrumental tell it from a consonant stem (Зумы, Зумой; Шефера, Шеферу)
  if (all(['', 'а', 'у', 'ом', 'ем', 'е', 'ым'])) return endings.includes('') ? '' : null;
  for (const soft of ['ь', 'й'])
    if (all([soft, 'я', 'ю', 'ем', 'е'])) return endings.includes(soft) ? soft : null;
  const first =
    all(['а', 'ы', 'и', 'е', 'у', 'ой', 'ою']) && endings.some((e) => ['ы', 'и', 'ой', 'ою'].includes(e));
  return first && endings.includes('а') ? 'а' : null;
}

/**
 * "Визит Эво Моралеса … Эво Моралес прибыл", "Мигелю Диас-Канелю … Мигель Диас-Канель": a person the
 * knowledge base lacks, named in several cases in one text, shows under one name, the one whose every
 * word the others extend by a case ending (see nominativeEnding). Null when the names have different
 * words, or when no name is that one.
 */
export function oneShownName<T extends { readonly ru: string | null }>(names: readonly T[]): T | null {
  const ru = [...new Set(names.map((n) => n.ru).filter((n): n is string => !!n))];
  if (ru.length < 2) return null;
  // ("Ковальская … Ковальской": where one form says a surname is a woman's, the forms it shares with a
  // man's, which the dictionary gives as his, show as hers)
  const hers = ru.find((n) => womansSkySurname(n) && ru.some((o) => o !== n && o.replace(/ий$/, 'ая') === n));
  if (hers) return names.find((n) => n.ru === hers) ?? null;
  const split = ru.map((n) => n.split(' '));
  const size = split[0]?.length ?? 0;
  if (split.some((w) => w.length !== size)) return null;
  const nominative: string[] = [];
  for (let k = 0; k < size; k++) {
    const forms = split.map((w) => w[k] ?? '');
    const stem = commonStem(forms);
    // (a word the same in every name is in the nominative already)
    const ending = new Set(forms).size === 1 ? '' : nominativeEnding(forms, stem);
    if (ending === null) return null;
    nominative.push(stem + ending);
  }
  const at = split.findIndex((w) => w.join(' ') === nominative.join(' '));
  return at < 0 ? null : (names.find((n) => n.ru === ru[at]) ?? null);
}

/**
 * "«Каспийский трубопровод» (Caspian Pipeline)", "Брендт Кристенсен (Brendt Christensen)": a Latin
 * original in brackets that shares the id of a name the knowledge base lacks is that name's English;
 * the Russian stays the Russian mention's. By id, with the Russian mention's name it replaces.
 */
export function originalNames(
  text: string,
  mentions: readonly Mention[],
): Map<string, { readonly name: EntityName; readonly russian: EntityName }> {
  const out = new Map<string, { name: EntityName; russian: EntityName }>();
  for (const m of mentions) {
    if (!m.id.startsWith('x:') || hasCyrillic(m.text) || text.charAt(m.start - 1) !== '(' || out.has(m.id))
      continue;
    const russian = mentions.find((o) => o.id === m.id && hasCyrillic(o.text) && o.name.ru)?.name;
    if (russian) out.set(m.id, { name: { ru: russian.ru, en: m.text }, russian });
  }
  return out;
}

/** Connectors of names in other languages written in Latin letters: "Universidad de Barcelona", "Rassemblement pour le Mali". */
const foreignConnectors = new Set('de del des du di la le les pour von der und y e'.split(' '));

/**
 * Whether a body's original keys it as an English report would: two words or more (an acronym is
 * spelled out as often), in plain Latin letters, with no other language's connector ("Universidad de
 * Barcelona" is the University of Barcelona to an English report).
 */
export function keysAsEnglish(original: string): boolean {
  const words = original.split(/\s+/);
  return words.length > 1 && !/[^\x20-\x7e’]/.test(original) && !words.some((w) => foreignConnectors.has(w));
}

/**
 * "Вашингтон Нэшионалс" in English: a Russian body's name that opens with a known city's or region's
 * name as written gets the place's English name, the rest transliterated ("Washington Neshionals",
 * not "Vashington Neshionals"); null when no such place opens it.
 */
export function placeLedEnglish(gazetteer: Gazetteer, surface: string): string | null {
  if (!hasCyrillic(surface)) return null;
  const written = surface.split(/\s+/);
  for (let k = written.length - 1; k >= 1; k--) {
    const russian = written.slice(0, k).join(' ');
    const place = gazetteer.byFullName(russian);
    // (not a country: "Россия сегодня", "Россия К" are names English transliterates whole)
    if (place?.type !== 'LOC' || place.kind === 'country') continue;
    // (the English name that sounds as the Russian does: "Washington", not "Washington, D.C.")
    const key = soundKey(russian);
    const english = [place.names.en, ...(place.aliases.en ?? [])].find((n) => !!n && soundKey(n) === key);
    return english ? `${english} ${toLatin(written.slice(k).join(' '))}` : null;
  }
  return null;
}
