import type { MentionType } from '../../shared/entities';
import type { KbEntity } from './kb-schema';
import { bodyBeforeQuote } from './quoted-names';
import { orgTail } from './org-tail';
import {
  hasKnownTag,
  hasTag,
  isKnownWord,
  lemmaWords,
  wordAt,
  type RawMention,
  type Rule,
  type RuleContext,
} from './raw-mention';
import {
  adjectiveEnding,
  afterParticle,
  agreesWithNext,
  gangName,
  militaryHeads,
  nounFirst,
  ordinalBefore,
  personNounBefore,
  quotedEvent,
} from './russian-context';
import {
  agencyPrefixes,
  companyForms,
  looksLikePatronymic,
  looksLikeSurname,
  notOrgDescriptors,
  orgHeadLemmas,
  placeHeadLemmas,
  settlementLemmas,
  titleLemmas,
} from './russian-names';
import { fold } from './text-keys';
import { closeQuotes, openQuotes } from './tokenize';

const placePrefixes = new Set([
  'сан',
  'санта',
  'сент',
  'лос',
  'лас',
  'ла',
  'нью',
  'порт',
  'форт',
  'буэнос',
  'рио',
  'монте',
  'абу',
  'эль',
]);
const placePrepositions = new Set(['в', 'во', 'из', 'под', 'около', 'возле', 'близ', 'через', 'до']);
/**
 * Abbreviations of things, not of bodies: media, exams, codes of law and laws (ФЗ, ПДД), medicine,
 * power plants, a world championship (ЧМ).
 */
const commonAcronyms = new Set(
  'гб мб тб кб сми егэ огэ ук гк нк тк коап упк ивл смс ммс днк рнк вич спид орви аэс гэс тэц тв вуз вузы ввп нди ндс ндфл жкх дтп чс ит по ии нло пво пэт мрт узи фз пдд чм'.split(
    ' ',
  ),
);

/** Normal form of one word of an unknown name, for its id and its display name. */
export function russianNominative(ctx: RuleContext, i: number, role: 'given' | 'surname' | 'other'): string {
  const { view } = ctx;
  const tok = view.tokens[i];
  if (!tok) return '';
  const tag = role === 'given' ? 'Name' : role === 'surname' ? 'Surn' : null;
  const parse = view.parses(i).find((p) => tag !== null && p.tags.has(tag));
  if (parse) return parse.lemma;
  const w = fold(tok.text);
  if (role === 'surname') {
    const m = /^(.+(?:ов|ев|ин|ын))(?:а|у|ым|е)$/.exec(w) ?? /^(.+)(?:ого|ому|им|ом)$/.exec(w);
    if (m?.[1]) return m[0].endsWith('ого') || m[0].endsWith('ому') ? `${m[1]}ий` : m[1];
    return w;
  }
  if (role === 'given') {
    // a foreign given name in the instrumental, which az reads as a noun's: "с Тайгером", "Брайсоном"
    const stem = /^(.{3,}[^аеиоуыэюяй])(?:ом|ем)$/.exec(w)?.[1];
    const instrumental = stem && view.parses(i).some((p) => p.tags.has('ablt') && fold(p.lemma) === stem);
    return instrumental ? stem : w;
  }
  return view.parses(i)[0]?.lemma ?? w;
}

/**
 * "в штате Нью-Йорк", "штата Мэн": the entity a settlement or region noun and the name after it name
 * together, which may not be the one the name alone does (the city of New York).
 */
export function namedWithNoun(ctx: RuleContext, start: number, end: number): KbEntity | null {
  const { tokens } = ctx.view;
  const noun = tokens[start - 1];
  if (!noun || noun.cap || !settlementLemmas.has(ctx.view.lemma(start - 1))) return null;
  const name = tokens
    .slice(start, end)
    .map((t, n) => (n > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('');
  return ctx.gazetteer.byFullName(`${ctx.view.lemma(start - 1)} ${name}`);
}

/** Prepositions, conjunctions, pronouns and particles that open a sentence with a capital: В, С, Они. */
function isFunctionWord(ctx: RuleContext, i: number): boolean {
  const best = ctx.view.parses(i)[0];
  return !!best && ['PREP', 'CONJ', 'NPRO', 'PRCL', 'INTJ'].some((tag) => best.tags.has(tag));
}

function mention(start: number, end: number, type: MentionType, words: string[]): RawMention {
  return { start, end, type, entity: null, words };
}

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
]);

