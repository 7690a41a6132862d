import { namesOf, type EntityType, type KbEntity } from './kb-schema';
import type { Morphology } from './morphology';
import { orgHeads, placeWords } from './english-words';
import { isReignNumber, looksLikePatronymic, personNameForms, type NamePart } from './russian-names';
import { orgHeadLemmas, placeHeadLemmas } from './cue-words';
import { closeSpelling, editDistance, sameSpelling } from './close-spellings';
import { hasKazakhLetter } from '../language/letters';
import { fold, hasCyrillic, sharesStem, skeleton } from './text-keys';
import { tokenize, type Token } from './tokenize';

interface AliasToken {
  readonly keys: ReadonlySet<string>;
  /** The alias spells it with a capital: the text must too (Путин, not путина). */
  readonly cap: boolean;
  /** The alias is a short acronym: the text must open with two capitals (WHO, МИДа; not Who). */
  readonly acronym?: boolean;
  /** A Russian or Kazakh word. */
  readonly cyrillic?: boolean;
  /**
   * A short acronym with a Kazakh letter ("ҚР", Kazakhstan): the text must write that letter, since the
   * Russian letter it folds to makes another acronym ("КР", Kyrgyzstan).
   */
  readonly kazakhAcronym?: string;
}

/**
 * A region's, a district's, a mausoleum's and a gorge's nouns, which open such a place's name
 * ("Область Абай", "Мавзолей Ходжи Ахмеда Ясави").
 */
const placeOpeningNouns: ReadonlySet<string> = new Set(['область', 'район', 'мавзолей', 'ущелье']);

const upperPair = (word: string) => word.length >= 2 && word.slice(0, 2) === word.slice(0, 2).toUpperCase();
/** Two or three capitals (WHO, US, ООН); longer ones are also written as names (Nato, Камаз, Regnum). */
const isAcronym = (word: string) =>
  word.length >= 2 && word.length <= 3 && /\p{L}/u.test(word) && word === word.toUpperCase();

interface AliasVariant {
  readonly entity: KbEntity;
  readonly tokens: readonly AliasToken[];
  /** A surname alone, derived rather than listed: loses to a full alias and to an entity already seen. */
  readonly partial: boolean;
  /** Index of the surname in a "Given Surname" alias: a patronymic may stand before it. */
  readonly patronymicSlot: number | null;
}

export interface GazetteerMatch {
  readonly entity: KbEntity;
  /** Text tokens consumed, from the start index. */
  readonly length: number;
  readonly partial: boolean;
}

/** How the recognizer sees text tokens: the comparison keys of each (surface, lemmas, nominatives). */
export interface TokenView {
  readonly tokens: readonly Token[];
  keys(index: number): ReadonlySet<string>;
  isPatronymic(index: number): boolean;
}

export interface Gazetteer {
  readonly entities: readonly KbEntity[];
  byId(id: string): KbEntity | undefined;
  /** The longest alias starting at token `index` (no longer than `maxLength`); entities in `seen` win ties. */
  match(view: TokenView, index: number, seen: ReadonlySet<string>, maxLength?: number): GazetteerMatch | null;
  /**
   * The longest name written all in lower case starting at token `index`: a name the language writes
   * so (бундестаг, вермахт, специальная военная операция), or a Russian body's name the text opens in
   * lower case before its place (коммунистической партии Китая); not a lower-case word before a name
   * ("партия Аманат", "the Kremlin").
   */
  matchLowerCase(view: TokenView, index: number, seen: ReadonlySet<string>): GazetteerMatch | null;
  /** A knowledge-base entity one or two typing errors away from this single word (KazMunayFaz). */
  fuzzy(word: string): KbEntity | null;
  /**
   * The one entity of this type whose name (for people: surname) is another spelling of this one
   * (Tokaev → Tokayev): the same skeleton, and for a person the same letters; null when none or
   * several are.
   */
  bySpelling(name: string, type: EntityType): KbEntity | null;
  /** A one-word name or alias of a place, folded (россия, казахстан). */
  isPlaceName(word: string): boolean;
  /** The one entity with this whole name or alias, whatever its case of letters ("штат Нью-Йорк"). */
  byFullName(name: string): KbEntity | null;
}

const isBodyNoun = (word: string) => orgHeads.has(fold(word)) || orgHeadLemmas.has(fold(word));

