/**
 * Where a Russian body's name ends after its head word: the field it runs in the genitive
 * ("Министерство иностранных дел"), the body it belongs to ("Института языкознания АН СССР"), its
 * country, a field after "по" ("комитета по безопасности") and a name given in honour ("театр им.
 * Моссовета", read in honoured-names.ts).
 */
import { compoundEnd, compoundStart, hasTag, isKnownWord, wordAt, type RuleContext } from './raw-mention';
import { afterParticle } from './russian-context';
import { listEnd } from './field-list';
import { isFormOfQuotedName, orgHeadLemmas, titleLemmas } from './cue-words';
import { isShortBodyName } from './name-words';
import { stateForms } from './name-edges';
import { openQuotes } from './tokenize';
import { honourEnd, honouredName, namedForHeads, personInGenitive } from './honoured-names';

const tailFunctionWords = new Set(['по', 'и', 'при', 'для', 'с', 'за', 'в', 'на', 'от', 'против']);
/**
 * "в сфере связи", "в области образования", "в защиту Химкинского леса": the field a body works in
 * belongs to its name.
 */
const fieldLemmas = new Set(['сфера', 'область', 'отрасль', 'дело', 'интерес', 'защита']);
/** Nouns for what a body has, says or does, which follow its name in the genitive but are no part of it. */
const tailStopLemmas = new Set(
  'здание комплекс помещение офис сайт решение заявление штаб-квартира страна пресса пресс созыв поправка законопроект'.split(
    ' ',
  ),
);
/** Nouns after "по" that give a reason, a source or a result, not the field a body works in. */
const notFieldLemmas = new Set(
  'повод случай итог данные слово мнение сравнение причина просьба заказ требование приглашение инициатива указание приговор обвинение подозрение сообщение оценка мотив поручение факт специальность профессия преимущество существо суть размер'.split(
    ' ',
  ),
);
/**
 * Bodies that deal with no one matter, so "по" after the head word alone says what they do, not which
 * body: "в Сенате по утверждению кандидатуры", "в парламенте по законопроекту" (a region still names
 * one: "МВД по Москве").
 */
const noMatterHeads = new Set(
  'сенат парламент дума госдума конгресс мажилис правительство мвд мид фсб минобороны совфед евросоюз'.split(
    ' ',
  ),
);

/** Nouns of a body's matter that take what they deal with in the instrumental ("управлению активами"). */
const managingNouns: ReadonlySet<string> = new Set(['управление', 'руководство', 'распоряжение', 'владение']);

/** Whether a word can be in the prepositional case ("в Европе", not "в Москву"). */
function inLocative(ctx: RuleContext, i: number): boolean {
  const ps = ctx.view.parses(i);
  return ps.length === 0 || ps.some((p) => p.tags.has('loct') || p.tags.has('loc2'));
}

/**
 * Whether word `verb` can be a past tense whose subject is the head word at `head`, being of its gender
 * ("прокуратура начала"; "Управление дел" is no "деть").
 */
function agreesWithHead(ctx: RuleContext, head: number, verb: number): boolean {
  const genders = ['masc', 'femn', 'neut'].filter((g) => hasTag(ctx, head, 'NOUN', g));
  return genders.some((g) => hasTag(ctx, verb, 'VERB', g));
}