/**
 * "Правительство Китая", "Японское правительство", "Правозащитные организации", "Компания Microsoft":
 * a sentence opens with a common noun for a body (plural, or one for any government or firm), whose
 * capital says nothing; what names the body, if anything, comes after it.
 */
function genericOpening(ctx: RuleContext, i: number, head: number): boolean {
  const { view } = ctx;
  if (!view.tokens[i]?.sentenceStart || view.tokens[head]?.kind !== 'word') return false;
  const lemma = view.lemma(head);
  if (genericBodies.has(lemma)) return true;
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

  // ТОО «Казахтелеком», АО «Самрук-Казына», ИА «Интерфакс»: the name after a legal form or an agency's
  // prefix is an organisation
  if ((companyForms.has(folded) || agencyPrefixes.has(folded)) && t.allCaps) {
    const open = view.tokens[i + 1];
    if (open && openQuotes.has(open.text)) {
      let k = i + 2;
      while (k < view.tokens.length && k - i < 12 && !closeQuotes.has(view.tokens[k]?.text ?? '')) k++;
      if (k > i + 2 && closeQuotes.has(view.tokens[k]?.text ?? ''))
        return mention(i + 2, k, 'ORG', lemmaWords(ctx, i + 2, k));
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
  if (titleLemmas.has(lemma) && !f.surname) return null;

  if (genericOpening(ctx, i, i)) return null;
  if (orgHeadLemmas.has(lemma) && !f.place) {
    const end = orgTail(ctx, i + 1);
    if (end > i + 1) return mention(i, end, 'ORG', lemmaWords(ctx, i, end));
    if (!t.sentenceStart && t.allCaps) return mention(i, i + 1, 'ORG', [lemma]);
  }

  // Сан-Франциско, Нью-Йорк, Ла-Манш: a Romance or English place prefix
  const hyphenated = wordAt(ctx, i);
  if (hyphenated.length > 1 && placePrefixes.has(folded)) {
    const last = hyphenated.at(-1) ?? i;
    return mention(i, last + 1, 'LOC', lemmaWords(ctx, i, last + 1));
  }
  // Республика Татарстан, Тверская улица: a place noun and the name it carries
  if (placeHeadLemmas.has(lemma) && view.tokens[i + 1]?.cap && !view.tokens[i + 1]?.lineBefore) {
    // a known place after it takes the noun into its own span (Республики Казахстан → Казахстан's id)
    if (ctx.gazetteer.match(view, i + 1, ctx.seen)) return null;
    const name = wordAt(ctx, i + 1);
    const end = (name.at(-1) ?? i + 1) + 1;
    return mention(i, end, 'LOC', lemmaWords(ctx, i, end));
  }

  // "в городе Тусон", "в провинции Хунань", "в районе Калорама": the name a settlement or region noun
  // introduces is that place, even when the word alone reads as a name
  // ("деревне Вишнево": a capital mid-sentence makes a name of a common word too, but not of an
  // adjective, which names the place with the noun after it: "районе Чесапикского залива")
  const plainWord = !f.common || (!t.sentenceStart && !hasTag(ctx, i, 'ADJF'));
  if (prev && !prev.cap && settlementLemmas.has(view.lemma(i - 1)) && plainWord) {
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
    const surnameNext =
      next?.cap && next.kind === 'word' && f.name && (view.flags(end).surname || looksLikeSurname(next.text));
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
      if (placeHeadLemmas.has(headLemma)) return mention(i, k + 1, 'LOC', lemmaWords(ctx, i, k + 1));
      if (orgHeadLemmas.has(headLemma) && !genericOpening(ctx, i, k)) {
        const end = orgTail(ctx, k + 1);
        // "1-го Украинского фронта": a unit's number is part of its name, and of its id
        const start = militaryHeads.has(headLemma) ? ordinalBefore(ctx, i) : i;
        return mention(start, end, 'ORG', lemmaWords(ctx, start, end));
      }
    }
  }

  // A run of capitalised words: a person, a place or an organisation by their dictionary tags
  const run: number[][] = [];
  let k = i;
  while (run.length < 4) {
    const tok = view.tokens[k];
    // "Людвиг ван Бетховен", "Отто фон Бисмарк", "Абу Бакр аль-Багдади": a particle joins the part after it
    const particle = afterParticle(ctx, k);
    if (run.length > 0 && particle > k) {
      const w = wordAt(ctx, particle);
      run.push([...Array(particle - k).keys()].map((n) => k + n).concat(w));
      k = (w.at(-1) ?? particle) + 1;
      continue;
    }
    // "Джеймс «Бадди» Макгирт": a nickname in quotes between a given name and the surname
    const nick = view.tokens[k + 1];
    const surnameAfter = view.tokens[k + 3];
    if (
      run.length === 1 &&
      view.flags(run[0]?.at(-1) ?? i).name &&
      openQuotes.has(tok?.text ?? '') &&
      nick?.cap &&
      closeQuotes.has(view.tokens[k + 2]?.text ?? '') &&
      surnameAfter?.cap &&
      surnameAfter.cyrillic &&
      !surnameAfter.lineBefore
    ) {
      // (the span holds the nickname; the person's words, which make the id, do not)
      const w = wordAt(ctx, k + 3);
      run.push(w);
      k = (w.at(-1) ?? k + 3) + 1;
      continue;
    }
    if (!tok || tok.kind !== 'word' || !tok.cap || !tok.cyrillic || (k > i && tok.lineBefore)) break;
    // "В", "Они" open sentences; mid-sentence "Ли Пэн", "Ма Лин", "Е Сяоин" are names
    const next = view.tokens[k + 1];
    const letterName = !tok.sentenceStart && next?.kind === 'word' && next.cap && next.spaceBefore;
    if (
      (tok.text.length === 1 && !letterName) ||
      (isFunctionWord(ctx, k) && (tok.sentenceStart || !next?.cap))
    )
      break;
    if (k > i && titleLemmas.has(view.lemma(k))) break;
    // "Чернобыльской | АЭС": the abbreviation of a thing (a power plant) ends the name before it
    if (k > i && tok.allCaps && commonAcronyms.has(fold(tok.text))) break;
    // "Адвокат Александра Кокорина Андрей Ромашов": a given name after a surname starts another person
    const prevHead = run.at(-1)?.at(-1);
    if (
      prevHead !== undefined &&
      view.flags(k).name &&
      !view.flags(prevHead).name &&
      (view.flags(prevHead).surname || looksLikeSurname(view.tokens[prevHead]?.text ?? '')) &&
      next?.cap
    )
      break;
    if (k > i) {
      // "Тимур Шаймиев", "Мишель Обама": after a given name a known surname is someone else's namesake,
      // and so is a known surname alone after a word the dictionary does not know ("Уэнтуорт Миллер")
      const known = ctx.gazetteer.match(view, k, ctx.seen);
      const before = run.at(-1)?.at(-1) ?? i;
      const afterGivenName = view.flags(before).name || !isKnownWord(ctx, before);
      const surnameAlone = known?.entity.type === 'PER' && known.length === 1;
      if (known && !(surnameAlone && afterGivenName)) break;
    }
    const w = wordAt(ctx, k);
    run.push(w);
    k = (w.at(-1) ?? k) + 1;
  }
  if (run.length === 0) return null;
  // "ЕСПЧ Дмитрий Дедов", "Минздрава Мэтт Хэнкок": a word with no sign of a name before a given name
  // stands apart from the person
  const nameAt = run.findIndex((w, n) => n > 0 && view.flags(w.at(-1) ?? i).name);
  const lead = run[0]?.at(-1) ?? i;
  const leadPersonish =
    view.flags(lead).name || view.flags(lead).surname || looksLikeSurname(view.tokens[lead]?.text ?? '');
  // ("Ма Лин", "Хуа Логэн": a word the dictionary does not know at all may be a foreign given name)
  const leadKnown = isKnownWord(ctx, lead) || !!view.tokens[lead]?.allCaps;
  if (nameAt > 0 && !leadPersonish && leadKnown) run.splice(nameAt);
  // "МИДа Сэйдзи Маэхара": an acronym is a body of its own before a person's name
  const acronym = /^[А-ЯЁ]{2,}[а-яё]{0,2}$/.test(view.tokens[lead]?.text ?? '');
  const personAfter = run.slice(1).every((w) => {
    const h = w.at(-1) ?? i;
    return !view.tokens[h]?.allCaps && !view.flags(h).place && !view.flags(h).org;
  });
  if (run.length > 1 && run[0]?.length === 1 && acronym && personAfter) run.splice(1);
  const heads = run.map((w) => w.at(-1) ?? i);
  const end = (heads.at(-1) ?? i) + 1;
  const fl = heads.map((h) => view.flags(h));
  if (t.sentenceStart && fl[0]?.common && !fl[0].surname && !fl[0].name) return null;

  const isPatr = (h: number) => looksLikePatronymic(view.tokens[h]?.text ?? '') || view.flags(h).patronymic;
  // ("Уральской Биеннале", "Чернобыльской АЭС": a dictionary adjective outside the masculine
  // nominative is no surname by its ending; "Гата Камский" may be one)
  const knownAdjective = (h: number) =>
    hasKnownTag(ctx, h, 'ADJF') &&
    !view.parses(h).some((p) => p.tags.has('ADJF') && p.tags.has('masc') && p.tags.has('nomn'));
  const isSurn = (h: number) =>
    view.flags(h).surname || (looksLikeSurname(view.tokens[h]?.text ?? '') && !knownAdjective(h));
  const prevTitle = prev && titleLemmas.has(view.lemma(i - 1));
  // "Кит Флинт", "Стэнли Хо": a foreign given name az does not know, spelled like one the lexicon does
  const foreignGiven = (h: number) => ctx.lexicon.isGivenNameSpelling(view.tokens[h]?.text ?? '');
  const personish =
    heads.some((h) => view.flags(h).name || isPatr(h) || isSurn(h)) || foreignGiven(heads[0] ?? i);
  const allPlace = fl.every((x) => x.place && !x.name && !x.surname);

  // "Восточной Европе", "Латинской Америки": an adjective before a place word makes a place, however
  // much "-ой" looks like a surname's ending
  const lastFlags = fl.at(-1);
  const adjectiveLead = hasKnownTag(ctx, heads[0] ?? i, 'ADJF');
  if (run.length === 2 && adjectiveLead && lastFlags?.place && !lastFlags.name && !lastFlags.surname)
    return mention(i, end, 'LOC', lemmaWords(ctx, i, end));
  if (run.length >= 2 && (personish || prevTitle) && !allPlace) return personMention(ctx, run);
  // "Ван Цзюнь", "Ар Келли", "Ольянта Умала": mid-sentence, capitalised nouns the dictionary does not
  // all know, none of them an adjective, a place or a body, are a foreign person's name
  const adjectiveIn = heads.some((h) =>
    view.parses(h).some((p) => p.known && (p.tags.has('ADJF') || p.tags.has('PRTF'))),
  );
  const unknownIn = heads.some((h) => !isKnownWord(ctx, h));
  if (run.length >= 2 && !t.sentenceStart && unknownIn && !adjectiveIn && !fl.some((x) => x.place || x.org))
    return personMention(ctx, run);
  if (run.length >= 2 && fl.some((x) => x.place)) return mention(i, end, 'LOC', lemmaWords(ctx, i, end));
  if (run.length >= 2 && fl.some((x) => x.org)) return mention(i, end, 'ORG', lemmaWords(ctx, i, end));

  const one = run[0];
  if (!one) return null;
  const h = heads[0] ?? i;
  const single = fl[0];
  if (!single) return null;
  const oneWord = (type: MentionType) =>
    mention(i, h + 1, type, [
      one.map((p) => (view.tokens[p]?.kind === 'word' ? view.lemma(p) : '-')).join(''),
    ]);
  if (single.place && !single.surname && !single.name) return oneWord('LOC');
  // АЭС, СМИ, ЕГЭ: the abbreviation of a thing names no body
  if (t.allCaps && commonAcronyms.has(folded)) return null;
  // ВГИК, ВМС: what the dictionary knows as a body's name is one, even after "в"
  if (single.org && !single.surname && !single.name) return oneWord('ORG');
  // "во ВГИКе", "МИДом": an acronym with a case ending
  if (/^[А-ЯЁ]{3,}[а-яё]{1,2}$/.test(t.text) && !t.sentenceStart && !single.common)
    return mention(i, h + 1, 'ORG', [fold(t.text.replace(/[а-яё]+$/, ''))]);
  // "в Милане", "в Гаваре": people are seldom "in" somewhere; a place in the locative is
  const afterV = prev?.text === 'в' || prev?.text === 'во';
  const inPlace = afterV && hasTag(ctx, h, 'loct');
  // ("в Наньпине", "в Козлове": a guessed name, or a surname, says less than "в"; a given name the
  // dictionary knows says more)
  const guessed = !isKnownWord(ctx, h);
  if (inPlace && (single.place || (!single.common && (guessed || !single.name)))) return oneWord('LOC');
  // "уехала в Ростов": a town the dictionary knows, in the case "в" takes for where one goes
  const toPlace = afterV && hasTag(ctx, h, 'Geox', 'accs');
  if (toPlace && !single.name && !t.sentenceStart) return oneWord('LOC');
  // ПАСЕ, РПЦ: an acronym is an organisation's (its lower-case reading, пас, says nothing)
  if (t.allCaps && t.text.length <= 6 && !t.sentenceStart && !commonAcronyms.has(folded))
    return oneWord(single.place ? 'LOC' : 'ORG');
  // Минздрав, Минобороны, Госдума: one-word names of ministries and chambers (not "Господь", nor
  // "Федеральному закону": a being or an adjective the dictionary knows)
  const beingOrQuality = view.parses(h).some((p) => p.known && (p.tags.has('anim') || p.tags.has('ADJF')));
  if (
    !t.sentenceStart &&
    ((/^(?:мин|гос|рос|фед|мосгор|мособл)[а-я]{3,10}$/.test(lemma) && !beingOrQuality) ||
      orgHeadLemmas.has(lemma)) &&
    !single.surname &&
    !single.name
  ) {
    return oneWord('ORG');
  }
  if (single.org && !single.surname) return oneWord('ORG');
  // mid-sentence, a capitalised word with a surname ending is a surname even when the dictionary
  // knows a common word of that spelling (Токаев is also "токай", gen. pl.)
  // "Османской империи", "Московскому": a dictionary adjective is no surname by its ending alone
  const adjective = !single.surname && hasKnownTag(ctx, h, 'ADJF');
  // "на Храмовой горе", "Штокмановского месторождения": a word that agrees with the thing named after
  // it is its adjective, not a person
  if (!prevTitle && !single.name && agreesWithNext(ctx, h)) return null;
  const surnameLike = single.surname || (looksLikeSurname(t.text) && !adjective);
  if ((prevTitle && !adjective) || (surnameLike && (!single.common || !t.sentenceStart)))
    return personMention(ctx, run);
  if (single.name && !single.common && !t.sentenceStart) return personMention(ctx, run);
  if (prev && placePrepositions.has(prev.text.toLowerCase()) && !single.common && hasTag(ctx, h, 'NOUN')) {
    return oneWord('LOC');
  }
  if (t.allCaps && t.text.length <= 6 && !single.common) return oneWord('ORG');
  return null;
};

function personMention(ctx: RuleContext, run: readonly number[][]): RawMention {
  const { view } = ctx;
  const start = run[0]?.[0] ?? 0;
  const end = (run.at(-1)?.at(-1) ?? start) + 1;
  const named = run.filter((w) => !looksLikePatronymic(view.tokens[w.at(-1) ?? 0]?.text ?? ''));
  const norm = (w: readonly number[], role: 'given' | 'surname') =>
    w.map((p) => (view.tokens[p]?.kind === 'word' ? russianNominative(ctx, p, role) : '-')).join('');
  const ws =
    named.length >= 2
      ? [...named.slice(0, -1).map((w) => norm(w, 'given')), norm(named.at(-1) ?? [], 'surname')]
      : named.map((w) => norm(w, 'surname'));
  return { start, end, type: 'PER', entity: null, words: ws };
}
