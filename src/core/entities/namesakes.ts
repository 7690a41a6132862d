/**
 * When a known name is not the entity the knowledge base holds: the given name or the surname of a
 * namesake the text names in full, the name of a place, or a body of the same name in another country.
 */
import { englishTitles, orgHeads, surnameEnding } from './english-words';
import type { GazetteerMatch } from './gazetteer';
import { namesOf, type KbEntity } from './kb-schema';
import type { MorphParse } from './morphology';
import { hasTag, isKnownWord, lemmaWords, type RawMention, type RuleContext } from './raw-mention';
import { grammaticalCases, settlementBefore } from './russian-context';
import { looksLikePatronymic, looksLikeSurname } from './russian-names';
import { titleLemmas } from './cue-words';
import { officialOrder } from './surname-or-patronymic';
import { fold } from './text-keys';

/**
 * "Мишель Обама", "Charles Bolden": a one-word alias that is also a given name, before a capitalised
 * word, is more likely the start of someone else's full name than the known entity. So is a known
 * surname alone before a surname or a word the dictionary does not know ("Кэмерон Диаз", "Керри
 * Фишер"): there it is the given name of someone else.
 */
export function namesakeFirst(ctx: RuleContext, i: number, m: GazetteerMatch): boolean {
  const { view } = ctx;
  const t = view.tokens[i];
  const next = view.tokens[i + 1];
  if (t?.cyrillic && politeMatch(ctx, i, m.entity, m.length)) return politeBeforeSurname(ctx, i);
  if (!t || m.length !== 1 || !next?.cap || next.kind !== 'word') return false;
  if (next.cyrillic !== t.cyrillic || next.lineBefore) return false;
  if (m.entity.type === 'LOC')
    return t.cyrillic
      ? givenNameOfPlace(ctx, i)
      : ctx.lexicon.isGivenName(t.text) && latinSurnameAfter(ctx, i + 1);
  if (m.entity.type !== 'PER') return false;
  // ("Abai Turgulov": a known person's one-word name before a surname of the region's form is a namesake's
  // given name, though the English lexicon lists no such name)
  if (!t.cyrillic)
    return (
      ctx.lexicon.isGivenName(t.text) ||
      (surnameEnding.test(next.text) && !ctx.gazetteer.match(view, i + 1, ctx.seen))
    );
  if (view.flags(i).name) return true;
  // "Иванова Сергея Петровича": a known surname before a given name and patronymic, in the official order
  if (officialOrder(ctx, i + 1)) return true;
  const after = view.flags(i + 1);
  return (
    // ("жена Манделы Граса Машел": a surname in another case than its alias is no one's given name)
    writtenAsAlias(m, t.text) &&
    !after.place &&
    !after.common &&
    (after.surname || !isKnownWord(ctx, i + 1)) &&
    !ctx.gazetteer.match(view, i + 1, ctx.seen)
  );
}

/**
 * "Владимир Владимирович": a known person's name matched at `i` by the given name and patronymic, not
 * by the given name and a surname that ends like one ("Виктора Януковича").
 */
export function politeMatch(ctx: RuleContext, i: number, entity: KbEntity, length: number): boolean {
  const second = fold(ctx.view.tokens[i + 1]?.text ?? '');
  if (entity.type !== 'PER' || length !== 2 || !looksLikePatronymic(second)) return false;
  // (by the surname of its names, which are given name first: aliases may put the patronymic last)
  return !Object.values(entity.names).some((name) =>
    second.startsWith(fold(name?.split(/\s+/).at(-1) ?? '')),
  );
}

/**
 * "Владимир Владимирович Кузнецов": a known person's given name and patronymic ("Владимир
 * Владимирович" is Putin's) before a surname that is not theirs start a namesake's full name.
 */
function politeBeforeSurname(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  const after = view.tokens[i + 2];
  if (!after?.cap || !after.cyrillic) return false;
  if (after.kind !== 'word' || after.lineBefore || view.flags(i + 2).place) return false;
  return view.flags(i + 2).surname || looksLikeSurname(after.text) || !isKnownWord(ctx, i + 2);
}

const locativePrepositions = new Set(['в', 'во', 'на', 'о', 'об', 'обо', 'при']);

/**
 * "Питер Джонс", "Вирджиния Вулф": a place's one-word name that is also a given name, before a name
 * the dictionary gives as a person's or does not know, starts a person's name.
 */
