/**
 * A country's body named without its country: "Конгресс", "Supreme Court", "Democratic Party". Many
 * countries have one, so the name alone links to none; the text's own country decides which it is.
 */
import { isCommonNameWord, nameWordKey, placeOfPeople, withFieldPhrases } from './name-words';
import { nameWordParse, type Morphology } from './morphology';
import { namesOf, type KbEntity } from './kb-schema';
import { englishStateForms, stateForms } from './name-edges';
import { fold } from './text-keys';

/** Known bodies by the key of their name without their country, for those whose rest is only common words. */
export interface CountryBodies {
  readonly byKey: ReadonlyMap<string, readonly KbEntity[]>;
  /**
   * The same, with the bare names a body of no country shares too ("Security Council"), which only a
   * country named as their owner tells apart ("Kazakhstan's Security Council").
   */
  readonly ownedByKey: ReadonlyMap<string, readonly KbEntity[]>;
  /** The same bodies by the key of their name with any name of their country in it ("Минэнерго РФ"). */
  readonly withCountry: ReadonlyMap<string, readonly KbEntity[]>;
  /** A country's code by any of its names, folded ("russia", "российская федерация"). */
  readonly countryNamed: ReadonlyMap<string, string>;
  /**
   * A country's Russian name by its code, folded, as words ("сша"): an unknown body its country owns is
   * keyed with them, as the Russian "Министерство финансов Киргизии" is.
   */
  readonly countryWords: ReadonlyMap<string, readonly string[]>;
  /** A country's English name by its code ("France"), which an unknown body's English name ends with. */
  readonly countryEnglish: ReadonlyMap<string, string>;
  /** The key of a name's words: the id an unknown body with these words gets. */
  readonly keyOf: (words: readonly string[]) => string;
  /**
   * A body's keys in `byKey` and `withCountry` by its id: the ids its bare names had while they found
   * no known body, which a reader's correction may name.
   */
  readonly keysOfBody: ReadonlyMap<string, readonly string[]>;
}

// (a list's commas left out: "Министерство инвестиций, промышленности и торговли")
const words = (name: string): string[] =>
  name
    .split(/\s+/)
    .map((w) => w.replace(/,$/, ''))
    .filter((w) => w !== '');

/**
 * Indexes every body of a country by the key of its English and Russian names, and of its aliases that
 * name the country, with the country's own names left out ("United States Congress", "Конгресс США":
 * Congress; "Supreme Court of the United States": Supreme Court), when what is left is made of common
 * words only. `keyOf` is the key an unknown body's words get, so a bare mention's id is the key looked
 * up.
 */
