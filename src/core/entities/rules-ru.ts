import type { KbEntity } from './kb-schema';
import { bodyBeforeQuote } from './quoted-names';
import { orgTail } from './org-tail';
import { hasKnownTag, hasTag, lemmaWords, mention, wordAt, type Rule, type RuleContext } from './raw-mention';
import {
  hierarchsSee,
  adjectiveEnding,
  gangName,
  militaryHeads,
  nounFirst,
  ordinalBefore,
  personNounBefore,
  quotedEvent,
  settlementBefore,
} from './russian-context';
import { contractedNameWords, isShortBodyName } from './name-words';
import { looksLikeSurname } from './russian-names';
import {
  companyForms,
  isFormOfQuotedName,
  landformLemmas,
  orgHeadLemmas,
  placeHeadLemmas,
  plantAbbreviations,
  placePrefixes,
  settlementLemmas,
  titleLemmas,
} from './cue-words';
import { notOrgDescriptors } from './quote-cues';
import { capitalisedRun } from './russian-run';
import { fold } from './text-keys';
import { closeQuotes, openQuotes, writtenText } from './tokenize';

/**
 * "в штате Нью-Йорк", "штата Мэн": the entity a settlement or region noun and the name after it name
 * together, which may not be the one the name alone does (the city of New York).
 */
export function namedWithNoun(ctx: RuleContext, start: number, end: number): KbEntity | null {
  const { tokens } = ctx.view;
  const noun = tokens[start - 1];
  if (!noun || noun.cap || !settlementLemmas.has(ctx.view.lemma(start - 1))) return null;
  return ctx.gazetteer.byFullName(`${ctx.view.lemma(start - 1)} ${writtenText(tokens, start, end)}`);
}

/** The English words for a street that Russian joins to its name by a hyphen. */
const streetSuffixes: ReadonlySet<string> = new Set(['стрит', 'авеню', 'роуд', 'лейн', 'плейс', 'драйв']);

/**
 * Nouns for a government, a firm or an outlet in general: "Правительство Японии", "Компания Microsoft",
 * "Газета Global Times".
 */
const genericBodies = new Set([
  'команда',
  'газета',
  'журнал',
  'телеканал',
  'правительство',
  'компания',
  'корпорация',
  'концерн',
  'власть',
  'руководство',
  'общество',
]);

/**
 * "Правительство Китая", "Японское правительство", "Правозащитные организации", "Компания Microsoft",
 * "Футбольный клуб «Тамбов»": a sentence opens with a common noun for a body (plural, one for any
 * government or firm, or one before a quoted name), whose capital says nothing; what names the body,
 * if anything, comes after it.
 */
function genericOpening(ctx: RuleContext, i: number, head: number): boolean {
  const { view } = ctx;
  if (!view.tokens[i]?.sentenceStart || view.tokens[head]?.kind !== 'word') return false;
  const lemma = view.lemma(head);
  if (genericBodies.has(lemma)) return true;
  // "Футбольный клуб «Тамбов»": the name is in the quotes, the words before them are as common as
  // they are in lower case mid-sentence ("футбольный клуб «Тамбов»")
  const quoteAfter = openQuotes.has(view.tokens[head + 1]?.text ?? '');
  if (quoteAfter && orgHeadLemmas.has(lemma) && view.tokens.slice(i + 1, head + 1).every((t) => !t.cap))
    return true;
  // plural: every reading of the first word is ("Правозащитные", not "Организации", a genitive too)
  const ps = view.parses(i);
  return orgHeadLemmas.has(lemma) && ps.length > 0 && ps.every((p) => p.tags.has('plur'));
}

