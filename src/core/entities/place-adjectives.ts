import { placePrefixes } from './cue-words';
import type { Gazetteer } from './gazetteer';
import type { KbEntity } from './kb-schema';
import { placeOfPeople } from './name-words';
import type { RawMention, RuleContext } from './raw-mention';
import { fold } from './text-keys';

/** Adjectives made of place names (российский, московского, британской), which NEREL marks as places. */

/** Adjective endings and the endings of the place names they come from (российский → Россия). */
const derivations: readonly (readonly [string, readonly string[]])[] = [
  ['ийский', ['ия', 'ий', 'ай', 'а', 'и']],
  ['ейский', ['ея', 'а', 'ей']],
  ['айский', ['ай', 'ая']],
  ['анский', ['ания', 'ан', 'а', 'ия', 'анистан', 'о', '']],
  ['инский', ['а', 'ино', 'ин', 'ина', 'ия', 'и', 'ы', 'у']],
  ['енский', ['ень', 'ена', 'ено']],
  ['овский', ['ва', 'ов', 'ово']],
  ['евский', ['ев', 'ево', 'ева']],
  ['имский', ['а', 'им']],
  ['ьянский', ['ия']],
  ['янский', ['ения', 'ия', 'ь']],
  ['ьский', ['ьша', 'ия', 'ь', 'ьск', '', 'ла']],
  ['шский', ['хия', 'хи']],
  ['ецкий', ['ция', 'ецк']],
  ['цкий', ['к', 'ция']],
  ['жский', ['гия', 'г']],
  ['узский', ['ия']],
  ['ский', ['', 'ия', 'а', 'ь', 'о', 'я', 'ск', 'ы', 'истан', 'стан']],
];
/** Adjectives whose place the endings do not lead to (немецкий ← Германия, советский ← СССР), and the place. */
const irregular: ReadonlyMap<string, string> = new Map([
  ['немецкий', 'Германия'],
  ['финский', 'Финляндия'],
  ['венгерский', 'Венгрия'],
  ['тайский', 'Таиланд'],
  ['саудовский', 'Саудовская Аравия'],
  ['азиатский', 'Азия'],
  ['советский', 'СССР'],
  ['голландский', 'Нидерланды'],
  ['датский', 'Дания'],
  ['шведский', 'Швеция'],
  ['английский', 'Англия'],
  ['шотландский', 'Шотландия'],
  ['валлийский', 'Уэльс'],
  ['греческий', 'Греция'],
  ['северокорейский', 'КНДР'],
  ['южнокорейский', 'Южная Корея'],
  ['нью-йоркский', 'Нью-Йорк'],
  ['питерский', 'Санкт-Петербург'],
  ['подмосковный', 'Московская область'],
]);
/**
 * Adjectives the endings lead to a place from, though they speak of something else: the Olympic games
 * (not Olympia), the October revolution (not Oktyabrsk).
 */
const notFromPlace: ReadonlySet<string> = new Set(['олимпийский', 'октябрьский']);
/** Nouns after which an adjective of a people names a language, not a place. */
const notPlace: ReadonlySet<string> = new Set(['язык', 'языка', 'языке', 'языком', 'языку']);

const placeAdjectiveCache = new WeakMap<object, Map<string, boolean>>();

/** The names of places the endings lead an adjective back to, in order, with the stem each keeps. */
function sourcesOf(lemma: string): { readonly stem: string; readonly name: string }[] {
  if (notFromPlace.has(lemma)) return [];
  return derivations.flatMap(([ending, sources]) => {
    const stem = lemma.slice(0, lemma.length - ending.length);
    return lemma.endsWith(ending) && stem.length >= 2
      ? sources.map((source) => ({ stem, name: stem + source }))
      : [];
  });
}