/** A Russian word the dictionary reads in no nominative ("банка" as the genitive of "банк"). */
function inOtherCase(morph: Morphology, word: string): boolean {
  const parses = morph.parse(word);
  return parses.length > 0 && parses.every((p) => !p.tags.has('nomn'));
}

function isCap(word: string): boolean {
  const first = word.charAt(0);
  return /\p{N}/u.test(first) || first !== first.toLowerCase();
}

/**
 * The shorter references a three-word name "Given Middle Surname" allows. A patronymic in the middle
 * ("Нурсултан Абишевич Назарбаев") allows both the given name with it and the given name with the
 * surname; a reign number after the name ("Королева Елизавета II") the first two words. A middle name
 * ("Франклин Делано Рузвельт") allows the given name with the surname, but a short middle word does
 * not: in "Ким Чен Ын", "Пан Ги Мун", "Жан-Ив Ле Дриан" it is part of the name, and "Ким Чен" is another
 * person's name ("Ким Чен Нам"); nor does a lower-case particle ("Мухаммед бин Сальман").
 */
function shortPersonNames(words: readonly string[]): { given: boolean; withoutMiddle: boolean } {
  const middle = words[1] ?? '';
  if (looksLikePatronymic(middle)) return { given: true, withoutMiddle: true };
  const reign = isReignNumber(words[2] ?? '');
  return { given: reign, withoutMiddle: !reign && middle.length > 3 && words.every(isCap) };
}

/** Case forms of a Russian or Kazakh person name, merged per token position. */
function personVariantTokens(
  words: readonly string[],
  gender: 'm' | 'f',
  surnameFirst = false,
): AliasToken[] | null {
  if (words.length > 3) return null;
  const parts: readonly NamePart[] = surnameFirst
    ? ['last', 'first', 'middle']
    : words.length === 1
      ? ['last']
      : words.length === 2
        ? ['first', 'last']
        : ['first', 'middle', 'last'];
  const positions: Set<string>[] = [];
  const caps: boolean[] = [];
  let base = 0;
  words.forEach((word, w) => {
    const width = tokenize(word).length;
    for (const form of personNameForms(word, parts[w] ?? 'last', gender)) {
      const toks = tokenize(form);
      if (toks.length !== width) continue;
      toks.forEach((t, k) => {
        for (const key of foldedKeys(t)) (positions[base + k] ??= new Set()).add(key);
        caps[base + k] = isCap(t.text);
      });
    }
    base += width;
  });
  return positions.map((keys, k) => ({ keys, cap: caps[k] ?? true }));
}

/**
 * A word's keys: folded, and a Latin word's also without its marks, as English texts often write names
 * from other languages ("Andres Manuel Lopez Obrador" for the knowledge base's "Andrés Manuel López
 * Obrador").
 */
