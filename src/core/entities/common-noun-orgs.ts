/**
 * Bodies named by a common noun ("полиция", "правительства России", "кабинет министров"), which NEREL
 * marks and the app does not highlight.
 */
import { hasKnownTag, hasTag, lemmaWords, type RawMention, type RuleContext } from './raw-mention';
import { orgTail } from './org-tail';
import { isPlaceAdjective } from './place-adjectives';
import { militaryHeads, ordinalBefore } from './russian-context';

/**
 * The head words of such bodies, chosen on NEREL's train split: the ones that start an organisation
 * mention at least 45% of the times they occur in lower case. (A unit joined by a hyphen,
 * "пресс-служба", is three tokens; unitsOfOrgs marks it with the body named after it.)
 */
const orgNouns: ReadonlySet<string> = new Set([
  'правительство',
  'полиция',
  'парламент',
  'администрация',
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
/**
 * Heads that NEREL marks only with a word that says whose they are ("посольства США", "сборная
 * Португалии", "администрация президента"); alone they name no body there ("в посольстве", "департамент").
 * On the read half of train a bare one was an organisation 3 times in 38, and "власти" before its
 * country ("Власти Йемена") never again on its own, in 8.
 */
const orgNounsNeedingOwner: ReadonlySet<string> = new Set([
  'власть',
  'администрация',
  'министерство',
  'департамент',
  'сборная',
  'посольство',
  'кабинет',
  'конгресс',
]);
/** A common-noun body ("сборной" of "сборной России") that NEREL does not mark without its owner. */
export const needsOwner = (m: RawMention): boolean => !m.entity && orgNounsNeedingOwner.has(m.words[0] ?? '');

/**
 * Heads that NEREL marks only after an adjective of a place ("московский суд", "российской армии",
 * "израильские силы"); alone or before a country they are not ("подал в суд", "суд Москвы" 2 times in
 * 18 on the read half of train). The others there started an organisation each time they followed an
 * adjective of a place, 1 to 4 times each ("российских войск", "шведская академия", "сирийской
 * оппозицией"); after a country's "британских сил" once they did not.
 */
const orgNounsAfterPlace: ReadonlySet<string> = new Set([
  'суд',
  'армия',
  'сила',
  'войско',
  'академия',
  'киноакадемия',
  'комитет',
  'ведомство',
  'представительство',
  'спецслужба',
  'оппозиция',
  'управление',
]);
/** Adjective and noun pairs that name one body: "нижняя палата", "апелляционный суд". */
const orgPairs: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['полиция', new Set(['военный'])],
  ['палата', new Set(['нижний', 'верхний'])],
  ['комитет', new Set(['следственный'])],
  ['суд', new Set(['апелляционный', 'окружной', 'окружный', 'верховный', 'конституционный', 'арбитражный'])],
  ['сила', new Set(['коалиционный', 'военно-воздушный', 'вооружить', 'вооруженный'])],
]);
/** Heads named by the field they run, in the genitive after them ("министерство обороны", "силы безопасности"). */
const fieldHeads: ReadonlySet<string> = new Set(['министерство', 'департамент', 'полиция', 'сила']);
/** What may follow the head inside the name: "кабинет министров", "администрации президента". */
const orgTailNouns: ReadonlySet<string> = new Set(['министр', 'президент']);
/**
 * Heads that NEREL marks in lower case with the matter they deal with ("комитета по вопросам семьи",
 * "комиссию по борьбе с коррупцией"): on the read half of train 5 times in 7 with "по" after them.
 */
const orgNounsWithMatter: ReadonlySet<string> = new Set(['комитет', 'комиссия']);

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
  'переходный',
  'кремлевский',
  'кремлёвский',
  'временный',
  'коалиционный',
]);

