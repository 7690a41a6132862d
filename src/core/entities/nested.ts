/** Names inside names: what annotated corpora count as nested mentions, on request (`nested`). */
import { needsOwner, placeInGenitiveEnd } from './common-noun-orgs';
import { placeAdjectiveAt } from './place-adjectives';
import { hasTag, lemmaWords, type RawMention, type RuleContext } from './raw-mention';
import type { RecognizeOptions } from './recognize-options';
import { isGenericWord } from './english-evidence';
import { honouredName, namesakeEnd } from './honoured-names';
import { russianRule } from './rules-ru';
import { russianNominative } from './russian-nominative';
import { looksLikeSurname } from './russian-names';
import { isFormOfQuotedName, orgHeadLemmas } from './cue-words';
import { fold } from './text-keys';
import { closeQuotes, isLatinCap, openQuotes } from './tokenize';
import { extendLeft } from './name-edges';

/** Points of the compass (and "new"), which join the place name after them. */
export const compass: ReadonlySet<string> = new Set([
  'северный',
  'южный',
  'западный',
  'восточный',
  'центральный',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'новый',
  'new',
]);

/** Known names and place words inside a longer mention: the nested mentions annotated corpora count. */
export function innerMentions(
  ctx: RuleContext,
  found: readonly RawMention[],
  options: RecognizeOptions,
): RawMention[] {
  const { view, gazetteer, seen } = ctx;
  const out: RawMention[] = [];
  const { tokens } = view;
  for (const m of found) {
    if (m.end - m.start < 2 || m.type === 'PER') continue;
    // «Эхо Москвы», «Движение за развитие Мали»: a name in quotes is a title, whole; the place in it
    // counts, the rest of the title ("Эхо") names nothing
    const title =
      openQuotes.has(tokens[m.start - 1]?.text ?? '') && closeQuotes.has(tokens[m.end]?.text ?? '');
    // ("ФК «Спартак»": a legal form and a quoted name)
    const formed = isFormOfQuotedName(tokens[m.start]) && openQuotes.has(tokens[m.start + 1]?.text ?? '');
    let k = m.start;
    while (k < m.end) {
      const t = view.tokens[k];
      const whole = k === m.start;
      // "Единая Россия", "Русская Православная Церковь": a word after a capitalised adjective of the
      // name is part of that name, no name of its own
      const afterAdjective = !whole && !!view.tokens[k - 1]?.cap && hasTag(ctx, k - 1, 'ADJF');
      // a place holds no second place: not "Корея" in "Южная Корея", nor "Кировоградской" in its oblast
      const adjective =
        options.placeAdjectives && t?.cyrillic && m.type !== 'LOC' ? placeAdjectiveAt(ctx, k) : null;
      // ("правительстве Калининградской области": a known place that opens with the adjective is the place)
      const known = adjective && t?.cap ? gazetteer.match(view, k, seen) : null;
      const longer =
        !!adjective &&
        known?.entity.type === 'LOC' &&
        k + known.length > adjective.end &&
        k + known.length <= m.end;
      if (adjective && adjective.end <= m.end && !longer) {
        out.push(adjective);
        k = adjective.end;
        continue;
      }
      if (!t || t.kind !== 'word' || !t.cap) {
        k++;
        continue;
      }
      // a part of a hyphenated word (Йорк in Нью-Йорк) is no name of its own
      if (view.tokens[k - 1]?.text === '-' && !t.spaceBefore) {
        k++;
        continue;
      }
      let inner = gazetteer.match(view, k, seen);
      // "US State Department", "United States Navy": the known body itself begins with a known place
      if (whole && inner && inner.length === m.end - m.start) {
        const head = gazetteer.match(view, k, seen, inner.length - 1);
        const glued = view.tokens[k + (head?.length ?? 0)]?.text === '-';
        if (head && !head.partial && !glued) inner = head;
      }
      if (inner && k + inner.length <= m.end && !(whole && inner.length === m.end - m.start)) {
        // "Южная Корея" holds no second place; "Единая Россия" is a name, not the party's country
        // but a known place and one word make an English site's or district's name (Volgograd Arena,
        // Hong Kong Island, Mexico City)
        const bothPlaces = inner.entity.type === 'LOC' && m.type === 'LOC';
        const siteOfPlace = bothPlaces && !t.cyrillic && k + inner.length === m.end - 1;
        const partOfName = (bothPlaces && !siteOfPlace) || afterAdjective;
        // "State Department" in "US State Department" is the same body by a shorter alias; not the
        // quoted name after a legal form (ФК «Спартак»), which counts on its own
        const sameBody = inner.entity === m.entity && !formed;
        if (!partOfName && !sameBody && !(whole && inner.entity.type === m.type && !siteOfPlace)) {
          // ("Министерства … Королевства Свазиленд": the state's form opens the place's name)
          const left = inner.entity.type === 'LOC' ? extendLeft(view, k, 'LOC') : k;
          const from = left > m.start ? left : k;
          out.push({
            start: from,
            end: k + inner.length,
            type: inner.entity.type,
            entity: inner.entity,
            words: [],
          });
          // ("Совет Безопасности ООН": the body a known body belongs to closes its name as a place does)
          const owner = inner.entity.type === 'LOC' || (inner.entity.type === 'ORG' && !!m.entity);
          if (owner && k + inner.length === m.end && !title) out.push(...withoutPlace(ctx, m, from));
        }
        k += inner.length;
        continue;
      }
      // "Театра им. Йозефа Бойса", "Ассоциации имени Людвига ван Бетховена": the person honoured
      // ("музея имени И. Д. Воронина": initials stand before the surname; "Университете Дьюка": the
      // person a body is named after)
      const honourEnds = t.cyrillic && m.type === 'ORG' ? namesakeEnd(ctx, k) : k;
      if (honourEnds > k && honourEnds <= m.end) {
        // ("Театре имени МГСПС", "театр им. Моссовета": a body may be honoured too)
        // ("Фонда Викимедиа": a word with no sign of a person names no one)
        const named = russianRule(ctx, k);
        const last = honourEnds - 1;
        const honoured = honouredName(view, k - 1) === k || honouredName(view, k - 2) === k;
        const personish =
          honoured ||
          view.flags(last).name ||
          view.flags(last).surname ||
          looksLikeSurname(view.tokens[last]?.text ?? '');
        const surname = [russianNominative(ctx, last, 'surname')];
        if (named && named.type !== 'LOC' && named.end === honourEnds) out.push(named);
        else if (personish)
          out.push({ start: k, end: honourEnds, type: 'PER', entity: null, words: surname });
        if (named?.end === honourEnds || personish) {
          k = honourEnds;
          continue;
        }
      }
      // "Управления … Главного управления МВД по Москве", "Служба прессы Конституционного суда": a body
      // inside the body, named as a body is named
      const body =
        !whole && t.cyrillic && !t.allCaps && m.type === 'ORG' && !afterAdjective
          ? russianRule(ctx, k)
          : null;
      if (body?.type === 'ORG' && body.end <= m.end && body.end - body.start > 1) out.push(body);
      // "администрации Сергиева Посада": a place's name of two words in the genitive
      const placeEnd = !whole && t.cyrillic && m.type === 'ORG' ? placeInGenitiveEnd(ctx, k) : k;
      if (placeEnd - k > 1 && placeEnd <= m.end) {
        out.push({ start: k, end: placeEnd, type: 'LOC', entity: null, words: lemmaWords(ctx, k, placeEnd) });
        if (placeEnd === m.end && !title) out.push(...withoutPlace(ctx, m, k));
        k = placeEnd;
        continue;
      }
      // "департамента коммуникации МВД Украины": an acronym the lexicon knows as a body's, inside a
      // longer name ("Дубенской СОШ": not after a capitalised word, where it closes that name)
      const acronym =
        !whole && t.cyrillic && t.allCaps && m.type === 'ORG' && view.flags(k).org && !view.tokens[k - 1]?.cap
          ? russianRule(ctx, k)
          : null;
      if (acronym?.type === 'ORG' && acronym.end <= m.end) {
        // ("школу КГБ СССР": with the country after it as well, when the rule has not taken it)
        const place = gazetteer.match(view, k + 1, seen);
        const end = acronym.end > k + 1 ? acronym.end : k + 1 + (place?.length ?? 0);
        const named = acronym.end > k + 1 || (place?.entity.type === 'LOC' && hasTag(ctx, k + 1, 'gent'));
        if (named && end <= m.end) out.push({ ...acronym, end, entity: null });
        const alone = { start: k, end: k + 1, type: 'ORG' as const, entity: null, words: [view.lemma(k)] };
        out.push(acronym.end === k + 1 ? acronym : alone);
      }
      const f = view.flags(k);
      if (!whole && t.cyrillic && m.type !== 'LOC' && f.place && !f.name && !f.surname) {
        out.push({ start: k, end: k + 1, type: 'LOC', entity: null, words: [view.lemma(k)] });
        if (k + 1 === m.end && !title) out.push(...withoutPlace(ctx, m, k));
      } else if (!t.cyrillic && m.type === 'ORG' && namedAfter(ctx, k, m.end)) {
        // "Andy Warhol Foundation": the person a body is named after
        const words = [t.text, view.tokens[k + 1]?.text ?? ''];
        out.push({ start: k, end: k + 2, type: 'PER', entity: null, words });
        k += 2;
        continue;
      } else if (!t.cyrillic && m.type === 'ORG') {
        // "University of Texas", "Metro Toronto Convention Centre": a known city or state inside
        // ("Southern Indiana": a point of the compass joins the place after it)
        const words: string[] = [];
        let best = 0;
        for (let n = k; n < Math.min(m.end, k + 3) && isLatinCap(view.tokens[n]); n++) {
          words.push(view.tokens[n]?.text ?? '');
          const name = words.join(' ');
          const rest = words.slice(1).join(' ');
          const known =
            (ctx.lexicon.placeWeight(name) > 0 && !isGenericWord(ctx, words[0] ?? '')) ||
            (words.length > 1 && compass.has(fold(words[0] ?? '')) && ctx.lexicon.placeWeight(rest) > 0);
          if (known) best = n + 1;
        }
        if (best > 0 && !(k === m.start && best === m.end)) {
          out.push({ start: k, end: best, type: 'LOC', entity: null, words: words.slice(0, best - k) });
          k = best;
          continue;
        }
      }
      k++;
    }
  }
  return out;
}