/** The lemma of an adjective derived from a place the dictionary or the knowledge base knows. */
export function isPlaceAdjective(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  const t = view.tokens[i];
  if (!t || t.kind !== 'word' || !t.cyrillic) return false;
  // az lacks a few common ones ("украинского"); an unknown word with an adjective's -ск- ending counts
  const adj = view
    .parses(i)
    .find(
      (p) =>
        p.tags.has('ADJF') && (p.known || /ск(?:ий|ая|ое|ие|ого|ой|ому|ом|ую|их|им|ими)$/.test(fold(t.text))),
    );
  if (!adj || (view.parses(i)[0]?.tags.has('NOUN') ?? false)) return false;
  if (notPlace.has(fold(view.tokens[i + 1]?.text ?? ''))) return false;
  const lemma = fold(adj.lemma);
  let cache = placeAdjectiveCache.get(ctx.gazetteer);
  if (!cache) placeAdjectiveCache.set(ctx.gazetteer, (cache = new Map()));
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  // (a two-letter stem, уф-имский → Уфа, only leads to a place the knowledge base names; az knows
  // proper nouns by their capital letter)
  const found =
    irregular.has(lemma) ||
    sourcesOf(lemma).some(
      ({ stem, name }) =>
        ctx.gazetteer.isPlaceName(name) ||
        (stem.length >= 3 &&
          ctx.morph
            .parse(name.charAt(0).toUpperCase() + name.slice(1))
            .some((p) => p.known && p.tags.has('Geox') && fold(p.lemma) === name)),
    );
  cache.set(lemma, found);
  return found;
}

/**
 * The place adjective that starts at `i` as a mention, or null. "нью-йоркском", "лос-анджелесской":
 * an adjective of a place whose name opens with a prefix joined by a hyphen is one word with it, and
 * its end alone is none.
 */
export function placeAdjectiveAt(ctx: RuleContext, i: number): RawMention | null {
  const { view } = ctx;
  const { tokens } = view;
  const joined = (k: number) =>
    tokens[k]?.text === '-' && !tokens[k]?.spaceBefore && !tokens[k + 1]?.spaceBefore;
  const prefixed = (k: number) =>
    tokens[k]?.kind === 'word' && placePrefixes.has(fold(tokens[k]?.text ?? ''));
  if (joined(i - 1) && prefixed(i - 2)) return null;
  if (joined(i + 1) && prefixed(i) && isPlaceAdjective(ctx, i + 2)) {
    const words = [`${fold(tokens[i]?.text ?? '')}-${view.lemma(i + 2)}`];
    return { start: i, end: i + 3, type: 'LOC', entity: placeOf(ctx, words[0] ?? ''), words };
  }
  return isPlaceAdjective(ctx, i)
    ? { start: i, end: i + 1, type: 'LOC', entity: placeOf(ctx, view.lemma(i)), words: [view.lemma(i)] }
    : null;
}

const placeOfCache = new WeakMap<object, Map<string, KbEntity | null>>();

/**
 * The known place an adjective is made of, by the people it names ("российский": Russia) or by the
 * endings (московский: Москва), or null.
 */
function placeOf(ctx: RuleContext, lemma: string): KbEntity | null {
  return placeOfAdjective(ctx.gazetteer, lemma);
}

/** The known place an adjective's lemma is made of ("алматинский": Almaty), or null. */
export function placeOfAdjective(gazetteer: Gazetteer, lemma: string): KbEntity | null {
  let cache = placeOfCache.get(gazetteer);
  if (!cache) placeOfCache.set(gazetteer, (cache = new Map()));
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  const place = (name: string) => {
    const entity = gazetteer.byFullName(name);
    return entity?.type === 'LOC' ? entity : null;
  };
  const named = irregular.get(lemma) ?? placeOfPeople(lemma);
  let found = named ? place(named) : null;
  for (const { name } of found ? [] : sourcesOf(lemma)) if ((found = place(name))) break;
  cache.set(lemma, found);
  return found;
}

/**
 * A city's or a region's name or adjective in a body's Russian name, as English names the place
 * ("Москва", "алматинский": Moscow, Almaty), so that "Алматинский городской суд" keys as "Almaty City
 * Court" does; undefined for any other word, and for a country's, which keys as its code.
 */
export function englishPlaceWords(gazetteer: Gazetteer, word: string): readonly string[] | undefined {
  const folded = fold(word);
  if (!/^[а-я-]+$/.test(folded)) return undefined;
  const named = gazetteer.byFullName(folded);
  const place =
    named?.type === 'LOC' ? named : /(?:ск|цк)ий$/.test(folded) ? placeOfAdjective(gazetteer, folded) : null;
  if (!place || place.kind === 'country' || !place.names.en) return undefined;
  return place.names.en.split(/\s+/);
}