/** "полиция", "правительства России", "кабинет министров", "японским парламентом": an organisation by its common name. */
export function commonNounOrg(ctx: RuleContext, i: number): RawMention | null {
  const { view } = ctx;
  const t = view.tokens[i];
  if (!t || t.kind !== 'word' || !t.cyrillic || (t.cap && !t.sentenceStart)) return null;
  // "Следственный комитет России." opening a sentence: a name the knowledge base knows is that body
  if (t.cap && ctx.gazetteer.match(view, i, ctx.seen)?.entity.type === 'ORG') return null;
  // "1-й армии США", "2-й гвардейской армии": a military unit by its number
  const ordinal = ordinalBefore(ctx, i + 1) < i + 1;
  // adjectives first: the head decides
  let head = ordinal ? i + 1 : i;
  // "бельгийской колониальной администрации": after a place adjective any adjective may stand
  let afterPlace = false;
  while (
    head - i < 2 &&
    view.tokens[head + 1]?.kind === 'word' &&
    !view.tokens[head + 1]?.cap &&
    (orgAdjectives.has(view.lemma(head)) ||
      isPlaceAdjective(ctx, head) ||
      (ordinal && hasKnownTag(ctx, head, 'ADJF')) ||
      (afterPlace && hasKnownTag(ctx, head, 'ADJF') && !hasTag(ctx, head, 'Apro') && !teamLemma(ctx, head)))
  ) {
    afterPlace ||= isPlaceAdjective(ctx, head);
    head++;
  }
  const lemma = teamLemma(ctx, head) ?? view.lemma(head);
  if (ordinal && !militaryHeads.has(lemma)) return null;
  let end = head + 1;
  // "власти Перу", "Канадские власти": the authorities count only with their country
  const authorities =
    lemma === 'власть' &&
    view.parses(head).some((p) => p.tags.has('plur')) &&
    (head > i || ctx.gazetteer.match(view, end, ctx.seen)?.entity.type === 'LOC');
  const withMatter = orgNounsWithMatter.has(lemma) && view.tokens[end]?.text === 'по';
  if (withMatter) {
    end = orgTail(ctx, end);
  } else if (orgNouns.has(lemma) || authorities || ordinal || (afterPlace && orgNounsAfterPlace.has(lemma))) {
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
  // (the place it belongs to, whose name keys it: "правительства России" is "Правительство России")
  let owned = false;
  if (next?.cap && !next.lineBefore) {
    const m = ctx.gazetteer.match(view, end, ctx.seen);
    // ("правительства | Владимир Путин": a person in the nominative is the one who speaks)
    const genitive = m?.entity.type === 'LOC' || hasTag(ctx, end, 'gent');
    const before = end;
    if (m && (m.entity.type === 'LOC' || m.entity.type === 'PER') && genitive) {
      owned = m.entity.type === 'LOC';
      end += m.length;
    } else {
      end = placeInGenitiveEnd(ctx, end);
      owned = end > before;
    }
  }
  if (end === i + 1 && orgNounsNeedingOwner.has(lemma)) return null;
  // ("министерства иностранных дел России": the field's tail may have taken the place in already)
  for (let k = head + 2; k < end && !owned; k++)
    owned = !!view.tokens[k]?.cap && ctx.gazetteer.match(view, k, ctx.seen)?.entity.type === 'LOC';
  let start = ordinal ? i - 2 : i;
  // "межведомственной комиссии по обеспечению безопасности": the adjectives before it are its own
  const adjective = (k: number) =>
    view.tokens[k]?.kind === 'word' &&
    !view.tokens[k]?.cap &&
    view.parses(k).some((p) => p.known && p.tags.has('ADJF') && !p.tags.has('Apro'));
  while (withMatter && start > i - 2 && adjective(start - 1)) start--;
  // (a committee is named by its matter too: alone, "Комиссия" names no body the text found; a
  // body with its place by both, as "Правительство России" is)
  const words = withMatter || owned ? lemmaWords(ctx, start, end) : [lemma];
  return { start, end, type: 'ORG', entity: null, words };
}

/**
 * Where a place's name in the genitive that starts at `k` ends, or `k`: one word the dictionary knows
 * as a place's ("Ельца"), or two, the second no person's ("Сергиева Посада").
 */
export function placeInGenitiveEnd(ctx: RuleContext, k: number): number {
  const { view } = ctx;
  if (!view.tokens[k]?.cap || !view.flags(k).place || !hasTag(ctx, k, 'gent')) return k;
  const next = view.tokens[k + 1];
  const f = view.flags(k + 1);
  const second =
    next?.cap && !next.lineBefore && f.place && !f.name && !f.surname && hasTag(ctx, k + 1, 'gent');
  return second ? k + 2 : k + 1;
}

/**
 * Heads that NEREL marks again on their own inside "армянское правительство", "британской полиции":
 * on the read half of train, 20 times in 25 after an adjective (a court there never, a prosecutor's
 * office once in 5).
 */
const headsMarkedInside: ReadonlySet<string> = new Set(['правительство', 'полиция', 'парламент']);

/**
 * "правительство" in "армянское правительство": the head of a common-noun body after its adjectives,
 * and of a known body named by its people's adjective and such a head ("казахстанское правительство").
 */
export function headsOfCommonNounOrgs(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { view } = ctx;
  const out: RawMention[] = [];
  for (const m of found) {
    const head = m.end - 1;
    const lemma = view.lemma(head);
    if (m.type !== 'ORG' || head === m.start || !headsMarkedInside.has(lemma)) continue;
    // (or a known one named so: "казахстанское правительство")
    const named = m.entity ? m.end - m.start === 2 && isPlaceAdjective(ctx, m.start) : m.words[0] === lemma;
    if (!named || (!m.entity && m.words.length !== 1)) continue;
    out.push({ start: head, end: m.end, type: 'ORG', entity: null, words: [lemma] });
  }
  return out;
}

/** Bodies named by their leader as NEREL marks them: "правительства Хатоямы", "администрацией Обамы". */
const ledBodies: ReadonlySet<string> = new Set(['правительство', 'администрация']);

/**
 * "правительства Хатоямы", "правительство Чавеса": a government and the person in the genitive
 * it is named by, once the text has found that person; a known one joins it as it is read. (A person
 * in the nominative after it is the one who speaks: "главы правительства Владимир Путин".)
 */
export function governmentsOfPersons(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { view } = ctx;
  const persons = new Map(found.filter((m) => m.type === 'PER').map((m) => [m.start, m]));
  const out: RawMention[] = [];
  for (const m of found) {
    if (m.type !== 'ORG' || m.entity || m.end - m.start !== 1 || !ledBodies.has(m.words[0] ?? '')) continue;
    const person = persons.get(m.end);
    if (!person || view.tokens[m.end]?.lineBefore || !hasTag(ctx, m.end, 'gent')) continue;
    // (NEREL marks the government alone inside it too)
    out.push({ ...m, end: person.end });
  }
  return out;
}

/**
 * "сборной России", "российской сборной": az reads the team as the adjective "сборный"; it is the
 * noun when no noun follows it for it to qualify ("сборный пункт").
 */
function teamLemma(ctx: RuleContext, i: number): string | null {
  const { view } = ctx;
  if (view.lemma(i) !== 'сборный') return null;
  const next = view.tokens[i + 1];
  if (next?.kind === 'word' && !next.cap && view.parses(i + 1).some((p) => p.tags.has('NOUN'))) return null;
  return view.parses(i).some((p) => p.tags.has('femn')) ? 'сборная' : null;
}
