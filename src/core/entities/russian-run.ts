import type { MentionType } from '../../shared/entities';
import { isShortBodyName } from './name-words';
import { orgHeadLemmas, titleLemmas } from './cue-words';
import {
  hasKnownTag,
  hasTag,
  isKnownWord,
  lemmaWords,
  mention,
  wordAt,
  type RawMention,
  type RuleContext,
} from './raw-mention';
import { surnameParticles, isHyphenedArticle } from './name-particles';
import {
  adjectiveOfHeadAfter,
  afterParticle,
  ledByParticle,
  agreesWithNext,
  asCommonAsPlace,
  onlyVerb,
  shareCase,
} from './russian-context';
import {
  isReignNumber,
  isTurkicPatronymic,
  looksLikePatronymic,
  looksLikeSurname,
  womansSurname,
} from './russian-names';
import { russianNominative } from './russian-nominative';
import { politeMatch } from './namesakes';
import { isPatronymicAt, isSurnameAt, officialOrder, patronymicIsSurname } from './surname-or-patronymic';
import { fold } from './text-keys';
import { closeQuotes, openQuotes } from './tokenize';

/** A run of capitalised Cyrillic words, typed by what the dictionary says of each: a person, a place or a body. */

/** Prepositions that put a place's name after them: "в Лондоне", "через Ригу". */
export const placePrepositions: ReadonlySet<string> = new Set([
  'в',
  'во',
  'из',
  'под',
  'около',
  'возле',
  'близ',
  'через',
  'до',
]);
/**
 * Abbreviations of things, not of bodies: media, exams, codes of law and laws (ФЗ, ПДД), medicine,
 * power plants and lines (ЛЭП), fuels (СПГ), economics (ТЭО, ГЧП), a world championship (ЧМ).
 */
const commonAcronyms = new Set(
  'гб мб тб кб сми егэ огэ ук гк нк тк коап упк ивл смс ммс днк рнк вич спид орви аэс гэс тэц тв вуз вузы ввп нди ндс ндфл жкх дтп чс ит по ии нло пво пэт мрт узи фз пдд чм птср лэп вл вэс сэс грэс гтэс мгэс тэс виэ спг суг гсм азс тэо мсб гчп пии лгбт лгбтк'.split(
    ' ',
  ),
);

/** Contests and awards named after someone: "Кубок Дэвиса", "Приз Андерсена". */
const awardHeads: ReadonlySet<string> = new Set(['кубок', 'приз', 'премия', 'трофей']);

const enclitics: ReadonlySet<string> = new Set(['ли', 'же', 'бы']);
/** Churchmen's titles that a see's adjective follows: "Папа Римский", "Патриарх Московский". */
const seeTitles: ReadonlySet<string> = new Set(['папа', 'патриарх', 'митрополит', 'архиепископ', 'епископ']);

/** Prepositions, conjunctions, pronouns and particles that open a sentence with a capital: В, С, Они. */
function isFunctionWord(ctx: RuleContext, i: number): boolean {
  const best = ctx.view.parses(i)[0];
  return !!best && ['PREP', 'CONJ', 'NPRO', 'PRCL', 'INTJ'].some((tag) => best.tags.has(tag));
}

/** The run of capitalised words at `i`, when no word before or in it has already said what it names. */
export function capitalisedRun(ctx: RuleContext, i: number): RawMention | null {
  const found = runAt(ctx, i);
  // ("Северо-Запад страны пострадал", "Жан-Мари Дюпон сказал": the part after the hyphen of a word
  // that opens a sentence, where the whole word's run was no name, is no person's or place's name;
  // it would not open the sentence. A body's head is: "Гоголь-Центр" is joined whole after)
  const { tokens } = ctx.view;
  const hyphen = tokens[i - 1];
  const afterOpening =
    hyphen?.text === '-' && !hyphen.spaceBefore && !tokens[i]?.spaceBefore && tokens[i - 2]?.sentenceStart;
  return afterOpening && found?.type !== 'ORG' ? null : found;
}

