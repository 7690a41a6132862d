/**
 * How far a mention reaches in each data set's convention: bodies named inside or with other bodies and
 * places, units of bodies, place adjectives, legal forms and agency prefixes.
 */
import {
  hasKnownTag,
  hasTag,
  lemmaWords,
  removeWhere,
  type RawMention,
  type RuleContext,
} from './raw-mention';
import { orgTail } from './org-tail';
import { isPlaceAdjective } from './place-adjectives';
import { agencyPrefixes, isFormOfQuotedName, orgHeadLemmas } from './cue-words';
import { orgUnitLemmas } from './unit-words';
import { isCommonNameWord, isJoiningWord } from './name-words';
import { fold } from './text-keys';
import { closeQuotes, openQuotes, type Token } from './tokenize';

/**
 * "японского МИДа", "московского «Центра»": factRuEval takes a place adjective right before an
 * organisation into a longer mention of it (the app links the body alone).
 */
export function placeAdjectiveOrgs(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { tokens } = ctx.view;
  const out: RawMention[] = [];
  for (const m of found) {
    if (m.type !== 'ORG') continue;
    const quoted = openQuote(tokens[m.start - 1]) && closeQuote(tokens[m.end]);
    const adj = quoted ? m.start - 2 : m.start - 1;
    if (!tokens[adj]?.cyrillic || !isPlaceAdjective(ctx, adj)) continue;
    if (found.some((o) => o !== m && o.start <= adj && o.end > adj && o.type === 'ORG')) continue;
    out.push({ start: adj, end: quoted ? m.end + 1 : m.end, type: 'ORG', entity: null, words: m.words });
  }
  return out;
}

/** A body's name that can stand in the genitive after another's: an acronym, or a word read so. */
const inGenitive = (ctx: RuleContext, i: number): boolean =>
  !!ctx.view.tokens[i]?.allCaps || hasTag(ctx, i, 'gent');

const openQuote = (t: Token | undefined) => !!t && openQuotes.has(t.text);
const closeQuote = (t: Token | undefined) => !!t && closeQuotes.has(t.text);

/** Body nouns whose name goes on with the body they belong to, in the genitive. */
const subunitHeads = new Set([
  ...orgHeadLemmas,
  'отделение',
  'отдел',
  'факультет',
  'кафедра',
  'штаб',
  'пресс-служба',
  'директор',
  // "ГУ МВД", "ЦУКС МЧС", "ГСУ СК": a directorate's acronym
  'гу',
  'гсу',
  'цукс',
]);

/** The longest body that starts at each token, by its start (the first one found on a tie). */
function longestBodies(found: readonly RawMention[]): Map<number, RawMention> {
  const longest = new Map<number, RawMention>();
  for (const m of found) {
    const known = longest.get(m.start);
    if (m.type === 'ORG' && (!known || m.end > known.end)) longest.set(m.start, m);
  }
  return longest;
}

/**
 * "Постоянного комитета Всекитайского собрания народных представителей", "Палаты представителей
 * Конгресса США", "Совета директоров «Башинформа»": a body named as part of another makes one longer
 * name, which NEREL marks around the two (the app links each body on its own). With a country
 * kept outside names (factRuEval), the longer name ends before it. `generic` gets the first bodies
 * NEREL does not mark again on their own: "нижней палате" of "нижней палате парламента", "Русской
 * службы" of "Русской службы «Голоса Америки»", "ГУ" of "ГУ МВД России" (on the read half of train 26
 * times in 37 a first body was not marked alone). A body the knowledge base knows and a name in
 * capitals throughout ("Палаты представителей Конгресса США", "Департамента Африки МИД России") stay.
 */
export function chainedOrgs(
  ctx: RuleContext,
  found: readonly RawMention[],
  placeOutsideOrg: boolean,
  generic: Set<RawMention>,
): RawMention[] {
  const { view } = ctx;
  const { tokens } = view;
  const bodies = found.filter((m) => m.type === 'ORG');
  // the longest body that starts where one ends: "ГУ" chains with "МВД России по Москве", not with "МВД"
  const longest = longestBodies(bodies);
  const longestAt = (k: number) => longest.get(k) ?? null;
  const out: RawMention[] = [];
  for (const a of bodies) {
    const next = longestAt(a.end);
    const b = next ?? (openQuote(tokens[a.end]) ? longestAt(a.end + 1) : null);
    if (!b || !tokens[b.start]?.cyrillic) continue;
    const quoted = !next && closeQuote(tokens[b.end]);
    if (!next && !quoted) continue;
    if (!subunitHeads.has(view.lemma(a.end - 1)) && !subunitHeads.has(view.lemma(a.start))) continue;
    if (!quoted && !inGenitive(ctx, b.start)) continue;
    let end = quoted ? b.end + 1 : b.end;
    if (placeOutsideOrg) {
      const place = found.find((m) => m.type === 'LOC' && m.end === b.end && m.start > b.start);
      if (place) end = place.start;
    }
    // (a body the knowledge base knows brings no words of its own: the chain is keyed by what it says)
    const said = (m: RawMention) => (m.entity ? lemmaWords(ctx, m.start, m.end) : m.words);
    out.push({ start: a.start, end, type: 'ORG', entity: null, words: [...said(a), ...said(b)] });
    const words = tokens.slice(a.start, a.end).filter((t) => t.kind === 'word');
    const capitals = words.length > 1 && words.every((t) => t.cap);
    if (!a.entity && !capitals) generic.add(a);
  }
  return out;
}

