import type { RawMention, RuleContext } from './raw-mention';
import { orgTail } from './rules-ru';
import { fold } from './text-keys';

/**
 * What NEREL marks beyond names, and the app does not highlight: organisations named by a common noun
 * ("полиция", "правительства России") and adjectives of places ("британской", "московского").
 * The head words were chosen on NEREL's train split: the ones that start an organisation mention at
 * least 45% of the times they occur in lower case.
 */
const orgNouns: ReadonlySet<string> = new Set([
  'правительство',
  'полиция',
  'парламент',
  'администрация',
  'пресс-служба',
  'прокуратура',
  'министерство',
  'департамент',
  'сборная',
  'посольство',
  'сенат',
  'генштаб',
  'мэрия',
  'госдума',
  'кабинет',
  'конгресс',
  'талиб',
]);
/** Adjective and noun pairs that name one body: "нижняя палата", "апелляционный суд". */
const orgPairs: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['палата', new Set(['нижний', 'верхний'])],
  ['суд', new Set(['апелляционный', 'окружной', 'окружный', 'верховный', 'конституционный', 'арбитражный'])],
  ['сила', new Set(['коалиционный', 'военно-воздушный', 'вооружить', 'вооруженный'])],
]);
/** Heads named by the field they run, in the genitive after them ("министерство обороны"). */
const fieldHeads: ReadonlySet<string> = new Set(['министерство', 'департамент', 'полиция']);
/** What may follow the head inside the name: "кабинет министров", "правительство России". */
const orgTailNouns: ReadonlySet<string> = new Set(['министр']);

/** Adjective endings and the endings of the place names they come from (российский → Россия). */
const derivations: readonly (readonly [string, readonly string[]])[] = [
  ['ийский', ['ия', 'ий', 'ай']],
  ['ейский', ['ея', 'а', 'ей']],
  ['айский', ['ай', 'ая']],
  ['анский', ['ания', 'ан', 'а', 'ия', 'анистан']],
  ['инский', ['а', 'ино', 'ин', 'ина', 'ия']],
  ['енский', ['ень', 'ена', 'ено']],
  ['овский', ['ва', 'ов', 'ово']],
  ['евский', ['ев', 'ево', 'ева']],
  ['имский', ['а', 'им']],
  ['ьянский', ['ия']],
  ['янский', ['ения', 'ия', 'ь']],
  ['ьский', ['ьша', 'ия', 'ь', 'ьск']],
  ['шский', ['хия', 'хи']],
  ['ецкий', ['ция', 'ецк']],
  ['цкий', ['к', 'ция']],
  ['жский', ['гия', 'г']],
  ['ский', ['', 'ия', 'а', 'ь', 'о', 'я', 'ск']],
];
/** Adjectives whose place the endings do not lead to (немецкий ← Германия, советский ← СССР). */
const irregular: ReadonlySet<string> = new Set([
  'немецкий',
  'советский',
  'голландский',
  'датский',
  'шведский',
  'английский',
  'шотландский',
  'валлийский',
  'греческий',
  'северокорейский',
  'южнокорейский',
  'нью-йоркский',
  'питерский',
  'подмосковный',
]);
/** Nouns after which an adjective of a people names a language, not a place. */
const notPlace: ReadonlySet<string> = new Set(['язык', 'языка', 'языке', 'языком', 'языку']);

const placeAdjectiveCache = new WeakMap<object, Map<string, boolean>>();

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
  let found = irregular.has(lemma);
  for (const [ending, sources] of found ? [] : derivations) {
    if (!lemma.endsWith(ending) || lemma.length - ending.length < 2) continue;
    const stem = lemma.slice(0, lemma.length - ending.length);
    for (const source of sources) {
      const candidate = stem + source;
      // a two-letter stem (уф-имский → Уфа) only leads to a place the knowledge base names
      if (stem.length < 3 && !ctx.gazetteer.isPlaceName(candidate)) continue;
      // az knows proper nouns by their capital letter
      const capitalised = candidate.charAt(0).toUpperCase() + candidate.slice(1);
      if (
        ctx.gazetteer.isPlaceName(candidate) ||
        ctx.morph.parse(capitalised).some((p) => p.known && p.tags.has('Geox') && fold(p.lemma) === candidate)
      ) {
        found = true;
        break;
      }
    }
    if (found) break;
  }
  cache.set(lemma, found);
  return found;
}

/** Lower-case adjectives that stand inside such a name: "национального парламента", "столичной мэрии". */
const orgAdjectives: ReadonlySet<string> = new Set([
  'национальный',
  'федеральный',
  'столичный',
  'областной',
  'городской',
  'региональный',
  'краевой',
  'республиканский',
]);

/** "полиция", "правительства России", "кабинет министров", "японским парламентом": an organisation by its common name. */
export function commonNounOrg(ctx: RuleContext, i: number): RawMention | null {
  const { view } = ctx;
  const t = view.tokens[i];
  if (!t || t.kind !== 'word' || !t.cyrillic || (t.cap && !t.sentenceStart)) return null;
  // adjectives first: the head decides
  let head = i;
  while (
    head - i < 2 &&
    view.tokens[head + 1]?.kind === 'word' &&
    !view.tokens[head + 1]?.cap &&
    (orgAdjectives.has(view.lemma(head)) || isPlaceAdjective(ctx, head))
  )
    head++;
  const lemma = view.lemma(head);
  let end = head + 1;
  if (orgNouns.has(lemma)) {
    // fall through to the tail
  } else if (
    head === i &&
    view.tokens[i + 1]?.kind === 'word' &&
    orgPairs.get(view.lemma(i + 1))?.has(lemma)
  ) {
    end = i + 2;
  } else {
    return null;
  }
  if (orgTailNouns.has(view.lemma(end)) && !view.tokens[end]?.cap) end++;
  // "министерство культуры", "департамент управления программами": the field it runs, in the genitive
  else if (fieldHeads.has(lemma) && !view.tokens[end]?.cap) end = orgTail(ctx, end);
  // a country, a city or a known person in the genitive right after it is part of the name
  // (правительства России, правительство Медведева)
  const next = view.tokens[end];
  if (next?.cap && !next.lineBefore) {
    const m = ctx.gazetteer.match(view, end, ctx.seen);
    if (m && (m.entity.type === 'LOC' || m.entity.type === 'PER')) end += m.length;
    else if (view.flags(end).place && view.parses(end).some((p) => p.tags.has('gent'))) end++;
  }
  return { start: i, end, type: 'ORG', entity: null, words: [lemma] };
}
