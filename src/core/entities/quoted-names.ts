/** Russian names in quotes, read by the words before them: a body's name, a work's title, or neither. */
import { lemmaWords, removeWhere, type RawMention, type RuleContext } from './raw-mention';
import { orgHeadLemmas } from './cue-words';
import { eventNouns, notOrgDescriptors, orgDescriptors, venueNouns, workNouns } from './quote-cues';
import { personNounBefore } from './russian-context';
import { closeQuotes, openQuotes, writtenText } from './tokenize';

/** Nouns for an alias, before which a quoted name is a person's: "с позывным «Гордон»", "по прозвищу «Гиви»". */
const aliasNouns = new Set(['позывной', 'прозвище', 'кличка', 'ник', 'псевдоним']);

/**
 * A capitalised name in quotes, read by the noun before it: the title of a work, a ship or a prize
 * («Союз ТМА-19» after "корабль", «Ника» after "премия") names no body (`mention` null, `end` after
 * the closing quote; names inside it still count); after a noun for a body («Барселона» after "клуб")
 * the whole quoted name is an organisation, whatever its words would be alone. In a list («Цирк»,
 * «Новые времена» и «Огни большого города»; песни, как «…») every item is read by the list's noun.
 * With no noun before it (в «Рому», испанской «Барселоны»), a city or a surname in quotes is a club's
 * or a company's name: Russian quotes no plain place or person. Null when nothing says which.
 */
export function quotedName(
  ctx: RuleContext,
  i: number,
): { readonly end: number; readonly mention: RawMention | null } | null {
  const { view } = ctx;
  const { tokens } = view;
  const t = tokens[i];
  const open = tokens[i - 1];
  if (!t?.cap || !open || !openQuotes.has(open.text) || t.lineBefore) return null;
  const k = closingQuote(ctx, i);
  // "с позывным «Гиви»", "по прозвищу «Гиви»": an alias is a person's, for the rules to read
  if (k === null || aliasNouns.has(view.lemma(i - 2))) return null;
  let kind = quoteKind(ctx, i - 1, 0);
  const known = ctx.gazetteer.match(view, i, ctx.seen);
  // "в «Мулен Руже» (1952)", "«Лили» (1953 год)": a year in brackets after it dates a work, unless
  // it names a known body ("«Газпром» (2001)") or a noun before it a body ("группы «Блестящие» (1996—2003)")
  const year = tokens[k + 2];
  const dated = tokens[k + 1]?.text === '(' && year?.kind === 'num' && /^(?:1[6-9]|20)\d\d$/.test(year.text);
  if (dated && kind !== 'body' && known?.length !== k - i) kind = 'title';
  // на «Евровидении», фестиваль «Сандэнс»: a known event, whole in quotes, is that event, unless a
  // work is named after it (фильм «Олимпиада»)
  if (
    known?.entity.type === 'EVENT' &&
    known.length === k - i &&
    (kind !== 'title' || eventNouns.has(view.lemma(i - 2)))
  )
    return { end: k + 1, mention: { start: i, end: k, type: 'EVENT', entity: known.entity, words: [] } };
  // на стадионе «Сантьяго Бернабеу»: a known place, whole in quotes after a venue's noun, is that place
  // (космодрома «Байконур»: the site the noun and the name make together, where the knowledge base has it)
  // (пункты пропуска «Торугарт» и «Иркештам»: the list's noun, before its first item)
  // (проект «Северный поток-2»: a project named by a known site of more than one word is that site,
  // not a work's title, as проект «Москва» might be)
  const noun = view.lemma(firstOfList(ctx, i - 1) - 1);
  const ofSite = venueNouns.has(noun) || (noun === 'проект' && k - i > 1 && known?.entity.kind !== 'country');
  if (known?.entity.type === 'LOC' && known.length === k - i && ofSite) {
    const site = ctx.gazetteer.byFullName(`${noun} «${writtenText(tokens, i, k)}»`);
    const entity = site?.type === 'LOC' ? site : known.entity;
    return { end: k + 1, mention: { start: i, end: k, type: 'LOC', entity, words: [] } };
  }
  if (kind === 'title') return { end: k + 1, mention: null };
  // "Солистка «Ленинграда»", "на концерте «Ленинграда»": after a noun that says nothing of it, a lone
  // place in quotes is still no plain place
  // («Ливерпуль» встретится с «Наполи»: so at the start of a sentence)
  const quotedPlace =
    k === i + 1 &&
    (tokens[i - 2]?.kind === 'word' || t.sentenceStart) &&
    (known ? known.entity.type === 'LOC' : view.flags(i).place && !view.flags(i).name);
  // «Сан-Антонио Спёрс», «Бостон Селтикс»: a known place, then capitalised words no place's, in
  // quotes, is a team or a company named after the place
  const afterPlace = known?.entity.type === 'LOC' ? i + known.length : k;
  const placeBody =
    afterPlace < k &&
    k - i <= 4 &&
    tokens.slice(afterPlace, k).every((w) => w.kind === 'word' && w.cap) &&
    !ctx.gazetteer.match(view, afterPlace, ctx.seen);
  kind ??= quotedPlace || placeBody ? 'bare' : null;
  if (kind === null) return null;
  if (kind === 'bare' && !placeBody) {
    // only a lone city or surname: longer quoted names are the Russian rule's to read
    const f = view.flags(i);
    const nameLike = f.place || f.surname || f.name || (known && known.entity.type !== 'ORG');
    if (k !== i + 1 || !nameLike || (known && known.entity.type === 'ORG')) return null;
  }
  const entity = known && known.length === k - i && known.entity.type === 'ORG' ? known.entity : null;
  return { end: k + 1, mention: { start: i, end: k, type: 'ORG', entity, words: lemmaWords(ctx, i, k) } };
}