/**
 * "Госдумы РФ", "СК России", "УВД Томской области": NEREL marks a body named with the place it belongs
 * to, in the genitive after it, around the two as well as alone. The longer name keeps the body's id
 * when the place is the body's own country ("МВД России", not "МВД Киргизии"). "УФСБ по Пермскому
 * краю": so it marks a body's office for a region, named after "по".
 */
export function bodiesWithPlaces(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { tokens } = ctx.view;
  const places = new Map(found.filter((p) => p.type === 'LOC').map((p) => [p.start, p]));
  const placeAt = (k: number) => {
    const place = places.get(k);
    const first = place && tokens[place.start];
    if (!place || !first?.cap || first.lineBefore) return null;
    return first.allCaps || hasTag(ctx, place.start, 'gent') ? place : null;
  };
  // "по Пермскому краю", "по Москве": a region or a city in the dative, no country ("МИД России по
  // Сирии" is the ministry on Syria)
  const regionAt = (k: number) => {
    const place = places.get(k);
    const known = place?.entity;
    return known && known.kind !== 'country' && hasTag(ctx, place.end - 1, 'datv') ? place : null;
  };
  const out: RawMention[] = [];
  for (const m of found) {
    if (m.type !== 'ORG' || !tokens[m.start]?.cyrillic) continue;
    const place = placeAt(m.end);
    // "полиции Западного административного округа Москвы": a place within a place
    let end = place?.end ?? m.end;
    for (let within = placeAt(end); within; within = placeAt(end)) end = within.end;
    const covered = found.some((o) => o.type === 'ORG' && o.start <= m.start && o.end >= end);
    const own = !!m.entity?.country && m.entity.country === place?.entity?.country;
    const words = [...m.words, ...(place?.words ?? [])];
    if (place && !covered)
      out.push({ start: m.start, end, type: 'ORG', entity: own ? m.entity : null, words });
    // "УФСБ по Пермскому краю", "ГУ МВД России по Санкт-Петербургу и Ленинградской области": the body's
    // office for a region is a body of its own
    const region = tokens[end]?.text === 'по' ? regionAt(end + 1) : null;
    if (!region || found.some((o) => o.type === 'ORG' && o.start === m.start && o.end >= region.end))
      continue;
    let last = region;
    while (tokens[last.end]?.text === 'и') {
      const also = regionAt(last.end + 1);
      if (!also) break;
      last = also;
    }
    out.push({
      start: m.start,
      end: last.end,
      type: 'ORG',
      entity: null,
      words: [...words, 'по', ...region.words],
    });
  }
  return out;
}

/**
 * "Госдумы шестого созыва", "Государственной думы четвёртого и пятого созывов": NEREL marks a body with
 * its convocation by number around the two, as well as alone ("Думы нового созыва" it leaves as "Думы").
 */
export function bodiesWithConvocations(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { view } = ctx;
  const ordinal = (k: number) => !view.tokens[k]?.cap && hasKnownTag(ctx, k, 'Anum');
  const out: RawMention[] = [];
  for (const m of found) {
    if (m.type !== 'ORG' || !view.tokens[m.start]?.cyrillic || !ordinal(m.end)) continue;
    let k = m.end + 1;
    while (view.tokens[k]?.text === 'и' && ordinal(k + 1)) k += 2;
    if (view.lemma(k) !== 'созыв') continue;
    out.push({ start: m.start, end: k + 1, type: 'ORG', entity: null, words: [...m.words, 'созыв'] });
  }
  return out;
}

/**
 * "философский факультет МГУ", "русское отделение филологического факультета МГУ", "комитета Совета
 * Федерации по экономической политике": NEREL marks a unit named by a common noun together with the
 * body it belongs to, and a unit of that unit around both again.
 */