export function buildCountryBodies(
  kb: readonly KbEntity[],
  keyOf: (words: readonly string[]) => string,
  normal: (word: string) => string = (word) => word,
): CountryBodies {
  // a country's own entry, not another place with its code (Tokyo and Japan share JP): its names, as
  // word sequences
  const countryNames = new Map<string, string[][]>();
  const countryWords = new Map<string, string[]>();
  const countryEnglish = new Map<string, string>();
  for (const e of kb) {
    if (e.kind !== 'country' || !e.country || countryNames.has(e.country)) continue;
    countryWords.set(e.country, words(fold(e.names.ru ?? e.names.en ?? '')));
    if (e.names.en) countryEnglish.set(e.country, e.names.en);
    const all = [e.names.en, e.names.ru, ...(e.aliases.en ?? []), ...(e.aliases.ru ?? [])];
    // (longest first: "Республики Казахстан" leaves no "Республики" behind, as "Казахстан" alone would;
    // and as their words' normal forms, which a body's name is also read as: "российский федерация";
    // each once, since an English name's normal forms are the name itself)
    const written = all.filter((n): n is string => !!n).map((n) => words(fold(n)));
    const unique = new Map(
      [...written, ...written.map((ws) => ws.map(normal))].map((ws) => [ws.join(' '), ws]),
    );
    countryNames.set(
      e.country,
      [...unique.values()].sort((a, b) => b.length - a.length),
    );
  }
  const out = new Map<string, KbEntity[]>();
  const withCountry = new Map<string, KbEntity[]>();
  for (const e of kb) {
    if (e.type !== 'ORG' || !e.country) continue;
    const country = countryNames.get(e.country) ?? [];
    const keys = new Set<string>();
    const named = new Set<string>();
    // (a Russian name as written and as its words' normal forms, which a text's unknown name is keyed
    // by: "Министерство финансов" is the Ministry of Finance and "Минфин")
    const en = e.names.en ? words(e.names.en) : [];
    const ru = e.names.ru ? words(e.names.ru) : [];
    // (and its aliases that name its country: "Минторговли РК", "Government of Kyrgyzstan")
    const aliases = [...(e.aliases.en ?? []), ...(e.aliases.ru ?? [])].map(words);
    const seen = new Set<string>();
    for (const name of [en, ru, ru.map(normal), ...aliases, ...aliases.map((ws) => ws.map(normal))]) {
      const rest = withoutCountry(name, country)?.filter((w) => nameWordKey(w) !== '');
      if (!rest || rest.length === 0 || !withFieldPhrases(rest).every(isCommonNameWord)) continue;
      // (each list of words once: an English name's normal forms are the name itself)
      if (seen.has(rest.join(' '))) continue;
      seen.add(rest.join(' '));
      keys.add(keyOf(rest));
      // "Министерство энергетики России", "Минэнерго РФ": the body named with any name of its country
      for (const c of country) named.add(keyOf([...rest, ...c]));
    }
    for (const key of named) withCountry.set(key, [...(withCountry.get(key) ?? []), e]);
    // "Democratic Party": an English name with no country in it is such a name too
    if (en.length > 1 && en.every(isCommonNameWord)) keys.add(keyOf(en));
    for (const key of keys) out.set(key, [...(out.get(key) ?? []), e]);
  }
  const owned = new Map(out);
  // "Совет Безопасности ООН", "UN General Assembly": a body of no country named by the same common
  // words leaves the bare name to no country ("рекомендации Совета Безопасности" is the UN's)
  for (const e of kb) {
    if (e.type !== 'ORG' || e.country) continue;
    for (const name of [e.names.en, e.names.ru]) {
      const named = name ? words(name).filter((w) => nameWordKey(w) !== '') : [];
      const rest = named.filter(isCommonNameWord);
      if (rest.length > 0 && rest.length < named.length) out.delete(keyOf(rest));
    }
  }
  const countryNamed = new Map<string, string>();
  // (and as their words' normal forms, as a text's name is read: "южный корея")
  for (const [code, names] of countryNames)
    for (const n of names) for (const ws of [n, n.map(normal)]) countryNamed.set(ws.join(' '), code);
  const keysOfBody = new Map<string, string[]>();
  for (const index of [out, withCountry])
    for (const [key, found] of index)
      for (const e of found) keysOfBody.set(e.id, [...(keysOfBody.get(e.id) ?? []), key]);
  return {
    byKey: out,
    ownedByKey: owned,
    withCountry,
    countryNamed,
    countryWords,
    countryEnglish,
    keyOf,
    keysOfBody,
  };
}

/** A name's words without the first whole name of its country in them ("of the United States"); null when none is. */
function withoutCountry(name: readonly string[], country: readonly string[][]): string[] | null {
  const folded = name.map(fold);
  for (const c of country) {
    for (let i = 0; i + c.length <= folded.length; i++) {
      if (c.length === 0 || !c.every((w, j) => folded[i + j] === w)) continue;
      return [...name.slice(0, i), ...name.slice(i + c.length)];
    }
  }
  return null;
}

/** The one body found, or null when none or more than one is. */
const theOne = (found: readonly KbEntity[]): KbEntity | null =>
  found.length === 1 ? (found[0] ?? null) : null;

/** How many of a text's known places lie in each country, and how many of its known persons are its people. */
export type CountryCounts = ReadonlyMap<string, number>;