/** The index of the quote closing the one opened before `i`, within ten tokens on one line. */
function closingQuote(ctx: RuleContext, i: number): number | null {
  const { tokens } = ctx.view;
  let k = i;
  while (k < tokens.length && k - i < 10 && !closeQuotes.has(tokens[k]?.text ?? '') && !tokens[k]?.lineBefore)
    k++;
  return k > i && closeQuotes.has(tokens[k]?.text ?? '') ? k : null;
}

const listJoiners = new Set([',', 'и', 'или', 'а']);

/** The last word of a clause that opens a list, and the words before it: "среди которых", "в том числе". */
const listOpeners: ReadonlyMap<string, readonly string[]> = new Map([
  ['которых', ['среди']],
  ['числе', ['в', 'том']],
]);

/** Who runs or owns a body: "замгендиректора «Уральской стали»", "основатель «Яндекса»". */
const headOfBody =
  /^(?:зам|экс-|вице-)?(?:ген|тех|фин|арт-)?директор|^(?:со)?(?:основатель|владелец)|^акционер/;

/** Verbs that give a source: ", пишет «Тамбовская жизнь»", "как сообщает «Фонтанка»". */
const reportingVerbs = new Set(['писать', 'сообщать', 'сообщить', 'передавать', 'передать']);
/** Nouns after "по" that give a source: "по данным «Фонтанки»", "по версии «Форбс»". */
const sourceNouns = new Set(['данные', 'версия', 'информация', 'сообщение']);

/**
 * Whether the words before the quote at `open` cite the quoted name as a source: a paper, an agency,
 * a channel ("пишет «Тамбовский меридиан»" is no place, "по версии «Форбс»" no person).
 */
function citedSource(ctx: RuleContext, open: number): boolean {
  const { view } = ctx;
  const lemma = view.lemma(open - 1);
  const before = view.tokens[open - 2];
  if (sourceNouns.has(lemma)) return before?.text.toLowerCase() === 'по';
  if (!reportingVerbs.has(lemma) || view.tokens[open - 1]?.cap) return false;
  // ", пишет «…»", "как сообщает «…»", "— передаёт «…»": the verb stands where a source's does
  return !before || [',', '—', '–', 'как'].includes(before.text.toLowerCase());
}

/** What a noun before a quoted name makes it: a work's title («Цирк» after "фильм"), a body's name, or neither. */
const nounKind = (lemma: string): 'title' | 'body' | null =>
  notOrgDescriptors.has(lemma) ? 'title' : orgDescriptors.has(lemma) ? 'body' : null;