export function unitsOfOrgs(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { view } = ctx;
  const { tokens } = view;
  const lowerAdjective = (k: number) =>
    tokens[k]?.kind === 'word' && !tokens[k]?.cap && hasKnownTag(ctx, k, 'ADJF');
  const lowerGenitive = (k: number) =>
    tokens[k]?.kind === 'word' &&
    !tokens[k]?.cap &&
    !!view.parses(k)[0]?.tags.has('NOUN') &&
    hasTag(ctx, k, 'gent');
  const out: RawMention[] = [];
  // "пресс-службе ГУ МВД России по Москве": the unit takes the longest body after it
  const queue = [...longestBodies(found).values()];
  for (let q = 0; q < queue.length && q < 200; q++) {
    const b = queue[q];
    if (!b) continue;
    const quoted = openQuote(tokens[b.start - 1]) && closeQuote(tokens[b.end]);
    // the body is named ("МГУ", "Совета Федерации", «Киностудии КИТ») or said whose it is
    // ("правительства России"), not a common noun alone
    const owned = b.end - b.start > 1;
    if (!quoted && !tokens[b.start]?.cap && !owned && !out.includes(b)) continue;
    let k = quoted ? b.start - 2 : b.start - 1;
    while (k > 0 && lowerAdjective(k)) k--;
    // "управление собственной безопасности ФСБ": the unit's field in the genitive stands between
    for (let j = k, steps = 0; steps < 3 && !orgUnitLemmas.has(view.lemma(k)) && lowerGenitive(j); steps++) {
      j--;
      while (j > 0 && lowerAdjective(j)) j--;
      if (orgUnitLemmas.has(view.lemma(j))) k = j;
    }
    // "пресс-служба МВД": a word joined by a hyphen is one head, which may open a sentence
    const joined = tokens[k - 1]?.text === '-' && !tokens[k - 1]?.spaceBefore && !tokens[k]?.spaceBefore;
    // "совет директоров «Газпрома»": a board is a unit named by whom it gathers
    const board = view.lemma(k) === 'директор' && view.lemma(k - 1) === 'совет';
    const headStart = joined && tokens[k - 2]?.kind === 'word' ? k - 2 : board ? k - 1 : k;
    const head = tokens[headStart];
    const lemma = board
      ? 'совет директоров'
      : headStart < k
        ? `${fold(head?.text ?? '')}-${view.lemma(k)}`
        : view.lemma(k);
    if (!head || (head.cap && !head.sentenceStart) || !orgUnitLemmas.has(lemma)) continue;
    if (!quoted && !inGenitive(ctx, b.start)) continue;
    let start = headStart;
    while (start > 0 && lowerAdjective(start - 1)) start--;
    // "Следственном управлении Следственного комитета": a capitalised name holds the unit already
    // ("Сегодня пресс-служба Кремля": a word that only opens the sentence does not)
    const before = tokens[start - 1];
    const opensOnly = before?.sentenceStart && !hasTag(ctx, start - 1, 'ADJF');
    if (before?.cap && before.kind === 'word' && !opensOnly) continue;
    let end = quoted ? b.end + 1 : b.end;
    if (tokens[end]?.text === 'по') end = orgTail(ctx, end);
    const unit = { start, end, type: 'ORG' as const, entity: null, words: [lemma, ...b.words] };
    out.push(unit);
    queue.push(unit);
  }
  return out;
}

/**
 * factRuEval's convention: the Internet, in any case and capital or not, is an organisation ("в
 * Интернете", "Интернет страница"); NEREL counts it a product and the app leaves it unmarked. A word
 * joined by a hyphen ("интернет-магазин") is another thing.
 */
export function internetAsOrg(ctx: RuleContext): RawMention[] {
  const { view } = ctx;
  const { tokens } = view;
  const out: RawMention[] = [];
  const joined = (n: number) => tokens[n]?.text === '-' && !tokens[n]?.spaceBefore;
  tokens.forEach((t, k) => {
    if (t.kind !== 'word' || !t.cyrillic || joined(k + 1) || joined(k)) return;
    if (view.lemma(k) === 'интернет')
      out.push({ start: k, end: k + 1, type: 'ORG', entity: null, words: ['интернет'] });
  });
  return out;
}

/**
 * factRuEval's convention: an agency's prefix stands outside its name, as a legal form does (РИА |
 * «Новости», ИА | Regnum); the name keeps the agency's id.
 */