export const russianRule: Rule = (ctx, i) => {
  const { view } = ctx;
  const t = view.tokens[i];
  if (!t || t.kind !== 'word' || !t.cyrillic) return null;
  const folded = fold(t.text);
  const prev = view.tokens[i - 1];

  // "Национальная компания «Актауский морской торговый порт»", "Государственная корпорация
  // «Роскосмос»": the form written out before a quoted name leaves the name to the quotes, as "НК" does
  const nationalCompany = (k: number) =>
    ['национальный', 'государственный'].includes(view.lemma(k)) &&
    ['компания', 'корпорация'].includes(view.lemma(k + 1)) &&
    openQuotes.has(view.tokens[k + 2]?.text ?? '');
  if (nationalCompany(i)) return null;
  // ("митрополитом Астанайским и Казахстанским Александром": a hierarch's sees are no name)
  if (hierarchsSee(ctx, i)) return null;
  // ТОО «Казахтелеком», АО «Самрук-Казына», ИА «Интерфакс»: the name after a legal form or an agency's
  // prefix is an organisation
  if (isFormOfQuotedName(t)) {
    const open = view.tokens[i + 1];
    // (АО «НК «Казахстан темир жолы»»: a second form inside the quotes names the body after it)
    if (
      (isFormOfQuotedName(view.tokens[i + 2]) && openQuotes.has(view.tokens[i + 3]?.text ?? '')) ||
      nationalCompany(i + 2)
    )
      return null;
    if (open && openQuotes.has(open.text)) {
      let k = i + 2;
      while (k < view.tokens.length && k - i < 12 && !closeQuotes.has(view.tokens[k]?.text ?? '')) k++;
      if (k > i + 2 && closeQuotes.has(view.tokens[k]?.text ?? '')) {
        // (АО «Фонд национального благосостояния «Самрук-Казына»: a name with quotes of its own inside
        // ends with the one closing quote Russian writes for both, which is the name's)
        const inner = view.tokens
          .slice(i + 2, k)
          .some((q) => openQuotes.has(q.text) && !closeQuotes.has(q.text));
        // (ТОО «Kazakhstan Petrochemical Industries Inc.»: a legal form inside the quotes is no part of
        // the name, as English leaves it out)
        const dot = view.tokens[k - 1]?.text === '.' ? k - 1 : k;
        const form = dot - 1 > i + 2 && companyForms.has(fold(view.tokens[dot - 1]?.text ?? ''));
        const end = inner ? k + 1 : form ? dot - 1 : k;
        // АО «Казахстан темир жолы»: a known body's whole name in the quotes is that body, though its
        // words' normal forms spell it otherwise
        const known = ctx.gazetteer.match(view, i + 2, ctx.seen);
        const entity = known?.length === end - i - 2 && known.entity.type === 'ORG' ? known.entity : null;
        return { ...mention(i + 2, end, 'ORG', lemmaWords(ctx, i + 2, end)), entity };
      }
    }
    return null;
  }
  if (!t.cap) return null;
  const lemma = view.lemma(i);
  const f = view.flags(i);
  // «Дело Ходорковского», «Делу Кировлеса»: a court case is named by whom it is against, and only they count
  if (lemma === 'дело' && prev && openQuotes.has(prev.text)) return null;
  // «Единая Россия», «Уральская сталь»: a quoted name is, in news, most often an organisation's,
  // unless the word before it says it is a film, a prize or a law, or nothing stands before it (a
  // headline quoting a title)
  const descriptor = view.tokens[i - 2];
  const titled =
    !descriptor ||
    descriptor.lineBefore !== false ||
    descriptor.kind === 'punct' ||
    notOrgDescriptors.has(view.lemma(i - 2));
  if (prev && openQuotes.has(prev.text) && !(titled && !companyForms.has(fold(descriptor?.text ?? '')))) {
    let k = i;
    while (
      k < view.tokens.length &&
      k - i < 5 &&
      !closeQuotes.has(view.tokens[k]?.text ?? '') &&
      !view.tokens[k]?.lineBefore
    )
      k++;
    // «Тихий дон», «Тишина», «Поцелуй на Таймс-Сквер»: with no noun for a body before it, a quoted
    // phrase of plain words is a title; a word no dictionary holds (Вымпелком) makes it a name
    let plain = !bodyBeforeQuote(ctx, i - 1);
    for (let n = i; n < k && plain; n++) {
      const tok = view.tokens[n];
      if (tok?.kind === 'word' && (!tok.cyrillic || !view.flags(n).common || view.flags(n).place))
        plain = false;
    }
    if (
      closeQuotes.has(view.tokens[k]?.text ?? '') &&
      k > i &&
      !plain &&
      !(k === i + 1 && (f.name || f.surname || f.place))
    ) {
      return mention(i, k, quotedEvent(ctx, i, k) ? 'EVENT' : 'ORG', lemmaWords(ctx, i, k));
    }
  }
  // "под именем ДЖЕЙ-ЗИ": a stage name is a person's, though it reads as an acronym
  if (t.allCaps && personNounBefore(ctx, i)) {
    const end = (wordAt(ctx, i).at(-1) ?? i) + 1;
    return mention(i, end, 'PER', lemmaWords(ctx, i, end));
  }
  if (gangName(ctx, i)) {
    const end = (wordAt(ctx, i).at(-1) ?? i) + 1;
    return mention(i, end, 'ORG', lemmaWords(ctx, i, end));
  }
  // ("Хоким": a post the dictionary does not know, and guesses as an adjective or a surname, is read by
  // its written form)
  // ("Управляющий МФЦА": a post the dictionary reads first as a participle, "управлять", is read by its
  // written form too)
  const guessedPost =
    titleLemmas.has(folded) && (!view.parses(i).some((p) => p.known) || hasTag(ctx, i, 'ADJF'));
  // ("Султан Раев": a title that is a given name too, before a surname of the region's form, is the
  // given name; Russian writes a sultan's title in lower case mid-sentence)
  const givenNotTitle =
    f.name && !!view.tokens[i + 1]?.cap && looksLikeSurname(view.tokens[i + 1]?.text ?? '');
  if ((titleLemmas.has(lemma) && !f.surname && !givenNotTitle) || guessedPost) return null;

  if (genericOpening(ctx, i, i)) return null;
  // "Минфин Киргизии", "Минздрав Казахстана": a ministry's short name takes its country as МВД does
  const shortName = isShortBodyName(lemma) && view.tokens[i + 1]?.cap;
  if ((orgHeadLemmas.has(lemma) || shortName) && !f.place) {
    const end = orgTail(ctx, i + 1);
    if (end > i + 1) return mention(i, end, 'ORG', lemmaWords(ctx, i, end));
    if (!t.sentenceStart && t.allCaps) return mention(i, i + 1, 'ORG', [lemma]);
    // ("председатель Нацбанка Мелис Тургунбаев": a ministry's or a body's short name is no one's given
    // name, and the person's name begins after it)
    if (shortName || (contractedNameWords(lemma) && view.tokens[i + 1]?.cap))
      return mention(i, i + 1, 'ORG', [lemma]);
  }

  // Сан-Франциско, Нью-Йорк, Ла-Манш: a Romance or English place prefix
  const hyphenated = wordAt(ctx, i);
  if (hyphenated.length > 1 && placePrefixes.has(folded)) {
    const last = hyphenated.at(-1) ?? i;
    return mention(i, last + 1, 'LOC', lemmaWords(ctx, i, last + 1));
  }
  // Эвелин-стрит, Мэдисон-авеню, Эбби-роуд: an English street's name, whatever its first word
  const lastOfWord = hyphenated.at(-1) ?? i;
  if (hyphenated.length > 1 && streetSuffixes.has(fold(view.tokens[lastOfWord]?.text ?? ''))) {
    // (Russian does not decline it: "на Эвелин-стрит" is no form of "Эвелина")
    const words = hyphenated
      .filter((k) => view.tokens[k]?.kind === 'word')
      .map((k) => fold(view.tokens[k]?.text ?? ''));
    return mention(i, lastOfWord + 1, 'LOC', words);
  }
  // Республика Татарстан, Тверская улица: a place noun and the name it carries
  if (placeHeadLemmas.has(lemma) && view.tokens[i + 1]?.cap && !view.tokens[i + 1]?.lineBefore) {
    // a known place after it takes the noun into its own span (Республики Казахстан → Казахстан's id)
    if (ctx.gazetteer.match(view, i + 1, ctx.seen)) return null;
    const name = wordAt(ctx, i + 1);
    const end = (name.at(-1) ?? i + 1) + 1;
    return mention(i, end, 'LOC', lemmaWords(ctx, i, end));
  }

  // "в городе Тусон", "в провинции Хунань", "вулкан Попокатепетль": the name a settlement, region or
  // landform noun introduces is that place, even when the word alone reads as a name
  // ("деревне Вишнево": a capital mid-sentence makes a name of a common word too, but not of an
  // adjective, which names the place with the noun after it: "районе Чесапикского залива")
  const plainWord = !f.common || (!t.sentenceStart && !hasTag(ctx, i, 'ADJF'));
  const placeNoun = settlementBefore(ctx, i) || landformLemmas.has(view.lemma(i - 1));
  if (prev && !prev.cap && placeNoun && plainWord) {
    const name = wordAt(ctx, i);
    let end = (name.at(-1) ?? i) + 1;
    // ("городе Сазерленд Спрингс": a second word the dictionary knows as a place goes on with it)
    if (
      view.tokens[end]?.cap &&
      !view.tokens[end]?.lineBefore &&
      view.flags(end).place &&
      !view.flags(end).name
    )
      end = (wordAt(ctx, end).at(-1) ?? end) + 1;
    // ("главы района Николай Петров": a given name and a surname after it are the person who runs it;
    // "округа Харрис Эда Гонзалеса": a given name after the place starts the person)
    const next = view.tokens[end];
    // ("Губернатор Синьцзян-Уйгурского автономного района Эркин Туниязи": after a post's place, two
    // capitalised words name its holder, whatever the dictionary knows of them)
    // (the region named by its adjectives before the noun, so that what follows it is no part of its name)
    const postBefore =
      hasTag(ctx, i - 2, 'ADJF') && [2, 3, 4, 5, 6].some((d) => titleLemmas.has(view.lemma(i - d)));
    const surnameNext =
      next?.cap &&
      next.kind === 'word' &&
      ((f.name && (view.flags(end).surname || looksLikeSurname(next.text))) ||
        (postBefore && next.cyrillic && !view.flags(end).place));
    if (!surnameNext)
      return { ...mention(i, end, 'LOC', lemmaWords(ctx, i, end)), entity: namedWithNoun(ctx, i, end) };
  }

  // Евразийский экономический союз, Карагандинская область
  const first = wordAt(ctx, i);
  const firstLast = first.at(-1) ?? i;
  // ("Никитинском суде": az reads a surname, but the -ский form before an org noun is the adjective)
  const skyForm = /(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|ом|ую|ие|их|им|ими)$/.test(
    fold(view.tokens[firstLast]?.text ?? ''),
  );
  // ("По делу Кировлеса суд": a word the dictionary only guesses is an adjective by its ending alone)
  const adjectiveFirst =
    hasKnownTag(ctx, firstLast, 'ADJF') ||
    (hasTag(ctx, firstLast, 'ADJF') && adjectiveEnding.test(fold(view.tokens[firstLast]?.text ?? '')));
  if ((adjectiveFirst || skyForm) && !hasTag(ctx, firstLast, 'Apro')) {
    // "Костанайской и Восточно-Казахстанской областей": the first of two places that share their head
    // word, in the plural, is a place of its own, named with that word
    const shared = sharedPlaceHead(ctx, firstLast + 1);
    if (shared) {
      const words = [...lemmaWords(ctx, i, firstLast + 1), shared];
      return {
        ...mention(i, firstLast + 1, 'LOC', words),
        entity: listedPlace(ctx, i, firstLast + 1, shared),
      };
    }
    let k = firstLast + 1;
    // "Харбинском военно-инженерном колледже": a hyphenated adjective is one word; "Центральном
    // Академическом театре": adjectives in a name may all be capitalised
    while (
      view.tokens[k]?.kind === 'word' &&
      !view.tokens[k]?.lineBefore &&
      k - firstLast < 6 &&
      hasTag(ctx, wordAt(ctx, k).at(-1) ?? k, 'ADJF') &&
      !nounFirst(ctx, k)
    )
      k = (wordAt(ctx, k).at(-1) ?? k) + 1;
    const headLemma = view.lemma(k);
    const head = view.tokens[k];
    if (head && !head.lineBefore && head.kind === 'word') {
      if (placeHeadLemmas.has(headLemma)) return mention(i, k + 1, 'LOC', placeLemmaWords(ctx, i, k + 1));
      // "Евразийский энергетический форум", "Петербургский международный экономический форум": a
      // forum or a summit named by its adjectives is an event (mid-sentence, or after two adjectives)
      if (namedEventHeads.has(headLemma) && (!t.sentenceStart || k - firstLast > 1))
        return mention(i, k + 1, 'EVENT', lemmaWords(ctx, i, k + 1));
      // "Рогунская ГЭС", "Камбаратинской ГЭС-1": a site's adjective, no surname
      if (plantAbbreviations.has(headLemma)) return null;
      const generic = orgHeadLemmas.has(headLemma) && genericOpening(ctx, i, k);
      // (the adjective of a generic opening before a quoted name is no name of its own either)
      if (generic && openQuotes.has(view.tokens[k + 1]?.text ?? '')) return null;
      if (orgHeadLemmas.has(headLemma) && !generic) {
        const end = orgTail(ctx, k + 1);
        // "1-го Украинского фронта": a unit's number is part of its name, and of its id
        const start = militaryHeads.has(headLemma) ? ordinalBefore(ctx, i) : i;
        return mention(start, end, 'ORG', lemmaWords(ctx, start, end));
      }
    }
  }

  return capitalisedRun(ctx, i);
};