/** The opening quote of the first item of a list of quoted names that the quote at `open` is in. */
function firstOfList(ctx: RuleContext, open: number): number {
  const { tokens } = ctx.view;
  let first = open;
  for (let n = 0; n < 12; n++) {
    const before = tokens[first - 1];
    if (
      !before ||
      !listJoiners.has(before.text.toLowerCase()) ||
      !closeQuotes.has(tokens[first - 2]?.text ?? '')
    )
      break;
    let o = first - 3;
    while (o > first - 14 && o >= 0 && !openQuotes.has(tokens[o]?.text ?? '')) o--;
    if (o < 0 || !openQuotes.has(tokens[o]?.text ?? '')) break;
    first = o;
  }
  return first;
}

/**
 * What the words before an opening quote say of the quoted name: a title, a body, or ('bare') that
 * no noun stands before it. A quote after "как" or after another quoted item of a list is read as
 * the list is.
 */
function quoteKind(ctx: RuleContext, open: number, depth: number): 'title' | 'body' | 'bare' | null {
  const { view } = ctx;
  const { tokens } = view;
  const before = tokens[open - 1];
  if (!before || tokens[open]?.lineBefore) return null;
  // «Today», «Talk Talk» и «It's My Life»: the item before in the list decides
  if (
    listJoiners.has(before.text.toLowerCase()) &&
    closeQuotes.has(tokens[open - 2]?.text ?? '') &&
    depth < 12
  ) {
    let o = open - 3;
    while (o > open - 14 && o >= 0 && !openQuotes.has(tokens[o]?.text ?? '')) o--;
    if (o >= 0 && openQuotes.has(tokens[o]?.text ?? '')) {
      const kind = quoteKind(ctx, o, depth + 1);
      if (kind === 'title' || kind === 'body') return kind;
    }
  }
  // "такие картины, как «Цирк»": the noun before "как"; a work's noun wins over the body it is
  // of ("хитов группы как «It’s My Life»")
  if (before.text.toLowerCase() === 'как') {
    const from = tokens[open - 2]?.text === ',' ? open - 3 : open - 2;
    let kind: 'body' | null = null;
    for (let n = from; n >= Math.max(0, from - 2); n--) {
      const noun = nounKind(view.lemma(n));
      if (noun === 'title') return noun;
      kind = noun ?? kind;
    }
    return kind;
  }
  // "синглами, среди которых «Today»", "фильмы, в том числе «Цирк»": the noun before the clause
  const clause = listOpeners.get(before.text.toLowerCase());
  if (clause && tokens[open - 1 - clause.length]?.text.toLowerCase() === clause[0] && depth < 12) {
    let n = open - 1 - clause.length;
    if (tokens[n - 1]?.text === ',') n--;
    const kind = nounKind(view.lemma(n - 1));
    if (kind) return kind;
  }
  if (before.kind === 'word') {
    const lemma = view.lemma(open - 1);
    const kind = nounKind(lemma);
    if (kind) return kind;
    if (headOfBody.test(lemma) || citedSource(ctx, open)) return 'body';
    const best = view.parses(open - 1)[0];
    const noun = !best || best.tags.has('NOUN') || before.cap;
    return noun && !best?.tags.has('PREP') ? null : 'bare';
  }
  // "Выступал за команды: «Джордан», «Бенеттон»": the noun before a colon opening a list
  if (before.text === ':' && tokens[open - 2]?.kind === 'word' && !tokens[open - 2]?.cap) {
    const kind = nounKind(view.lemma(open - 2));
    if (kind) return kind;
  }
  return [',', '—', '(', ':'].includes(before.text) ? 'bare' : null;
}

/** Who speaks for a body or plays in it, and what a body gives: "солист «Телевизора»", "интервью «Свободной прессе»". */
const ofBody = new Set([
  'галерея',
  'киностудия',
  'студия',
  'еженедельник',
  'ежедневник',
  'интервью',
  'солист',
  'вокалист',
  'участник',
  'жюри',
  'композиция',
  'пресс-служба',
  'представитель',
  'сотрудник',
]);

/**
 * A noun for a body, or for someone of one, before the quote at `open` ("галереи «Манеж»", "РИА
 * «Новости»", "Центр современной культуры «Гараж»").
 */