function runAt(ctx: RuleContext, i: number): RawMention | null {
  const { view } = ctx;
  const t = view.tokens[i];
  if (!t) return null;
  const folded = fold(t.text);
  const prev = view.tokens[i - 1];
  const lemma = view.lemma(i);
  const run: number[][] = [];
  let k = i;
  while (run.length < 4) {
    const tok = view.tokens[k];
    // "Людвиг ван Бетховен", "Отто фон Бисмарк", "Абу Бакр аль-Багдади": a particle joins the part after it
    const particle = afterParticle(ctx, k, true);
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
    // (a law's title unquoted, "Закона … О Правительстве": a preposition before a long noun the
    // dictionary holds, in a case it governs, opens no name)
    const governed =
      hasKnownTag(ctx, k, 'PREP') &&
      (next?.text.length ?? 0) > 4 &&
      ['loct', 'datv', 'gent', 'ablt'].some((c) => hasKnownTag(ctx, k + 1, 'NOUN', c)) &&
      !view.flags(k + 1).name &&
      !view.flags(k + 1).surname;
    const letterName =
      !tok.sentenceStart && next?.kind === 'word' && next.cap && next.spaceBefore && !governed;
    // ("Стэн Ли", "Брюс Ли": a particle that never opens a clause is, with a capital, a name's word)
    const enclitic = run.length > 0 && !tok.sentenceStart && enclitics.has(fold(tok.text));
    // ("Майкл Дж. Фокс": Дж before a full stop is an initial, as one letter is)
    const initialDj = tok.text === 'Дж' && next?.text === '.' && !next.spaceBefore;
    if (
      (tok.text.length === 1 && !letterName) ||
      initialDj ||
      (isFunctionWord(ctx, k) && (tok.sentenceStart || !next?.cap) && !enclitic)
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
      next?.cap &&
      !officialOrder(ctx, k)
    )
      break;
    if (k > i) {
      // "Тимур Шаймиев", "Мишель Обама": after a given name a known surname is someone else's namesake,
      // and so is a known surname alone after a word the dictionary does not know ("Уэнтуорт Миллер")
      const known = ctx.gazetteer.match(view, k, ctx.seen);
      const before = run.at(-1)?.at(-1) ?? i;
      // (or after a patronymic: "Сергей Петрович Иванов")
      // (a hyphenated given name by its first part: "Жан-Мари", whose "Мари" is a people's name too)
      const afterGivenName =
        view.flags(before).name ||
        view.flags(run.at(-1)?.[0] ?? before).name ||
        isPatronymicAt(ctx, before) ||
        !isKnownWord(ctx, before);
      // ("Жан-Мари Ле Пен": with its particle too)
      const surnameAlone =
        known?.entity.type === 'PER' &&
        (known.length === 1 || (known.length === 2 && surnameParticles.has(tok.text)));
      // "Джеймсу Коми", "Джек Лондон": a place's one-word name right after a given name alone, in the
      // same case, is the person's surname; a town named after a person's is in any case the dictionary
      // reads it ("Нурлана Сатбаева")
      const placeAsSurname =
        known?.entity.type === 'LOC' &&
        known.length === 1 &&
        run.length === 1 &&
        view.flags(before).name &&
        !view.flags(before).place &&
        (shareCase(ctx, before, k, 'Name', 'Geox') || !!known.entity.namedAfterPerson);
      // "Соловьева Александра Васильевича": a known person's given name and patronymic after a
      // surname are the surname's, in the official order
      const politeAfterSurname =
        !!known && politeMatch(ctx, k, known.entity, known.length) && isSurnameAt(ctx, before);
      if (known && !(surnameAlone && afterGivenName) && !placeAsSurname && !politeAfterSurname) break;
    }
    const w = wordAt(ctx, k);
    run.push(w);
    k = (w.at(-1) ?? k) + 1;
  }
  if (run.length === 0) return null;
  // "Аким Жамбылского района": the place's adjective is no part of a person's name
  if (run.length > 1 && adjectiveOfHeadAfter(ctx, run.at(-1)?.at(-1) ?? i)) run.pop();
  // "ЕСПЧ Дмитрий Дедов", "Минздрава Мэтт Хэнкок": a word with no sign of a name before a given name
  // stands apart from the person
  // (not a name's part after a particle: "Хамад бин Халифа Аль Мансур")
  const nameAt = run.findIndex((w, n) => n > 0 && !ledByParticle(ctx, w) && view.flags(w.at(-1) ?? i).name);
  const lead = run[0]?.at(-1) ?? i;
  // ("Салам Фаяд": a foreign given name the dictionary reads as a common word, сало, before a name
  // it only guesses; "клуба Челси Фрэнк Лэмпард" is a club before a given name it knows)
  const leadText = view.tokens[lead]?.text ?? '';
  const guessedName = !view.parses(run[nameAt]?.at(-1) ?? i).some((p) => p.known && p.tags.has('Name'));
  const leadPersonish =
    view.flags(lead).name ||
    view.flags(lead).surname ||
    looksLikeSurname(leadText) ||
    (guessedName && ctx.lexicon.isGivenNameSpelling(leadText));
  // ("Ма Лин", "Хуа Логэн": a word the dictionary does not know at all may be a foreign given name, and
  // so may a verb's form with a capital mid-sentence: "губернатора Девала Патрика")
  const capitalVerb = onlyVerb(ctx, lead) && !view.tokens[lead]?.sentenceStart;
  const leadKnown = (isKnownWord(ctx, lead) && !capitalVerb) || !!view.tokens[lead]?.allCaps;
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
  // (a hyphenated given name by its first part: "Жан-Мари Дюпон сказал", whose "Мари" is a people's)
  const givenFirst = (run[0]?.length ?? 0) > 1 && view.flags(i).name;
  if (t.sentenceStart && fl[0]?.common && !fl[0].surname && !fl[0].name && !givenFirst) return null;
  // ("Королева прибыла в Лондон": opening a sentence alone, a post the dictionary knows is the post,
  // though a surname's case form is spelled so too and az scores that reading higher)
  const post = (h: number) =>
    view
      .parses(h)
      .some((p) => p.known && p.tags.has('NOUN') && p.tags.has('sing') && titleLemmas.has(p.lemma));
  if (t.sentenceStart && run.length === 1 && run[0]?.length === 1 && post(i)) return null;

  const isPatr = (h: number) => isPatronymicAt(ctx, h);
  const isSurn = (h: number) => isSurnameAt(ctx, h);
  // (the see's adjectives are the title's, no surname, though the dictionary knows "Римский" as one,
  // and the person is named after them: "Митрополит Ленинградский и Новгородский Никодим")
  const capAdjective = (j: number) => !!view.tokens[j]?.cap && hasKnownTag(ctx, j, 'ADJF');
  let title = i - 1;
  while (capAdjective(title) || (view.tokens[title]?.text === 'и' && capAdjective(title - 1))) title--;
  const see = !!prev && seeTitles.has(view.lemma(title));
  if (see && hasKnownTag(ctx, i, 'ADJF')) return null;
  const prevTitle =
    (prev && titleLemmas.has(view.lemma(i - 1))) || (see && title < i - 1) || politeBefore(ctx, i);
  // "Кит Флинт", "Стэнли Хо": a foreign given name az does not know, spelled like one the lexicon does
  const foreignGiven = (h: number) => ctx.lexicon.isGivenNameSpelling(view.tokens[h]?.text ?? '');
  const personish =
    heads.some((h) => view.flags(h).name || isPatr(h) || isSurn(h)) ||
    foreignGiven(heads[0] ?? i) ||
    givenFirst;
  const allPlace = fl.every((x) => x.place && !x.name && !x.surname);

  // "Восточной Европе", "Латинской Америки": an adjective before a place word makes a place, however
  // much "-ой" looks like a surname's ending
  const lastFlags = fl.at(-1);
  const adjectiveLead = hasKnownTag(ctx, heads[0] ?? i, 'ADJF');
  if (run.length === 2 && adjectiveLead && lastFlags?.place && !lastFlags.name && !lastFlags.surname)
    return mention(i, end, 'LOC', lemmaWords(ctx, i, end));
  // "главы ГУ МВД", "Дебенской СОШ": a name that ends in an abbreviation is a body's, not a person's
  const lastHead = heads.at(-1) ?? i;
  const lastTok = view.tokens[lastHead];
  const acronymLast =
    !!lastTok?.allCaps &&
    lastTok.text.length <= 5 &&
    !lastFlags?.name &&
    !lastFlags?.surname &&
    !lastFlags?.place;
  if (run.length >= 2 && acronymLast) return mention(i, end, 'ORG', lemmaWords(ctx, i, end));
  // "Айыл Банк", "Элдик Банк": a name that ends in a capitalised "Банк" is a bank's, as the region's
  // banks write their names; its other words as written, as an English text spells them
  if (run.length >= 2 && run.at(-1)?.length === 1 && view.lemma(lastHead) === 'банк') {
    const named = run.slice(0, -1).map((w) => w.map((p) => fold(view.tokens[p]?.text ?? '')).join(''));
    return mention(i, end, 'ORG', [...named, 'банк']);
  }
  // "Кубок Райдера", "Премию Пулитцера": a cup or a prize named after someone is the contest, not the
  // person, its name as written after the head ("Кубок Райдера", not "Кубок Райдер"); "Кубок Англии"
  // is left to the place's reading
  if (run.length >= 2 && run[0]?.length === 1 && awardHeads.has(view.lemma(i)) && !fl.some((x) => x.place)) {
    const named = run.slice(1).map((w) => w.map((p) => fold(view.tokens[p]?.text ?? '')).join(''));
    return mention(i, end, 'EVENT', [view.lemma(i), ...named]);
  }
  if (run.length >= 2 && (personish || prevTitle) && !allPlace) return personMention(ctx, run);
  // "Ван Цзюнь", "Ар Келли", "Ольянта Умала": mid-sentence, capitalised nouns the dictionary does not
  // all know, none of them an adjective, a place or a body, are a foreign person's name
  const adjectiveIn = heads.some((h) =>
    view.parses(h).some((p) => p.known && (p.tags.has('ADJF') || p.tags.has('PRTF'))),
  );
  const unknownIn = heads.some((h) => !isKnownWord(ctx, h));
  // (opening a sentence, where any word has a capital, only when the dictionary knows none of them:
  // "Канье Уэст сменил имя")
  const opening = t.sentenceStart && heads.some((h) => isKnownWord(ctx, h));
  if (run.length >= 2 && !opening && unknownIn && !adjectiveIn && !fl.some((x) => x.place || x.org))
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
      // (a noun's or an adjective's lemma: az reads "Донггала" first as a verb's past tense)
      one.map((p) => (view.tokens[p]?.kind === 'word' ? (lemmaWords(ctx, p, p + 1)[0] ?? '') : '-')).join(''),
    ]);
  // ("Кампания уже подходила к концу": opening a sentence, a word the dictionary reads as a thing as
  // readily as a place is the thing)
  if (single.place && !single.surname && !single.name && !(t.sentenceStart && asCommonAsPlace(ctx, h)))
    return oneWord('LOC');
  // АЭС, СМИ, ЕГЭ: the abbreviation of a thing names no body
  if (t.allCaps && commonAcronyms.has(folded)) return null;
  // ВГИК, ВМС: what the dictionary knows as a body's name is one, even after "в"
  if (single.org && !single.surname && !single.name) return oneWord('ORG');
  // "во ВГИКе", "МИДом": an acronym with a case ending
  if (/^[А-ЯЁ]{3,}[а-яё]{1,2}$/.test(t.text) && !t.sentenceStart && !single.common)
    return mention(i, h + 1, 'ORG', [fold(t.text.replace(/[а-яё]+$/, ''))]);
  // ПАСЕ, РПЦ, "в МАИ", "в УФСБ": an acronym is an organisation's, even after "в", unless the
  // dictionary knows it as a place (its lower-case reading, пас, says nothing)
  if (t.allCaps && t.text.length <= 6 && !t.sentenceStart && !commonAcronyms.has(folded))
    return oneWord(single.place ? 'LOC' : 'ORG');
  // "служил в Нацгвардии", "поручил Кабмину": a word for a kind of body, read first as a thing, is
  // the body's name, after "в" too and whatever a surname's ending says; at a sentence start only
  // when the dictionary does not know it as a common word ("Погранслужба будет проверять")
  const best = view.parses(h)[0];
  const bodyWord =
    orgHeadLemmas.has(lemma) && !single.name && !!best?.tags.has('NOUN') && best.tags.has('inan');
  if (bodyWord && (!t.sentenceStart || !isKnownWord(ctx, h))) return oneWord('ORG');
  // ("в Минторговли": a ministry's short name the dictionary does not know is no place after "в")
  if (isShortBodyName(lemma) && !single.place) return oneWord('ORG');
  // "в Милане", "в Гаваре": people are seldom "in" somewhere; a place in the locative is
  // ("В Сочимилько закрыли каналы": at a sentence's start too)
  const preposition = prev?.text.toLowerCase();
  const afterV = preposition === 'в' || preposition === 'во';
  const inPlace = afterV && hasTag(ctx, h, 'loct');
  // ("в Наньпине", "в Козлове": a guessed name, or a surname, says less than "в"; a given name the
  // dictionary knows says more)
  const guessed = !isKnownWord(ctx, h);
  if (inPlace && (single.place || (!single.common && (guessed || !single.name)))) return oneWord('LOC');
  // "эвакуированы в Палу": a word whose only reading after "в" is a common noun's second locative
  // ("в палу", "в порту") is no such noun when capitalised mid-sentence, but a place
  const secondLocative = afterV && hasTag(ctx, h, 'loc2') && !hasTag(ctx, h, 'loct');
  // (written as it stands: the noun's lemma, "пал", is no form of the place's name)
  if (secondLocative && !single.name && !single.surname) return mention(i, h + 1, 'LOC', [fold(t.text)]);
  // "переехал в Ланкашир": a guessed word after "в" in no case it takes for a person (a being's
  // accusative: "влюбилась в Смита") is where one goes
  if (afterV && guessed && !single.common && !hasTag(ctx, h, 'anim', 'accs')) return oneWord('LOC');
  // "уехала в Ростов": a town the dictionary knows, in the case "в" takes for where one goes
  const toPlace = afterV && hasTag(ctx, h, 'Geox', 'accs');
  if (toPlace && !single.name && !t.sentenceStart) return oneWord('LOC');
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
  // ("Формулы-1": a common word that ends as a Turkic father's name does is no surname by that ending)
  const commonTurkic = single.common && isTurkicPatronymic(t.text);
  const surnameLike = single.surname || (looksLikeSurname(t.text) && !adjective && !commonTurkic);
  // "в Бруклине": a word that ends like a surname but that the dictionary knows only as a thing, in the
  // locative after "в", is where something is, not a person
  if (inPlace && surnameLike && !prevTitle && !single.name && !single.surname && !hasTag(ctx, h, 'anim'))
    return oneWord('LOC');
  // "Кигели V взошел на престол", "Мсвати III": a monarch's number after a word no dictionary knows
  const reign = view.tokens[h + 1];
  const monarch =
    !!reign?.spaceBefore &&
    !reign.lineBefore &&
    isReignNumber(reign.text) &&
    !isKnownWord(ctx, h) &&
    !single.place;
  if ((prevTitle && !adjective) || monarch || (surnameLike && (!single.common || !t.sentenceStart)))
    return personMention(ctx, run);
  if (single.name && !single.common && !t.sentenceStart) return personMention(ctx, run);
  if (prev && placePrepositions.has(prev.text.toLowerCase()) && !single.common && hasTag(ctx, h, 'NOUN')) {
    return oneWord('LOC');
  }
  if (t.allCaps && t.text.length <= 6 && !single.common) return oneWord('ORG');
  return null;
}