/** A given name and a surname (no English word) before the rest of a body's name, ending at `end`. */
function namedAfter(ctx: RuleContext, k: number, end: number): boolean {
  const { tokens } = ctx.view;
  const given = tokens[k];
  const surname = tokens[k + 1];
  if (!given || !surname || k + 2 >= end || !isLatinCap(surname) || surname.allCaps) return false;
  return (
    ctx.lexicon.isGivenName(given.text.toLowerCase()) &&
    !ctx.lexicon.isCommonWord(surname.text.toLowerCase()) &&
    ctx.lexicon.placeWeight(surname.text) === 0
  );
}

/** Armed forces by their common nouns: "Военно-морских сил" in "Военно-морских сил США". */
const forces: ReadonlySet<string> = new Set(['сила', 'войско']);

/**
 * Heads of bodies whose place is part of their own name, not their owner: "Союз художников России",
 * "Федерация футбола Португалии", "Национальная библиотека Узбекистана" are not a union, a federation
 * or a library that belongs to the country, as "МВД России" is the ministry of Russia.
 */
const placeInName: ReadonlySet<string> = new Set([
  'союз',
  'гильдия',
  'федерация',
  'ассоциация',
  'библиотека',
  'университет',
]);

/** "Верховный суд" inside "Верховный суд Испании": the Russian organisation without its country. */
function withoutPlace(ctx: RuleContext, m: RawMention, placeStart: number): RawMention[] {
  const { view } = ctx;
  // ("1-го Украинского фронта СССР": a unit's name opens with its number)
  const first = view.tokens[m.start];
  if (m.type !== 'ORG' || placeStart - m.start < 1 || !(first?.cyrillic || first?.kind === 'num')) return [];
  // ("армии США", "коммунистической партии Китая": a known body in lower case before its place is
  // marked whole, without a second mention of the body alone)
  if (m.entity && first?.kind === 'word' && !first.cap) return [];
  // "посольства" in "посольства России": a head that names no body on its own
  if (placeStart - m.start === 1 && needsOwner(m)) return [];
  // "Суд в Италии", "Объединение за Мали": what is left before the place is no name of its own
  const before = view.tokens[placeStart - 1];
  if (!before || before.kind !== 'word' || view.parses(placeStart - 1)[0]?.tags.has('PREP')) return [];
  // "Международный трибунал по бывшей | Югославии": an adjective of the place's belongs with it
  if (!before.cap && view.parses(placeStart - 1)[0]?.tags.has('ADJF')) return [];
  const words = lemmaWords(ctx, m.start, placeStart);
  if (placeInName.has(words.find((w) => orgHeadLemmas.has(w)) ?? '')) return [];
  // "Голос Америки" unquoted: what is left is a body only if a word for one heads it ("Верховный суд")
  // or it is an acronym ("ВМС США")
  const acronym = placeStart - m.start === 1 && !!first?.allCaps;
  // ("Верховной Рады Украины": a known body's shorter name is a name too)
  const shorter = ctx.gazetteer.match(view, m.start, ctx.seen, placeStart - m.start);
  const named = shorter?.entity.type === 'ORG' && m.start + shorter.length === placeStart;
  if (m.entity && !acronym && !named && !words.some((w) => orgHeadLemmas.has(w) || forces.has(w))) return [];
  return [{ start: m.start, end: placeStart, type: 'ORG', entity: named ? shorter.entity : null, words }];
}