export function bodyBeforeQuote(ctx: RuleContext, open: number): boolean {
  const { view } = ctx;
  for (let n = open - 1; n >= Math.max(0, open - 3); n--) {
    const tok = view.tokens[n];
    if (!tok || tok.kind !== 'word') return false;
    const lemma = view.lemma(n);
    if (orgDescriptors.has(lemma) || orgHeadLemmas.has(lemma) || ofBody.has(lemma)) return true;
    if (n === open - 1 && tok.allCaps && tok.cyrillic && tok.text.length >= 2) return true;
    if (tok.cap) return false;
  }
  return false;
}

/**
 * «Бенфики», «Моссад», «Созвездие Козлотура»: a name read as a person's that fills a pair of quotes
 * is a body's when it is one word and a title's, which names nothing, when it is more: Russian news
 * quotes no person's name but an alias ("с позывным «Гордон»"), one a person noun governs, or a
 * nickname inside a name. On the read half of NEREL's train such names were a body's 8 times,
 * nothing 13 (all 5 of more than one word) and a person's once. A name the knowledge base knows keeps
 * its reading.
 */
export function quotedPersons(ctx: RuleContext, found: RawMention[]): void {
  const { view } = ctx;
  const { tokens } = view;
  const capital = (k: number) => !!tokens[k]?.cap && !tokens[k]?.sentenceStart && !tokens[k]?.lineBefore;
  let kept = 0;
  for (const m of found) {
    const quoted =
      openQuotes.has(tokens[m.start - 1]?.text ?? '') && closeQuotes.has(tokens[m.end]?.text ?? '');
    // ("Йоханнес Вильгельм «Ганс» Гейгер": a nickname inside a person's name)
    const nickname = capital(m.start - 2) && capital(m.end + 1);
    const alias = nickname || aliasNouns.has(view.lemma(m.start - 2)) || personNounBefore(ctx, m.start - 1);
    if (m.type !== 'PER' || m.entity || !quoted || alias) found[kept++] = m;
    else if (m.end - m.start === 1) found[kept++] = { ...m, type: 'ORG' };
  }
  found.length = kept;
}

/**
 * "анестетик «Пропофол»" and then "что «Пропофол» может…": a quoted name that a noun for a work or
 * a medicine introduced once names that thing wherever the text quotes it again, no body and no one.
 * Returns the mentions to drop: unknown names in quotes whose words were so introduced.
 */
export function titlesQuotedAgain(ctx: RuleContext, found: readonly RawMention[]): Set<RawMention> {
  const { tokens } = ctx.view;
  const titles = new Set<string>();
  for (let o = 1; o < tokens.length; o++) {
    if (!openQuotes.has(tokens[o]?.text ?? '') || !workNouns.has(ctx.view.lemma(o - 1))) continue;
    const close = closingQuote(ctx, o + 1);
    if (close !== null) titles.add(lemmaWords(ctx, o + 1, close).join(' '));
  }
  const out = new Set<RawMention>();
  if (titles.size === 0) return out;
  for (const m of found) {
    const quoted = openQuotes.has(tokens[m.start - 1]?.text ?? '') && closingQuote(ctx, m.start) === m.end;
    if (!m.entity && quoted && m.type !== 'LOC' && m.type !== 'EVENT' && titles.has(m.words.join(' ')))
      out.add(m);
  }
  return out;
}

/**
 * "Фонда «Шелкового пути»", "Банка «Открытие»", "Центра «Сколково»": read flat, as the app does, a
 * capitalised head noun alone before a quoted name is no body of its own. Kept, it would link every
 * "Фонд" of a corpus into one entity; the quoted name is the one the reader follows. (NEREL marks the
 * head and the name together, around the name: see `chainedOrgs`.)
 */
export function headsOfQuotedNames(ctx: RuleContext, found: RawMention[]): void {
  const { view } = ctx;
  const quotedAt = new Set(found.map((m) => m.start));
  removeWhere(
    found,
    (m) =>
      m.type === 'ORG' &&
      !m.entity &&
      m.end - m.start === 1 &&
      orgHeadLemmas.has(view.lemma(m.start)) &&
      openQuotes.has(view.tokens[m.end]?.text ?? '') &&
      quotedAt.has(m.end + 1),
  );
}