function givenNameOfPlace(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  // in the case of the name after it ("Питером Джонсом"; not "президент Израиля Шимон Перес"), or
  // in the nominative before a name the dictionary does not know ("Питер Уиллоуби"; not "королеве
  // Дании Маргарете")
  const casesOf = (read: (p: MorphParse) => boolean) =>
    new Set(view.parses(i).flatMap((p) => (read(p) ? grammaticalCases.filter((c) => p.tags.has(c)) : [])));
  // ("Софи Дикс": a given name the dictionary only guesses, where it does not know the word at all)
  const given = (known: boolean) => (p: MorphParse) =>
    p.known === known && p.tags.has('Name') && p.tags.has('sing');
  let cases = casesOf(given(true));
  if (cases.size === 0 && !isKnownWord(ctx, i)) cases = casesOf(given(false));
  // ("София Никитчук": a place the dictionary knows by no given name, before a surname it knows, both
  // nominative; not "мэра Москвы Лужкова", where the genitives of a place and a person meet)
  const surnameOnly = cases.size === 0;
  if (surnameOnly)
    cases = new Set([...casesOf((p) => p.known && p.tags.has('Geox'))].filter((c) => c === 'nomn'));
  // ("королеве Дании Маргарете": the prepositional case comes only after a preposition)
  if (!locativePrepositions.has(view.tokens[i - 1]?.text.toLowerCase() ?? '')) cases.delete('loct');
  const shares = (p: { tags: ReadonlySet<string> }) => [...cases].some((c) => p.tags.has(c));
  const next = view.parses(i + 1).filter((p) => p.known);
  const unknownName = () => !ctx.gazetteer.match(view, i + 1, ctx.seen);
  // "Сальвадора Дали": a surname in the same case, though the word is a verb too
  if (next.some((p) => shares(p) && p.tags.has('Surn')) && !view.flags(i + 1).place) return unknownName();
  if (surnameOnly) return false;
  const agrees = next.length > 0 ? next.some(shares) : cases.has('nomn') || guessedInNameCase(ctx, i, shares);
  if (!agrees) return false;
  const after = view.flags(i + 1);
  if (after.place || after.common || after.org) return false;
  return (after.name || after.surname || !isKnownWord(ctx, i + 1)) && unknownName();
}

/**
 * "Арест Доминика Стросс-Кана": the place's name stands in no case of the given name ("Доминика", the
 * country, is nominative; "Доминика", the man, genitive), and the unknown word after it is guessed as a
 * noun in a case of the given name and in none of the place's, so the two are one person's name.
 */
function guessedInNameCase(
  ctx: RuleContext,
  i: number,
  shares: (p: { tags: ReadonlySet<string> }) => boolean,
): boolean {
  const { view } = ctx;
  const placeReading = view.parses(i).filter((p) => p.known && p.tags.has('Geox'));
  if (placeReading.some(shares)) return false;
  const inPlaceCase = (p: { tags: ReadonlySet<string> }) =>
    grammaticalCases.some((c) => p.tags.has(c) && placeReading.some((q) => q.tags.has(c)));
  return view.parses(i + 1).some((p) => !p.known && p.tags.has('NOUN') && shares(p) && !inPlaceCase(p));
}

/**
 * "Jordan Spieth": after a place's name that is also a given name, a word that is
 * neither a common English word ("Texas A&M", "California Driver's license"), nor a given name
 * ("Governor of Washington Chris Gregoire"), nor a known name, is a surname.
 */
function latinSurnameAfter(ctx: RuleContext, i: number): boolean {
  const t = ctx.view.tokens[i];
  if (!t || t.allCaps || ctx.view.tokens[i + 1]?.text === '&') return false;
  const word = t.text.toLowerCase();
  if (orgHeads.has(word) || ctx.lexicon.isCommonWord(word) || ctx.lexicon.isGivenName(t.text)) return false;
  return !ctx.gazetteer.match(ctx.view, i, ctx.seen);
}

/** The one word of a match is spelled as in one of the entity's names, not in another case. */
function writtenAsAlias(m: GazetteerMatch, word: string): boolean {
  return namesOf(m.entity).some((name) => name.split(/\s+/).some((w) => fold(w) === fold(word)));
}