export function countByCountry(countries: readonly (string | undefined)[]): CountryCounts {
  const counts = new Map<string, number>();
  for (const c of countries) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * Which known body a bare name of these words is in a text: the one body of a country the text names
 * (by its places and people) at least twice and as often as any other (one place named is too little
 * to go on: a translation may not name it); null when there is none or more than one.
 */
export function bodyOfCountry(
  bodies: CountryBodies,
  words: readonly string[],
  counts: CountryCounts,
): KbEntity | null {
  const top = Math.max(0, ...counts.values());
  if (top < 2) return null;
  const found = (bodies.byKey.get(bodies.keyOf(words)) ?? []).filter(
    (e) => counts.get(e.country ?? '') === top,
  );
  return theOne(found);
}

/**
 * Which known body a bare name is by its sentence, where the text as a whole does not say: the one body
 * of the one country whose places the sentence names ("Президент Туркмении … на заседании Кабинета
 * министров" in a report that names Afghanistan's places more often); null when the sentence names
 * places of no country or of more than one.
 */
export function bodyOfSentence(
  bodies: CountryBodies,
  words: readonly string[],
  counts: CountryCounts,
): KbEntity | null {
  const [country, more] = [...counts.keys()];
  if (country === undefined || more !== undefined) return null;
  return theOne((bodies.byKey.get(bodies.keyOf(words)) ?? []).filter((e) => e.country === country));
}

/**
 * The known body a bare name repeats: "Конституционный суд Республики Казахстан … Председатель
 * Конституционного суда". Of the text's known bodies with this bare name, the last one named before it,
 * else the only one named after it; null when the text names none (or, after it only, more than one).
 */
export function bodyNamedInText(
  bodies: CountryBodies,
  words: readonly string[],
  start: number,
  named: () => readonly { readonly start: number; readonly entity: KbEntity | null }[],
): KbEntity | null {
  const found = new Set(bodies.byKey.get(bodies.keyOf(words)) ?? []);
  if (found.size === 0) return null;
  // (the text's mentions, asked for only where the name is a known body's bare name)
  const inText = named().flatMap((r) =>
    r.entity && found.has(r.entity) ? [{ ...r, entity: r.entity }] : [],
  );
  const before = inText.filter((r) => r.start < start).at(-1);
  if (before) return before.entity;
  return theOne([...new Set(inText.map((r) => r.entity))]);
}

/** The one known body of this country that a bare name of these words is, or null. */
export function countrysBody(
  bodies: CountryBodies,
  words: readonly string[],
  country: string,
): KbEntity | null {
  const found = (bodies.ownedByKey.get(bodies.keyOf(words)) ?? []).filter((e) => e.country === country);
  return theOne(found);
}

/**
 * The country that owns a body named at `start`, and the words of its Russian name, as the words just
 * before it say: "Kyrgyzstan's" or "the Philippines'" in English (the country's mention, `before`,
 * ends in the possessive), a people's adjective ("российского МИДа", "казахстанское Министерство
 * энергетики", "the Kyrgyz Ministry of Finance"); null when they say none.
 */
export function ownerBefore(
  bodies: CountryBodies,
  text: string,
  start: number,
  before: { readonly end: number; readonly entity: KbEntity | null } | undefined,
  morph: Morphology,
): { readonly country: string; readonly words: readonly string[] } | null {
  const possessive =
    before?.entity?.kind === 'country' && /^['’]s?\s+$/.test(text.slice(before.end, start))
      ? before.entity.country
      : undefined;
  const owner = possessive ?? countryOfAdjective(bodies, text.slice(Math.max(0, start - 40), start), morph);
  return owner ? { country: owner, words: bodies.countryWords.get(owner) ?? [] } : null;
}

/**
 * The country named right after a body's name and the acronym the text gives it in brackets:
 * "Государственного комитета национальной безопасности (ГКНБ) Кыргызстана", "the State Committee for
 * National Security (GKNB) of Kyrgyzstan"; null when none is.
 */
export function ownerAfterAcronym(
  bodies: CountryBodies,
  text: string,
  body: { readonly end: number },
  found: readonly { readonly start: number; readonly entity: KbEntity | null }[],
): { readonly country: string; readonly words: readonly string[] } | null {
  const bracket = /^\s*\(\p{Lu}{2,8}\)\s+(?:of\s+(?:the\s+)?)?/u.exec(text.slice(body.end, body.end + 24));
  if (!bracket) return null;
  const after = found.find((m) => m.start === body.end + bracket[0].length);
  const country = after?.entity?.kind === 'country' ? after.entity.country : undefined;
  return country ? { country, words: bodies.countryWords.get(country) ?? [] } : null;
}

/** The country a people's adjective ending `before` names: English ("Kyrgyz") or Russian ("киргизский"). */
function countryOfAdjective(bodies: CountryBodies, before: string, morph: Morphology): string | undefined {
  const word = /(\p{L}+)\s+$/u.exec(before)?.[1] ?? '';
  // (an English adjective is its own lemma; a Russian one is parsed)
  const adjective = /^[A-Z][a-z]+$/.test(word)
    ? word
    : /^[а-яё]+$/i.test(word)
      ? morph.parse(word).find((p) => p.tags.has('ADJF'))?.lemma
      : undefined;
  const place = adjective ? placeOfPeople(adjective) : undefined;
  return place ? bodies.countryNamed.get(place) : undefined;
}

/** The one known body a name of these words is when they hold its country's name ("МВД Киргизии"), or null. */
export function bodyNamedWithCountry(bodies: CountryBodies, words: readonly string[]): KbEntity | null {
  const found = bodies.withCountry.get(bodies.keyOf(words)) ?? [];
  return theOne(found);
}

/**
 * A known body named with the body it belongs to after it: "Комитет гражданской авиации Министерства
 * транспорта РК", "Civil Aviation Committee of the Ministry of Transport" is the committee. The first
 * words are a known body's bare name and the rest a known body's, with or without its country, of the
 * same country; null unless exactly one such first body is found.
 */
export function bodyOfItsParent(bodies: CountryBodies, words: readonly string[]): KbEntity | null {
  for (let k = words.length - 1; k >= 2; k--) {
    const rest = bodies.keyOf(words.slice(k));
    const parents = [...(bodies.withCountry.get(rest) ?? []), ...(bodies.byKey.get(rest) ?? [])];
    if (parents.length === 0) continue;
    const countries = new Set(parents.map((e) => e.country));
    const heads = (bodies.byKey.get(bodies.keyOf(words.slice(0, k))) ?? []).filter(
      (e) => countries.has(e.country) && !parents.includes(e),
    );
    if (heads.length > 0) return theOne(heads);
  }
  return null;
}

/**
 * Whether a known body's bare name of these words ("Democratic Party") is another country's in this
 * text: the text names no place of the body's country and names another country's at least twice.
 */
export function anotherCountrys(
  bodies: CountryBodies,
  words: readonly string[],
  entity: KbEntity,
  counts: CountryCounts,
): boolean {
  if (!entity.country || counts.has(entity.country) || Math.max(0, ...counts.values()) < 2) return false;
  return !!bodies.byKey.get(bodies.keyOf(words))?.some((e) => e.id === entity.id);
}

/**
 * A body's word keys with each country's names in them as its code (see countryKeys); `words`, when
 * given, are the folded words the keys were made of, one for each key.
 */
export type CountryKeys = (keys: readonly string[], words?: readonly string[]) => readonly string[];

/** Countries' names that the knowledge base holds only with a word that tells which ("North Korea"). */
const bareCountryNames = ['korea', 'корея'];

/**
 * The keys of a body's words with every name of a country in them as one key, its code, since entity
 * ids version 60: "Министерство финансов США", "Ministry of Finance of the United States" and "the US
 * Ministry of Finance" key alike, as do "ОАЭ" and "UAE", "Южной Кореи" and "South Korea". A country's
 * names are read as they are written and as their words' normal forms ("Южная Корея": южный корея);
 * one made of common words only ("Штаты") is left as it sounds. One two countries share ("Латвия" and
 * "Литва", "Ирак" and "РК", "Марокко" and "Америка") is told by its words since version 72, when they
 * are given, and is left as it sounds when they are not, as before; so is a state's form before a
 * country's name ("Королевства Свазиленд") left out.
 */
export function countryKeys(kb: readonly KbEntity[], morph: Morphology): CountryKeys {
  const codeOf = new Map<string, string | null>();
  /** A country's code by its name's words, folded, as written (and as normal forms, for two or more). */
  const codeOfWords = new Map<string, string>();
  let longest = 0;
  for (const e of kb) {
    if (e.kind !== 'country' || !e.country) continue;
    for (const name of namesOf(e)) {
      const written = words(fold(name));
      if (written.every(isCommonNameWord)) continue;
      for (const ws of [written, written.map((w) => normalForm(morph, w))]) {
        const keyed = ws.filter((w) => nameWordKey(w) !== '');
        if (keyed.length === 0) continue;
        const seq = keyed.map((w) => nameWordKey(w)).join(' ');
        const had = codeOf.get(seq);
        const code = e.country.toLowerCase();
        codeOf.set(seq, had === undefined || had === code ? code : null);
        // (a word of one is its own normal form: the dictionary guesses at unknown names, "Гайана": ана)
        if (ws === written || keyed.length > 1) codeOfWords.set(keyed.join(' '), code);
        longest = Math.max(longest, keyed.length);
      }
    }
  }
  // "Korea" alone names no one country the knowledge base holds: it keys as it sounds, not as the
  // Kazakh "ҚР" (Kazakhstan) that sounds like it
  for (const bare of bareCountryNames) codeOf.set(nameWordKey(bare), null);
  const bare = new Set(bareCountryNames);
  // a known place that is no country keys as it sounds: "Уфа" is not the UAE, nor "Астана" Estonia
  const places = new Set(
    kb
      .filter((e) => e.type === 'LOC' && e.kind !== 'country')
      .flatMap((e) => namesOf(e).map(fold))
      .filter((name) => !/\s/.test(name) && !codeOfWords.has(name)),
  );
  return (keys, ws) => {
    const codeAt = (i: number, n: number) => {
      const code = codeOf.get(keys.slice(i, i + n).join(' '));
      // (a name two countries share is told by its words, as the text's name has them: lemmas)
      const named = ws?.slice(i, i + n);
      if (n === 1 && named?.[0] !== undefined && places.has(named[0])) return undefined;
      if (code !== null || !named || named.some((w) => bare.has(w))) return code;
      return codeOfWords.get(named.join(' '));
    };
    const out: string[] = [];
    for (let i = 0; i < keys.length;) {
      // (the longest name that starts here: "South Korea", not "Korea")
      let n = Math.min(longest, keys.length - i);
      while (n > 0 && !codeAt(i, n)) n--;
      const code = n > 0 ? codeAt(i, n) : null;
      // ("Королевства Свазиленд", "Kingdom of Eswatini": a state's form before the country's own name,
      // not before a people's adjective ("Республика Сербская" is no Serbia), is no word of the body's)
      const form = ws?.[i - 1] ?? '';
      const own = !!ws && codeOfWords.has(ws.slice(i, i + n).join(' '));
      if (code && own && (stateForms.has(form) || englishStateForms.has(form))) out.pop();
      out.push(code ?? keys[i] ?? '');
      i += Math.max(n, 1);
    }
    return out;
  };
}

/**
 * A Russian word's normal form as a name's noun or adjective ("финансов": финансы); any other word, and
 * a name's "и" or "по", as it is.
 */
export function normalForm(morph: Morphology, word: string): string {
  if (!/[а-яё]/i.test(word)) return word;
  const named = nameWordParse(morph.parse(word));
  return named ? fold(named.lemma) : word;
}
