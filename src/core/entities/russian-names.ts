import petrovich from 'petrovich';
import type { Morphology } from './morphology';
import { fold } from './text-keys';

const cases = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

export type NamePart = 'first' | 'middle' | 'last';

/** Every case form of one part of a Russian (or Kazakh) person name, nominative first. */
export function personNameForms(word: string, part: NamePart, gender: 'm' | 'f'): string[] {
  const inflect = petrovich[gender === 'f' ? 'female' : 'male'][part];
  const forms = new Set<string>([word]);
  for (const c of cases) forms.add(inflect[c](word));
  return [...forms];
}

const surnameEnding =
  /(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ова|ева|ёва|ина|ына|ская|цкая|енко|ук|юк|ян|янц|швили|дзе|ули|улы|уулу|кызы|баев|беков)$/;
const inflectedSurname =
  /(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою|ых|ым|ыми)$|(?:ск|цк)(?:ого|ому|им|ом|ой|ую|ая)$/;

/** A monarch's number after a name, as Russian and English write it: "Мухаммед VI", "Карл III". */
export const isReignNumber = (word: string): boolean => /^[IVX]{1,5}$/.test(word);

/** Ends like a Russian or Central Asian surname, in any case. */
export function looksLikeSurname(word: string): boolean {
  const w = fold(word);
  return w.length > 3 && (surnameEnding.test(w) || inflectedSurname.test(w));
}

// (a woman's in every case: "Петровна", "Петровны", "Петровной")
const patronymic = /(?:ович|евич|ьич)(?:а|у|ем|е)?$|(?:ичн|овн|евн)(?:а|ы|е|у|ой|ою)$/;
// (folded: "Тағанұлы" reads as "таганулы")
const turkicPatronymic = /(?:улы|кызы|уулу)$/;

export function looksLikePatronymic(word: string): boolean {
  const w = fold(word);
  return patronymic.test(w) || turkicPatronymic.test(w);
}

/**
 * "Таганулы", "Жумабайкызы": a Kazakh or Kyrgyz father's name with "son of" or "daughter of" (улы,
 * кызы, уулу), which the region uses as a surname as often as a patronymic.
 */
export function isTurkicPatronymic(word: string): boolean {
  return turkicPatronymic.test(fold(word));
}

/**
 * Nominative candidates for a capitalised word in an oblique case, by ending alone: used for names
 * that the dictionary does not know. Over-generates on purpose; callers keep what they recognise.
 */
export function nominativeCandidates(word: string): string[] {
  const w = fold(word);
  const out = new Set<string>([w]);
  const add = (stem: string, ...endings: string[]) => {
    if (stem.length >= 2) for (const e of endings) out.add(stem + e);
  };
  let m: RegExpMatchArray | null;
  if ((m = /^(.+(?:ов|ев|ин|ын))(?:а|у|ым|е)$/.exec(w))) add(m[1] ?? '', '');
  if ((m = /^(.+(?:ов|ев|ин|ын))(?:ой|у)$/.exec(w))) add(m[1] ?? '', 'а');
  if ((m = /^(.+)(?:ого|ому|им|ом)$/.exec(w))) add(m[1] ?? '', 'ий', 'ой', 'ый');
  if ((m = /^(.+)(?:ой|ую)$/.exec(w))) add(m[1] ?? '', 'ая');
  if ((m = /^(.+?)(?:ом|ем|а|у|е|ы|и|я|ю|ой|ей|ью|ою)$/.exec(w))) {
    add(m[1] ?? '', '', 'а', 'я', 'ь', 'й');
  }
  return [...out];
}

/**
 * Kazakh case endings after a name (Тоқаевтың, Астанаға, Ақордада, Тоқаевпен): vowel harmony and
 * the last sound of the stem choose among the variants, so every variant is listed. Longest first.
 */
const kazakhEndings = [
  'ларының',
  'лерінің',
  'ының',
  'інің',
  'тың',
  'тің',
  'дың',
  'дің',
  'ның',
  'нің',
  'нда',
  'нде',
  'нан',
  'нен',
  'тан',
  'тен',
  'дан',
  'ден',
  'мен',
  'бен',
  'пен',
  'қа',
  'ке',
  'ға',
  'ге',
  'на',
  'не',
  'ты',
  'ті',
  'ды',
  'ді',
  'ны',
  'ні',
  'та',
  'те',
  'да',
  'де',
  'ын',
  'ін',
];

/** Stems of a capitalised word with a Kazakh case ending, for the gazetteer to confirm. */
export function kazakhStems(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  for (const ending of kazakhEndings) {
    if (w.length - ending.length < 3 || !w.endsWith(ending)) continue;
    out.push(fold(w.slice(0, w.length - ending.length)));
  }
  return out;
}

/** A person's words whose first, a Russian given name, is a woman's only ("Анна"; not "Саша"). */
export function femaleGivenName(morph: Morphology, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const given = words[0] ?? '';
  const names = morph
    .parse(given.charAt(0).toUpperCase() + given.slice(1))
    .filter((p) => p.known && p.tags.has('Name'));
  return names.length > 0 && names.every((p) => p.tags.has('femn') && !p.tags.has('Ms-f'));
}

/** "Немцовой", "Савичевой": a surname in -ов, -ев or -ин ends so only in the feminine (his is Немцовым). */
export const womansSurname = (written: string): boolean =>
  /\p{L}{2}(?:ов|ев|ёв|ин|ын)(?:ой|ою)$/u.test(written);

/** "Ковальская", "Ковальскую": a surname in -ский ends so only in the feminine, even standing alone. */
export const womansSkySurname = (written: string): boolean => /[сц]к(?:ая|ую)$/u.test(written);

/**
 * A woman's name with its surname in the feminine, where the text writes it so: the dictionary gives a
 * surname's masculine lemma ("Анны Политковской" is Анна Политковский, "Ольгу Петрову" Ольга Петров),
 * and the name shown is Анна Политковская, Ольга Петрова. A foreign surname a Russian text leaves
 * as it is stays ("Хиллари Клинтон", "Элизабет Мартин").
 */
export function feminine(words: readonly string[], written: string): string[] {
  const last = words.at(-1) ?? '';
  const surface = fold(written);
  const lemma = fold(last);
  let female = last;
  if (/(?:ов|ев|ин|ын)$/.test(lemma) && ['а', 'ой', 'ою', 'у'].some((e) => surface === lemma + e))
    female = `${last}а`;
  else if (/[сц]к(?:ий|ой)$/.test(lemma) && /[сц]к(?:ая|ой|ую|ою)$/.test(surface))
    female = `${last.slice(0, -2)}ая`;
  return [...words.slice(0, -1), female];
}

/**
 * "Таалайгуль Шаршеева пояснила": a surname in -ова, -ева or -ина is a woman's in the nominative, not a
 * man's in the genitive, where a verb in the feminine past follows the name (`after`, the text after it).
 */
export function womansBySheVerb(morph: Morphology, surname: string, after: string): boolean {
  if (!/\p{L}{2}(?:ов|ев|ёв|ин|ын)а$/u.test(surname)) return false;
  const verb = /^\s*([а-яё]+)/i.exec(after)?.[1] ?? '';
  return (
    /(?:ла|лась)$/.test(fold(verb)) &&
    morph.parse(verb).some((p) => p.known && p.tags.has('VERB') && p.tags.has('femn') && p.tags.has('past'))
  );
}