/** A known person's surname alone, as written, right after a settlement or district noun in lower case. */
export function placeNamedLike(ctx: RuleContext, i: number, m: GazetteerMatch): boolean {
  const { view } = ctx;
  const t = view.tokens[i];
  const before = view.tokens[i - 1];
  if (!t?.cyrillic || m.length !== 1 || m.entity.type !== 'PER' || !before || before.cap) return false;
  return settlementBefore(ctx, i) && writtenAsAlias(m, t.text);
}

/**
 * "Демократическая партия Японии", "the Democratic Party of Japan": a known body's name followed by
 * another country than its own names that country's body of the same name, which the knowledge base
 * does not hold; null when no other country follows.
 */
export function bodyOfAnotherCountry(ctx: RuleContext, i: number, m: GazetteerMatch): RawMention | null {
  const { view } = ctx;
  const own = m.entity.country;
  if (m.entity.type !== 'ORG' || !own) return null;
  let k = i + m.length;
  const cyrillic = !!view.tokens[i]?.cyrillic;
  if (!cyrillic) {
    if (view.tokens[k]?.text !== 'of') return null;
    k += view.tokens[k + 1]?.text === 'the' ? 2 : 1;
  }
  const t = view.tokens[k];
  if (!t?.cap || t.lineBefore || t.cyrillic !== cyrillic) return null;
  const place = ctx.gazetteer.match(view, k, ctx.seen);
  // ("Думы Томска", "Верховного суда Татарстана": a city or a region of its own country has its own)
  const ownCountry = place?.entity.country === own && place.entity.kind === 'country';
  if (place?.entity.type !== 'LOC' || !place.entity.country || ownCountry) return null;
  // ("поддержала Демократическая партия Японию": a country in another case is no part of the name)
  if (cyrillic && !hasTag(ctx, k, 'gent') && view.parses(k).some((p) => p.known)) return null;
  const end = k + place.length;
  return { start: i, end, type: 'ORG', entity: null, words: lemmaWords(ctx, i, end) };
}

/**
 * "президент Картер", "Minister Ivanov": a surname many share (`commonSurname`) names the known person
 * alone when it follows a post of theirs, a word of one of their roles; elsewhere only once the text
 * has named them in full.
 */
export function surnameOfTheirs(ctx: RuleContext, i: number, entity: KbEntity): boolean {
  return !entity.commonSurname || ctx.seen.has(entity.id) || afterTheirPost(ctx, i, entity);
}

/**
 * Whether the words right before `i` are one of the entity's roles as written, or its end: a post
 * ("президент", "Minister"), or the words of a role from its post word on ("Премьер-министр Франции",
 * "министр иностранных дел России"). Each word must stand in that role, so "министр обороны России"
 * is no foreign minister's.
 */
function afterTheirPost(ctx: RuleContext, i: number, entity: KbEntity): boolean {
  const { view } = ctx;
  const cyrillic = !!view.tokens[i]?.cyrillic;
  if (view.tokens[i]?.lineBefore) return false;
  const posts = cyrillic ? titleLemmas : englishTitles;
  return (entity.roles ?? []).some((role) => {
    // ("Премьер-министр": the words a hyphen joins are tokens of their own)
    const words = new Set((cyrillic ? role.ru : role.en).split(/[\s-]+/).map((w) => fold(w)));
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      const t = view.tokens[k];
      if (t?.kind !== 'word' || t.cyrillic !== cyrillic) return false;
      const lemma = cyrillic ? fold(view.lemma(k)) : fold(t.text);
      if (!words.has(fold(t.text)) && !words.has(lemma)) return false;
      if (lemma.length >= 4 && posts.has(lemma)) return true;
    }
    return false;
  });
}

/**
 * "Minister Ivanov", where a rule for a post took the surname as an unknown one's: the known person
 * whose surname many share, right after a word of one of their roles.
 */
export function knownAfterTheirPost(ctx: RuleContext, found: RawMention[]): void {
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (!m || m.type !== 'PER' || m.entity || m.end - m.start !== 1) continue;
    // (by an alias, or by the spelling of a surname the aliases lack: "Филипп" of Эдуар Филипп)
    const match = ctx.gazetteer.match(ctx.view, m.start, ctx.seen);
    const known =
      match?.length === 1
        ? match.entity
        : ctx.gazetteer.bySpelling(ctx.view.tokens[m.start]?.text ?? '', 'PER');
    if (!known?.commonSurname) continue;
    if (afterTheirPost(ctx, m.start, known)) found[n] = { ...m, entity: known, words: [] };
  }
}