export function prefixOutsideOrg(ctx: RuleContext, found: RawMention[]): void {
  const { tokens } = ctx.view;
  found.forEach((m, n) => {
    const prefix = tokens[m.start];
    if (m.type !== 'ORG' || !prefix?.allCaps || !agencyPrefixes.has(fold(prefix.text))) return;
    const start = openQuote(tokens[m.start + 1]) ? m.start + 2 : m.start + 1;
    const end = closeQuote(tokens[m.end - 1]) ? m.end - 1 : m.end;
    if (end > start) found[n] = { ...m, start, end };
  });
}

/** ООО "МНКТ" → the form and the quotes in the span, in place; the form's own mention goes. */
export function takeLegalForms(ctx: RuleContext, found: RawMention[]): void {
  const { tokens } = ctx.view;
  const forms = new Set<number>();
  found.forEach((m, n) => {
    if (m.type !== 'ORG' || !openQuote(tokens[m.start - 1]) || !closeQuote(tokens[m.end])) return;
    if (!isFormOfQuotedName(tokens[m.start - 2])) return;
    found[n] = { ...m, start: m.start - 2, end: m.end + 1 };
    forms.add(m.start - 2);
  });
  if (forms.size > 0) removeWhere(found, (m) => forms.has(m.start) && m.end === m.start + 1);
}

/**
 * "Нобелевской премии", "Абелевской премии": NEREL marks the adjective made of a person's name before
 * a prize as that person (17 times in 22 on the read half of train; "Нобелевского комитета" never).
 */
export function prizeFounders(ctx: RuleContext): RawMention[] {
  const { tokens } = ctx.view;
  const out: RawMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.cap || !t.cyrillic || !/(?:ев|ов|ин|ер)ск(?:ая|ой|ую|ою)$/.test(t.text)) continue;
    if (ctx.view.lemma(i + 1) === 'премия')
      out.push({ start: i, end: i + 1, type: 'PER', entity: null, words: [fold(t.text)] });
  }
  return out;
}

/**
 * The words from `start` to `end` name the body `m` by what it is ("Конгресса", "МИД", "Совета
 * министров") or by its one-word name ("Госдепартамента"), not by a title of its own that holds a
 * place ("Голос | Америки", "Совета муфтиев | России").
 */
function bodyWordsBefore(ctx: RuleContext, m: RawMention, end: number): boolean {
  const { view } = ctx;
  if (end - m.start === 1 && ctx.gazetteer.match(view, m.start, ctx.seen, 1)?.entity === m.entity)
    return true;
  return Array.from({ length: end - m.start }, (_, n) => m.start + n).every((j) => {
    const lemma = view.lemma(j);
    return !!view.tokens[j]?.allCaps || isCommonNameWord(lemma) || isJoiningWord(lemma);
  });
}

/**
 * Cuts a trailing place off organisations and makes it a mention of its own; a known body keeps its
 * id ("МИД РФ": МИД, still the Russian ministry, and РФ).
 */
export function splitOrgPlace(ctx: RuleContext, found: RawMention[]): void {
  const { view, gazetteer, seen } = ctx;
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (!m || m.type !== 'ORG' || m.end - m.start < 2) continue;
    if (m.entity && !view.tokens[m.start]?.cyrillic) continue;
    for (let k = m.start + 1; k < m.end; k++) {
      const t = view.tokens[k];
      if (!t?.cap || t.kind !== 'word' || (view.tokens[k - 1]?.text === '-' && !t.spaceBefore)) continue;
      // "Bank of East Asia": a place after a Latin connector is part of the name, even there
      if (!t.cyrillic && view.tokens[k - 1]?.kind === 'word' && !view.tokens[k - 1]?.cap) break;
      const place = gazetteer.match(view, k, seen);
      const oneWordPlace = view.flags(k).place && !view.flags(k).name && k + 1 === m.end;
      // a known body splits off its own country (МИД РФ, Конгресс США), not the place of a title
      // (Единая Россия, Совет Европы); a quoted name keeps its place, known or not («Голос Америки»,
      // «Путь Грузии»)
      const quoted = openQuotes.has(view.tokens[m.start - 1]?.text ?? '');
      const ownCountry =
        !!m.entity?.country &&
        place?.entity.country === m.entity.country &&
        !view.parses(k - 1).some((p) => p.tags.has('ADJF')) &&
        bodyWordsBefore(ctx, m, k);
      const body = !quoted && (!m.entity || ownCountry);
      if (((place?.entity.type === 'LOC' && k + place.length === m.end) || oneWordPlace) && body) {
        found[n] = { ...m, end: k, words: m.words.slice(0, Math.max(1, k - m.start)) };
        found.push({
          start: k,
          end: m.end,
          type: 'LOC',
          entity: place?.entity.type === 'LOC' ? place.entity : null,
          words: [view.lemma(k)],
        });
        break;
      }
    }
  }
}