function foldedKeys(t: Token): string[] {
  const key = fold(t.text);
  if (t.cyrillic || /^[a-z0-9'-]*$/.test(key)) return [key];
  const bare = key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return bare === key ? [key] : [key, bare];
}

function plainTokens(alias: string, morph: Morphology): AliasToken[] {
  return tokenize(alias).map((t) => {
    const keys = new Set(foldedKeys(t));
    if (t.cyrillic && t.kind === 'word') {
      const parses = morph.parse(t.text);
      const nominative = parses.filter((p) => p.tags.has('nomn') || p.tags.has('Fixd'));
      for (const p of (nominative.length > 0 ? nominative : parses).slice(0, 3))
        if (sharesStem(t.text, p.lemma)) keys.add(fold(p.lemma));
    }
    const word = t.kind === 'word';
    const acronym = word && isAcronym(t.text);
    return {
      keys,
      cap: isCap(t.text),
      acronym,
      cyrillic: word && t.cyrillic,
      ...(acronym && hasKazakhLetter(t.text) ? { kazakhAcronym: t.text } : {}),
    };
  });
}

export function buildGazetteer(kb: readonly KbEntity[], morph: Morphology): Gazetteer {
  const index = new Map<string, AliasVariant[]>();
  /** The variants of names written all in lower case, by the keys of their first word. */
  const lowerIndex = new Map<string, AliasVariant[]>();
  /**
   * Russian bodies' names that Russian writes in lower case before the name they hold ("коммунистической
   * партии Китая", "госдепартамента США", "министерство иностранных дел Казахстана"), by the keys of
   * their first word: found only where the text ends them with their place, capitalised (endsWithPlace).
   */
  const lowerOpenIndex = new Map<string, AliasVariant[]>();
  /**
   * Places named by one of placeOpeningNouns and a name ("Область Абай", "Район Аксуат"), by the keys of
   * their first word: Russian writes the noun in lower case in a sentence ("аким области Жетысу", "в
   * районе Аксуат").
   */
  const lowerPlaceIndex = new Map<string, AliasVariant[]>();
  const singles = new Map<string, KbEntity[]>();
  const ids = new Map<string, KbEntity>();
  /** Names by type and skeleton, the one key their spellings share, and the entities they name. */
  const skeletons = new Map<string, { name: string; entity: KbEntity }[]>();
  const addSkeleton = (name: string, entity: KbEntity) => {
    const key = `${entity.type}:${skeleton(name)}`;
    const list = skeletons.get(key) ?? [];
    list.push({ name, entity });
    skeletons.set(key, list);
  };

  const add = (variant: AliasVariant) => {
    const first = variant.tokens[0];
    if (!first) return;
    const lower = variant.tokens.every((t) => !t.cap);
    const lowerOpen =
      variant.entity.type === 'ORG' &&
      first.cap &&
      !first.acronym &&
      first.cyrillic &&
      variant.tokens.slice(1).some((t) => t.cap);
    const lowerPlace =
      variant.entity.type === 'LOC' &&
      first.cap &&
      first.cyrillic &&
      !!variant.tokens[1]?.cap &&
      [...first.keys].some((k) => placeOpeningNouns.has(k));
    for (const key of first.keys) {
      const maps = lower
        ? [index, lowerIndex]
        : lowerOpen
          ? [index, lowerOpenIndex]
          : lowerPlace
            ? [index, lowerPlaceIndex]
            : [index];
      for (const map of maps) {
        const list = map.get(key);
        if (list) list.push(variant);
        else map.set(key, [variant]);
      }
    }
    if (variant.tokens.length === 1 && !variant.partial) {
      for (const key of first.keys) {
        if (key.length < 6) continue;
        const bucket = `${key.charAt(0)}${key.length}`;
        const list = singles.get(bucket) ?? [];
        if (!list.includes(variant.entity)) list.push(variant.entity);
        singles.set(bucket, list);
      }
    }
  };

  const placeNames = new Set<string>();
  /** Entities by whole folded name; null where two share one. */
  const fullNames = new Map<string, KbEntity | null>();
  for (const entity of kb) {
    ids.set(entity.id, entity);
    for (const text of namesOf(entity)) {
      const key = fold(text);
      fullNames.set(key, fullNames.has(key) && fullNames.get(key) !== entity ? null : entity);
    }
    if (entity.type === 'LOC')
      for (const text of namesOf(entity)) if (!/\s/.test(text)) placeNames.add(fold(text));
    const surnames = new Set<string>();
    for (const text of namesOf(entity)) {
      const words = text.split(/\s+/);
      // "Лукашенко Александр Григорьевич": the official order, surname first ("Виктор Фёдорович
      // Янукович" is not, though the surname ends like a patronymic)
      const surnameFirst =
        words.length === 3 && looksLikePatronymic(words[2] ?? '') && !looksLikePatronymic(words[1] ?? '');
      // "Александр Григорьевич": a given name and patronymic carry no surname
      const patronymicLast = words.length === 2 && looksLikePatronymic(words[1] ?? '');
      const last = surnameFirst ? words[0] : patronymicLast ? undefined : words.at(-1);
      // a person by the surname; a body or a place by its whole name, and a body by its last word too
      // ("FC Barcelona", «Барселона»), unless that word names a kind of body ("Metropolitan Police", and
      // in Kazakh, where the kind comes last: "ҚР Парламенті"), nor a word in brackets that tells
      // namesakes apart ("Барселона (клуб)" is no club named «Клуб»); a place by its last word only
      // after a word for its kind ("Регион Кампания"), as after another its last word is often another
      // place (New Hampshire and Hampshire, South Sudan and Sudan)
      if (entity.type === 'PER') {
        if (last !== undefined) addSkeleton(last, entity);
      } else {
        addSkeleton(text, entity);
        const kazakh = /[әғқңөұүһі]/iu.test(text);
        const bracketed = last?.endsWith(')');
        const first = fold(words[0] ?? '');
        const named = entity.type !== 'LOC' || placeHeadLemmas.has(first) || placeWords.has(first);
        // "Группа Всемирного банка", "Организация Объединённых Наций": nor by a last word in another
        // case than the nominative, or after one ("the Bank" is no World Bank)
        const oblique = entity.type === 'ORG' && words.slice(-2).some((w) => inOtherCase(morph, w));
        const byLast = named && !kazakh && !bracketed && !oblique;
        if (byLast && last !== undefined && last !== text && !isBodyNoun(last)) addSkeleton(last, entity);
      }
      if (entity.type === 'PER') {
        // a surname alone is a mention too, but not a short last word (Ван И, Moon Jae In: family name first)
        if (words.length >= 2 && last !== undefined && last.length >= 4) surnames.add(last);
        if (hasCyrillic(text)) {
          const tokens = personVariantTokens(words, entity.gender ?? 'm', surnameFirst);
          if (tokens) {
            add({
              entity,
              tokens,
              partial: false,
              patronymicSlot: words.length === 2 ? tokens.length - 1 : null,
            });
            if (words.length === 3 && !surnameFirst) {
              const { given: byGiven, withoutMiddle } = shortPersonNames(words);
              // "Нурсултан Абишевич": a given name and patronymic without the surname is a polite full reference
              const given = byGiven ? personVariantTokens(words.slice(0, 2), entity.gender ?? 'm') : null;
              const withoutPatronymic = withoutMiddle
                ? personVariantTokens([words[0] ?? '', words[2] ?? ''], entity.gender ?? 'm')
                : null;
              if (given) add({ entity, tokens: given, partial: false, patronymicSlot: null });
              if (withoutPatronymic) {
                add({
                  entity,
                  tokens: withoutPatronymic,
                  partial: false,
                  patronymicSlot: withoutPatronymic.length - 1,
                });
              }
            }
            continue;
          }
        }
        const tokens = plainTokens(text, { parse: () => [] });
        add({
          entity,
          tokens,
          partial: false,
          patronymicSlot: words.length === 2 ? tokens.length - 1 : null,
        });
        continue;
      }
      add({ entity, tokens: plainTokens(text, morph), partial: false, patronymicSlot: null });
      // "F.B.I.", "N.A.T.O.": a Latin acronym with a full stop after each letter, as American papers write
      if (/^[A-Z]{2,5}$/.test(text)) {
        const dotted = `${[...text].join('.')}.`;
        add({ entity, tokens: plainTokens(dotted, morph), partial: false, patronymicSlot: null });
      }
    }
    for (const surname of surnames) {
      const tokens = hasCyrillic(surname)
        ? personVariantTokens([surname], entity.gender ?? 'm')
        : plainTokens(surname, { parse: () => [] });
      if (tokens) add({ entity, tokens, partial: true, patronymicSlot: null });
    }
  }

  const folded = new Map<KbEntity, string[]>();
  const foldedAliases = (entity: KbEntity): string[] => {
    let keys = folded.get(entity);
    if (!keys) folded.set(entity, (keys = namesOf(entity).map((text) => fold(text))));
    return keys;
  };

  /** `lowerOpen`: the first word may be in lower case (lowerOpenIndex). */
  const matchVariant = (view: TokenView, start: number, variant: AliasVariant, lowerOpen = false): number => {
    let i = start;
    for (let j = 0; j < variant.tokens.length; j++) {
      const want = variant.tokens[j];
      let tok = view.tokens[i];
      if (!want || !tok) return 0;
      if (j === variant.patronymicSlot && view.isPatronymic(i) && !hasKey(view.keys(i), want.keys)) {
        i++;
        tok = view.tokens[i];
        if (!tok) return 0;
      }
      if (j > 0 && tok.lineBefore) return 0;
      // ("Организации Объединённых наций", "Совет федерации": after the first word, a body's or a
      // place's name is often written with fewer capitals than its alias; a person's never is)
      const looser = j > 0 && variant.entity.type !== 'PER';
      if (want.cap && tok.kind === 'word' && !tok.cap && !looser && !(lowerOpen && j === 0)) return 0;
      if (want.acronym && !upperPair(tok.text)) return 0;
      if (want.kazakhAcronym && !tok.text.startsWith(want.kazakhAcronym)) return 0;
      // ("ДУМ", the muslims' board: an acronym in the text is no case form of a word, "Думы")
      if (tok.kind === 'word' && isAcronym(tok.text) && !want.keys.has(fold(tok.text))) return 0;
      if (!hasKey(view.keys(i), want.keys)) return 0;
      i++;
    }
    return i - start;
  };

  const longest = (
    from: ReadonlyMap<string, AliasVariant[]>,
    view: TokenView,
    start: number,
    seen: ReadonlySet<string>,
    maxLength: number,
    lowerOpen = false,
  ): GazetteerMatch | null => {
    let best: GazetteerMatch | null = null;
    const tried = new Set<AliasVariant>();
    for (const key of view.keys(start)) {
      for (const variant of from.get(key) ?? []) {
        if (tried.has(variant)) continue;
        tried.add(variant);
        const length = matchVariant(view, start, variant, lowerOpen);
        if (length === 0 || length > maxLength) continue;
        const candidate = { entity: variant.entity, length, partial: variant.partial };
        if (!best || better(candidate, best, seen)) best = candidate;
      }
    }
    return best;
  };

  /**
   * Whether a body's name found from its lower-case first word ends with the known place it belongs
   * to, after lower-case words only ("коммунистической партии | Китая"): "агентству Франс Пресс" and
   * "банке ВТБ" are a kind of body before its name, which is found on its own.
   */
  const endsWithPlace = (
    view: TokenView,
    start: number,
    found: GazetteerMatch,
    seen: ReadonlySet<string>,
  ) => {
    const end = start + found.length;
    for (let k = start + 1; k < end; k++) {
      if (!view.tokens[k]?.cap) continue;
      const place = longest(index, view, k, seen, end - k);
      return place?.entity.type === 'LOC' && k + place.length === end;
    }
    return false;
  };

  return {
    entities: kb,
    byId: (id) => ids.get(id),
    match: (view, start, seen, maxLength = Infinity) => longest(index, view, start, seen, maxLength),
    matchLowerCase: (view, start, seen) => {
      const lower = longest(lowerIndex, view, start, seen, Infinity);
      const open = longest(lowerOpenIndex, view, start, seen, Infinity, true);
      const place = longest(lowerPlaceIndex, view, start, seen, Infinity, true);
      const found =
        open && (!lower || open.length > lower.length) && endsWithPlace(view, start, open, seen)
          ? open
          : lower;
      return place && (!found || place.length > found.length) ? place : found;
    },
    isPlaceName: (word) => placeNames.has(fold(word)),
    byFullName: (name) => fullNames.get(fold(name)) ?? null,
    bySpelling(name, type) {
      const key = skeleton(name);
      if (key.length < 3) return null;
      const found = new Set<KbEntity>();
      // the skeleton is too loose alone (Lenin and Lennon, Борнео and Brunei): a person's name must
      // be spelled the same, a body's or a place's close, as its lemmas may keep a case ending
      // ("Supreme Court" and "US Supreme Court": a body's name a word longer is another name, its
      // country's, though a joined spelling of the same words is the same name)
      const words = wordCount(name);
      for (const known of skeletons.get(`${type}:${key}`) ?? []) {
        const others = wordCount(known.name);
        if (type !== 'PER' && words > 1 && others > 1 && words !== others) continue;
        if (type === 'PER' ? sameSpelling(name, known.name) : closeSpelling(name, known.name))
          found.add(known.entity);
      }
      return found.size === 1 ? ([...found][0] ?? null) : null;
    },
    fuzzy(word) {
      const w = fold(word);
      if (w.length < 8) return null;
      const limit = w.length >= 10 ? 2 : 1;
      let found: KbEntity | null = null;
      for (let len = w.length - limit; len <= w.length + limit; len++) {
        for (const entity of singles.get(`${w.charAt(0)}${len}`) ?? []) {
          const keys = foldedAliases(entity);
          // Russian ⊂ Russia-n, Kazakhstani: a word that extends a name derives from it
          if (keys.some((key) => w.startsWith(key) || key.startsWith(w))) continue;
          for (const key of keys) {
            if (Math.abs(key.length - w.length) > limit || editDistance(w, key, limit) > limit) continue;
            if (found && found !== entity) return null; // ambiguous: two entities equally close
            found = entity;
          }
        }
      }
      return found;
    },
  };
}

const wordCount = (name: string): number => name.trim().split(/\s+/).length;

function hasKey(have: ReadonlySet<string>, want: ReadonlySet<string>): boolean {
  for (const key of want) if (have.has(key)) return true;
  return false;
}

function better(a: GazetteerMatch, b: GazetteerMatch, seen: ReadonlySet<string>): boolean {
  if (a.length !== b.length) return a.length > b.length;
  if (a.partial !== b.partial) return !a.partial;
  return seen.has(a.entity.id) && !seen.has(b.entity.id);
}