/** Org head noun followed by its genitive or prepositional tail: Министерство иностранных дел Казахстана. */
export function orgTail(ctx: RuleContext, from: number): number {
  const { view, gazetteer, seen } = ctx;
  let end = from;
  let k = from;
  // the tail has gone through "по" or "за" to the matter the body deals with
  let matter = false;
  while (k < view.tokens.length && k - from < 10) {
    const t = view.tokens[k];
    if (!t || t.lineBefore) break;
    // "Ассоциации финно-угорских литературы", "союза евангельских христиан-баптистов": a hyphen inside
    // a lower-case word of the tail joins its halves
    const joined = view.tokens[k + 1];
    if (
      t.text === '-' &&
      end === k &&
      !t.spaceBefore &&
      joined?.kind === 'word' &&
      !joined.spaceBefore &&
      !joined.cap
    ) {
      k++;
      continue;
    }
    if (t.kind === 'punct') {
      // "комитета по природным ресурсам, собственности и земельным отношениям": the matter a body deals
      // with may be a list ("Центра химической, биологической и ядерной обороны": so may its adjectives)
      // ("Министерства инвестиций, промышленности и торговли", "Федерации лесбиянок, геев и бисексуалов":
      // what a body is of may be listed bare)
      const listed =
        t.text === ',' &&
        end === k &&
        (matter || hasTag(ctx, k - 1, 'ADJF') || hasTag(ctx, k - 1, 'NOUN', 'gent'));
      const last = listed ? listEnd(ctx, k) : -1;
      // (not bodies listed beside it: "Министерства юстиции, прокуратуры и судов")
      const bodies =
        last > k && view.tokens.slice(k, last).some((_, d) => orgHeadLemmas.has(view.lemma(k + d)));
      if (last > k && !bodies) {
        end = last;
        // "… промышленности и торговли РУз": the country the body serves may follow the list
        const country = gazetteer.match(view, last, seen);
        if (country?.entity.kind === 'country') end = last + country.length;
      }
      break;
    }
    // "Совет директоров | АО «Самрук-Қазына»": a legal form before quotes opens another body's name
    if (isFormOfQuotedName(t) && openQuotes.has(view.tokens[k + 1]?.text ?? '')) break;
    if (t.cap) {
      // "Университете Дьюка", "Президентской библиотеки Рональда Рейгана", "театре Вахтангова": a
      // school, a museum or a fund is named after a person in the genitive
      if (k === from && namedForHeads.has(view.lemma(from - 1))) {
        const person = personInGenitive(ctx, k);
        if (person > k) {
          end = person;
          break;
        }
      }
      // "глава МВД Владимир Колокольцев": a given name before a capitalised word opens a person's name
      // ("МИДа | Сэйдзи Маэхара": a foreign given name spelled as the lexicon spells one, or two words
      // the dictionary does not know at all)
      // (not a known place the lexicon spells as someone's given name too: "МИД Пакистана | Исхак Дар")
      const unknown = (n: number) => !isKnownWord(ctx, n) && !view.tokens[n]?.allCaps;
      const knownPlace = gazetteer.match(view, k, seen)?.entity.type === 'LOC';
      const given =
        view.flags(k).name ||
        (!t.allCaps && !knownPlace && ctx.lexicon.isGivenNameSpelling(t.text)) ||
        (unknown(k) && unknown(k + 1));
      if (given && view.tokens[k + 1]?.cap && !view.tokens[k + 1]?.lineBefore) break;
      // "конгресса | Файка аль-Саид": a name particle after a word leads on to a person's surname
      if (afterParticle(ctx, k + 1) > k + 1) break;
      // "Управления … | Главного управления МВД": a capitalised adjective opens the body the name sits in,
      // a body of its own (NEREL's chained convention marks the two around both)
      if (hasTag(ctx, k, 'ADJF', 'gent') && orgHeadLemmas.has(view.lemma(k + 1)) && !view.tokens[k + 1]?.cap)
        break;
      const m = gazetteer.match(view, k, seen);
      const word = wordAt(ctx, k);
      const last = word.at(-1) ?? k;
      let next = k;
      if (m && m.entity.type !== 'PER') next = k + m.length;
      else if (view.flags(k).place || view.flags(k).org || t.allCaps) next = last + 1;
      // "театра Сатиры", "оркестром Метрополитен-оперы"
      else if (!view.flags(k).name && !view.flags(k).surname && hasTag(ctx, last, 'NOUN', 'gent'))
        next = last + 1;
      // "театре Российской Армии": a body named in the genitive by an adjective and a noun
      else if (
        hasTag(ctx, k, 'ADJF', 'gent') &&
        view.tokens[k + 1]?.cap &&
        !view.tokens[k + 1]?.lineBefore &&
        hasTag(ctx, k + 1, 'NOUN', 'gent')
      )
        next = k + 2;
      if (next === k) break;
      end = next;
      // "Института языкознания АН СССР", "Главное управление МВД России": the country of the body named
      const place =
        view.tokens[end]?.cap && !view.tokens[end]?.lineBefore ? gazetteer.match(view, end, seen) : null;
      // ("Министерства … Королевства Свазиленд": after a state's form the name stands in any case)
      const form = stateForms.has(view.lemma(end - 1));
      if (place?.entity.type === 'LOC' && (hasTag(ctx, end, 'gent') || form)) end += place.length;
      const nextTok = view.tokens[end];
      // "Комитета по делам религий Министерства культуры и информации", "Службы охраны Министерства
      // внутренних дел": a body's head word in the tail goes on with its own field
      const innerHead = !place && end === last + 1 && orgHeadLemmas.has(view.lemma(last));
      if (innerHead && nextTok?.kind === 'word' && !nextTok.cap && !nextTok.lineBefore) {
        end = Math.max(end, orgTail(ctx, end));
        break;
      }
      // "Главного управления МВД по Москве", "комитета Совета Федерации по экономической политике"
      if (nextTok?.text !== 'по') break;
      k = end;
      continue;
    }
    // "Института иностранных языков имени М. Тореза": a name given in honour closes the name
    // ("Театра им. Йозефа Бойса", "Ассоциации имени Людвига ван Бетховена": a given name and a particle
    // lead on to the surname)
    const honour = honouredName(view, k);
    if (honour > 0 && view.tokens[honour]?.cap) {
      end = Math.max(end, honourEnd(ctx, honour));
      break;
    }
    // "районном суде г. Москвы": the town the body serves, after the abbreviation of "город"
    if (t.text === 'г' && view.tokens[k + 1]?.text === '.' && view.tokens[k + 2]?.cap) {
      const town = gazetteer.match(view, k + 2, seen);
      if (town?.entity.type === 'LOC') end = k + 2 + town.length;
      else if (view.flags(k + 2).place) end = (wordAt(ctx, k + 2).at(-1) ?? k + 2) + 1;
      break;
    }
    if (tailFunctionWords.has(t.text)) {
      matter ||= t.text === 'по' || t.text === 'за';
      // "суда по правам человека от России", "партии в июле", "Палате общин в ходе сессии": these
      // prepositions lead out of the name, save into a capitalised name or a field ("в сфере связи")
      const after = view.tokens[k + 1];
      if (t.text === 'от') break;
      // "генералов полиции по делу Голунова": a case is what the body acts on ("по делам молодёжи" is a field)
      if (t.text === 'по' && after?.text.toLowerCase() === 'делу') break;
      // "в Думу по поводу изменения законов", "полиции по данным СМИ": a reason or a source, no field
      if (t.text === 'по' && notFieldLemmas.has(view.lemma(k + 1))) break;
      // ("комитета Госдумы по природным ресурсам": the committee's matter)
      const chamberAlone =
        k === from && noMatterHeads.has(view.lemma(k - 1)) && !orgHeadLemmas.has(view.lemma(k - 2));
      if (t.text === 'по' && chamberAlone && !after?.cap) break;
      if (t.text === 'и') {
        // "между полицией и рабочими": a body's head word is no field to go on after "и"
        if (k === from) break;
        // "Центр ядерной медицины и мордовский могильник": a field after "и" stands in the case of
        // the one before it ("образования и науки", "по культуре и туризму", "Союза за республику и
        // демократию"), the genitive where that word can be one
        let field = k + 1;
        while (hasTag(ctx, field, 'ADJF') && !view.tokens[field]?.cap && field < k + 3) field++;
        const cases = hasTag(ctx, k - 1, 'gent') ? ['gent'] : ['datv', 'ablt', 'loct', 'accs'];
        const shared = cases.some((c) => hasTag(ctx, k - 1, c) && hasTag(ctx, field, c));
        // "по внешней и оборонной политике": two adjectives of one noun agree with each other
        const adjectives = ['gent', 'datv', 'ablt', 'loct', 'accs'].some(
          (c) => hasTag(ctx, k - 1, 'ADJF', c) && hasTag(ctx, k + 1, 'ADJF', c),
        );
        if (!after?.cap && !shared && !adjectives) break;
        // "училище и в колледже": a second preposition after "и" opens another place
        if (after && tailFunctionWords.has(after.text)) break;
        // "Футбольная ассоциация и профсоюз игроков": a word for a body after "и" opens a second body
        let head = k + 1;
        while (hasTag(ctx, head, 'ADJF') && !view.tokens[head]?.cap) head++;
        // ("сирийских революционных и оппозиционных сил": not the noun two adjectives share; "по регламенту
        // и организации деятельности": nor a matter in the case of the one before)
        const sameMatter =
          matter && ['datv', 'loct'].some((c) => hasTag(ctx, k - 1, c) && hasTag(ctx, head, c));
        if (orgHeadLemmas.has(view.lemma(head)) && !view.tokens[head]?.cap && !adjectives && !sameMatter)
          break;
        // "министерстве образования и Рособрнадзоре", "Министерство обороны и МВД": a body the
        // knowledge base knows, or a ministry's short name, is a second body
        if (
          after?.cap &&
          (isShortBodyName(after.text) || gazetteer.match(view, k + 1, seen)?.entity.type === 'ORG')
        )
          break;
      }
      if ((t.text === 'в' || t.text === 'на') && !after?.cap && !fieldLemmas.has(view.lemma(k + 1))) break;
      // "МИДа в Москву": a place after "в" in any case but the prepositional is where someone goes
      // ("Театра сатиры | в Москве", "Казахстанско-китайского делового совета | в Шанхае": a place
      // after a name says where the body is; "Суд в Италии": a head word alone is named by it)
      const where = t.text === 'в' || t.text === 'на';
      let before = from - 2;
      while (view.tokens[before]?.text === '-' || (!view.tokens[before]?.cap && hasTag(ctx, before, 'ADJF')))
        before--;
      const named = end > from || !!view.tokens[before]?.cap;
      if (where && after?.cap && after.cyrillic && (named || !inLocative(ctx, k + 1))) break;
      k++;
      continue;
    }
    // "главы МВД полковника Игоря Шуневича": a rank or a post before a name opens the person
    const nextFlags = view.tokens[k + 1]?.cap ? view.flags(k + 1) : null;
    if (titleLemmas.has(view.lemma(k)) && (nextFlags?.name || nextFlags?.surname)) break;
    // "по американо-исламским отношениям", "военно-морского флота": a compound adjective is read by its
    // last part, its first a stem ending in "о"
    const last = compoundEnd(ctx, k);
    const ps = view.parses(last);
    // "Комитета по иностранным делам", "совета при главном архитекторе": adjectives may stand between
    // the preposition and its noun
    let b = k - 1;
    while (b > from && !tailFunctionWords.has(view.tokens[b]?.text ?? '') && hasTag(ctx, b, 'ADJF'))
      b = compoundStart(ctx, b) - 1;
    const afterPreposition = tailFunctionWords.has(view.tokens[b]?.text ?? '');
    // "Агентства по управлению государственными активами": what is managed, in the instrumental
    const managed = managingNouns.has(view.lemma(b));
    const fits = ps.some(
      (p) =>
        ((p.tags.has('ADJF') || p.tags.has('PRTF')) && !p.tags.has('Apro')) ||
        (p.tags.has('NOUN') &&
          (p.tags.has('gent') ||
            (afterPreposition && !p.tags.has('nomn')) ||
            (managed && p.tags.has('ablt')))),
    );
    const best = ps[0];
    const verb = best && ['VERB', 'INFN', 'PRTS', 'PREP', 'CONJ', 'PRCL'].some((tag) => best.tags.has(tag));
    // "полиция начала получать": a past tense before an infinitive is the verb, not "начало"
    // ("прокуратура начала проверку", "Служба внешней разведки начала операцию": nor a past tense of
    // the head word's gender, but before a genitive, which leads on: "Ассоциация начала века")
    const auxiliary =
      ps.some((p) => p.tags.has('VERB')) &&
      (hasTag(ctx, k + 1, 'INFN') || (!hasTag(ctx, k + 1, 'gent') && agreesWithHead(ctx, from - 1, last)));
    // "для Конституционного суда | комплекса зданий", "у Минобороны | здания": what a body owns or
    // says is not its name, nor the country it is of ("Госсовета | страны") or the press on it
    if (!fits || verb || auxiliary) break;
    if (!afterPreposition && tailStopLemmas.has(view.lemma(k))) {
      // "Думе нового | созыва": the adjectives before such a noun are its own
      const adjective = (n: number) => hasTag(ctx, n, 'ADJF') || hasTag(ctx, n, 'PRTF');
      while (end > from && !view.tokens[end - 1]?.cap && adjective(end - 1)) end--;
      break;
    }
    // "Американской киноакадемии | лучшим фильмом": an adjective outside the genitive and after no
    // preposition agrees with what follows the name, not with a word of it
    const nounOrGenitive = ps.some((p) => p.tags.has('NOUN') || p.tags.has('gent'));
    if (!afterPreposition && !nounOrGenitive && !managed) break;
    k = last + 1;
    end = k;
  }
  return end;
}