/**
 * "Северо-Казахстанской" in "Костанайской, Северо-Казахстанской и Акмолинской областях": the known
 * place an adjective of such a list names with the head word the list shares, in the head's gender
 * ("северо-казахстанская область"); null when the knowledge base has no such place.
 */
function listedPlace(ctx: RuleContext, start: number, end: number, head: string): KbEntity | null {
  const { view } = ctx;
  const written: string[] = [];
  for (let k = start; k < end; k++)
    if (view.tokens[k]?.kind === 'word') written.push(fold(view.tokens[k]?.text ?? ''));
  const last = view.lemma(end - 1);
  const feminine = ctx.morph.parse(head).some((p) => p.lemma === head && p.tags.has('femn'));
  const adjective = feminine ? last.replace(/[иыо]й$/, 'ая') : last;
  const entity = ctx.gazetteer.byFullName(`${[...written.slice(0, -1), adjective].join('-')} ${head}`);
  return entity?.type === 'LOC' ? entity : null;
}

/**
 * A place's words as lemmaWords reads them, but an adjective of a "-ский" form keeps that form where the
 * dictionary also reads it as a noun ("Алатауском районе": "алатауский", not "алатауск"), so the place
 * has one key in every case.
 */
function placeLemmaWords(ctx: RuleContext, start: number, end: number): string[] {
  const words = lemmaWords(ctx, start, end);
  let n = 0;
  for (let k = start; k < end; k++) {
    const t = ctx.view.tokens[k];
    if (t?.kind !== 'word' && t?.kind !== 'num') continue;
    const sky = ctx.view.parses(k).find((p) => /(?:ск|цк)ий$/.test(p.lemma))?.lemma;
    if (sky && !/(?:ск|цк)ий$/.test(words[n] ?? '')) words[n] = fold(sky);
    n++;
  }
  return words;
}

/** Words for a gathering that its capitalised adjectives name as an event. */
const namedEventHeads: ReadonlySet<string> = new Set(['форум', 'саммит', 'фестиваль']);

/**
 * The head word the places of a list share, in the plural, after "и" or a comma at `k` and the next
 * places' adjectives ("и Восточно-Казахстанской областей", ", Костанайской и Павлодарской областей":
 * область); null when the words there are no such list.
 */
function sharedPlaceHead(ctx: RuleContext, k: number): string | null {
  const { view } = ctx;
  let at = k;
  for (let items = 0; items < 6 && [',', 'и'].includes(view.tokens[at]?.text ?? ''); items++) {
    if (!view.tokens[at + 1]?.cap) return null;
    const next = wordAt(ctx, at + 1).at(-1) ?? at + 1;
    // (an adjective the dictionary may only guess: "Костанайской")
    if (!hasTag(ctx, next, 'ADJF')) return null;
    at = next + 1;
  }
  if (at === k) return null;
  const lemma = view.lemma(at);
  const plural = view.parses(at).some((p) => p.lemma === lemma && p.tags.has('plur'));
  return placeHeadLemmas.has(lemma) && plural && !view.tokens[at]?.cap ? lemma : null;
}