/**
 * "г-жа Мей", "г-ну Ри": a form of address written short stands just before token `i`, which the
 * tokens split ("г-жа" is г, -, жа) and the dictionary knows whole, in its cases, as a title's.
 */
function politeBefore(ctx: RuleContext, i: number): boolean {
  const tokens = ctx.view.tokens.slice(Math.max(0, i - 3), i);
  if (tokens.length !== 3 || tokens[0]?.text.toLowerCase() !== 'г' || tokens[1]?.text !== '-') return false;
  if (tokens[1].spaceBefore || tokens[2]?.spaceBefore) return false;
  const written = tokens.map((t) => t.text).join('');
  return ctx.morph.parse(written).some((p) => p.known && titleLemmas.has(p.lemma));
}

function personMention(ctx: RuleContext, run: readonly number[][]): RawMention {
  const { view } = ctx;
  const start = run[0]?.[0] ?? 0;
  const last = (run.at(-1)?.at(-1) ?? start) + 1;
  // "Мухаммед VI", "Кигели V", "при Петре I": a monarch's number is part of the name, as in English
  const reign = view.tokens[last];
  const numbered = !!reign?.spaceBefore && !reign.lineBefore && isReignNumber(reign.text);
  const end = numbered ? last + 1 : last;
  // ("Иван Петрович Сидоров": the patronymic is no part of the key; "Александр Лукашевич" has none)
  const surnameLast = run.length === 2 && patronymicIsSurname(ctx, run[0]?.at(-1) ?? 0, run[1]?.at(-1) ?? 0);
  // ("Наурызбай Таганулы", "заявил Таганулы": a Turkic father's name that ends the name is its surname;
  // "Касым-Жомарт Кемелулы Токаев" keeps it as a patronymic)
  const lastWord = run.length - 1;
  const kept = run.filter((w, k) => {
    const text = view.tokens[w.at(-1) ?? 0]?.text ?? '';
    return (
      !looksLikePatronymic(text) || (surnameLast && k === 1) || (k === lastWord && isTurkicPatronymic(text))
    );
  });
  // "Соловьева Александра Васильевича": the official order puts the surname first
  const surnameFirst = run.length === 3 && kept.length === 2 && officialOrder(ctx, run[1]?.at(-1) ?? 0);
  const named = surnameFirst ? [...kept].reverse() : kept;
  const father = run.find((w) => !named.includes(w))?.at(-1);
  // ("Юлии Савичевой": before a woman's surname, a woman's given name)
  const sex = womansSurname(view.tokens[named.at(-1)?.at(-1) ?? -1]?.text ?? '') ? 'femn' : undefined;
  // ("Аль-Ахмеда": the article before the hyphen is as written, not a word in a case, "Аля")
  const article = (p: number) =>
    view.tokens[p + 1]?.text === '-' && isHyphenedArticle(view.tokens[p]?.text ?? '');
  const norm = (w: readonly number[], role: 'given' | 'surname') =>
    w
      .map((p) =>
        view.tokens[p]?.kind !== 'word'
          ? '-'
          : article(p)
            ? (view.tokens[p]?.text ?? '')
            : russianNominative(ctx, p, role, father, sex),
      )
      .join('');
  // ("Людвиг ван Бетховен", "Абдель Азиз бин Салман": a particle before a name's part is a word of its
  // own, in lower case, as English writes it; "аль-Багдади" stays one word)
  const normed = (w: readonly number[], role: 'given' | 'surname') => {
    const particle = ledByParticle(ctx, w) && view.tokens[w[1] ?? -1]?.text !== '-';
    return particle ? [view.tokens[w[0] ?? -1]?.text ?? '', norm(w.slice(1), role)] : [norm(w, role)];
  };
  const ws =
    named.length >= 2
      ? [...named.slice(0, -1).flatMap((w) => normed(w, 'given')), ...normed(named.at(-1) ?? [], 'surname')]
      : // ("Елизаветы Петровны": a given name before a patronymic is no surname)
        named.flatMap((w) => normed(w, named.length < run.length ? 'given' : 'surname'));
  return { start, end, type: 'PER', entity: null, words: numbered ? [...ws, fold(reign.text)] : ws };
}
