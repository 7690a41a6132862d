/**
 * Names given in honour inside a Russian body's name: "театр им. Моссовета", "Института иностранных
 * языков имени М. Тореза", "Университете Дьюка"; the person's name ends there, and it is part of the
 * body's name, no person or place of its own in the flat view.
 */
import {
  hasTag,
  isKnownWord,
  lemmaWords,
  removeWhere,
  wordAt,
  type RawMention,
  type RuleContext,
} from './raw-mention';
import { afterParticle } from './russian-context';
import { looksLikeSurname } from './russian-names';
import { orgHeadLemmas } from './cue-words';

/** Bodies that are named after a person: "Университет Дьюка", "Фонд Сороса", "театр Вахтангова". */
export const namedForHeads = new Set(
  'университет институт колледж академия консерватория музей библиотека фонд больница клиника госпиталь лицей гимназия театр центр школа'.split(
    ' ',
  ),
);

/** Where a person's name in the genitive that starts at `k` ends ("Рональда Рейгана", "Дьюка"), or `k`. */
export function personInGenitive(ctx: RuleContext, k: number): number {
  const { view } = ctx;
  let n = k;
  let personish = false;
  while (n - k < 3) {
    const tok = view.tokens[n];
    if (!tok?.cap || !tok.cyrillic || tok.allCaps || tok.kind !== 'word' || (n > k && tok.lineBefore)) break;
    const word = wordAt(ctx, n);
    const last = word.at(-1) ?? n;
    if (!hasTag(ctx, last, 'gent')) break;
    const f = view.flags(last);
    if (f.place && !f.name && !f.surname) break;
    // "Института Пушкина | Виталий Костомаров": a given name in the nominative opens another person
    if (n > k && hasTag(ctx, last, 'Name', 'nomn', 'sing') && !hasTag(ctx, last, 'Name', 'gent', 'sing'))
      break;
    personish ||= f.name || f.surname || looksLikeSurname(view.tokens[last]?.text ?? '') || !f.common;
    n = last + 1;
  }
  return personish ? n : k;
}

/** Where the name after "имени" or "им." at `k` starts, or -1 ("Театра им. Йозефа Бойса"). */
export function honouredName(view: RuleContext['view'], k: number): number {
  if (view.tokens[k]?.text === 'им' && view.tokens[k + 1]?.text === '.') return k + 2;
  return view.lemma(k) === 'имя' ? k + 1 : -1;
}

/**
 * Where the name given in honour that starts at `n` ends: "М. Тореза", "А.М. Горького", "Йозефа
 * Бойса", "Людвига ван Бетховена" (a given name and a particle lead on to the surname); `n` when no
 * name starts there.
 */
export function honourEnd(ctx: RuleContext, n: number): number {
  const { view } = ctx;
  // initials: "М. Тореза", "А.М. Горького" (one token)
  for (;;) {
    const tok = view.tokens[n];
    if (!tok?.cap) break;
    if (tok.text.length <= 2 && view.tokens[n + 1]?.text === '.') n += 2;
    else if (/^(?:[А-ЯЁA-Z]\.){1,3}$/.test(tok.text)) n += 1;
    else break;
  }
  if (!view.tokens[n]?.cap || view.tokens[n]?.kind !== 'word') return n;
  const end = (wordAt(ctx, n).at(-1) ?? n) + 1;
  const particle = afterParticle(ctx, end);
  if (particle > end) return (wordAt(ctx, particle).at(-1) ?? particle) + 1;
  // "Серго Орджоникидзе": a given name, or a word no dictionary knows, before a surname
  const next = view.tokens[end];
  const first =
    view.flags(n).name ||
    !isKnownWord(ctx, n) ||
    view.flags(end).surname ||
    looksLikeSurname(next?.text ?? '');
  const surname =
    first &&
    next?.cap &&
    next.cyrillic &&
    !next.allCaps &&
    (!view.flags(end).place || view.flags(end).surname);
  const last = surname ? (wordAt(ctx, end).at(-1) ?? end) + 1 : end;
  // "больница имени Эдуарда VII": a monarch's number
  return /^[IVX]{1,4}$/.test(view.tokens[last]?.text ?? '') ? last + 1 : last;
}

/** Things named in honour that a body gives or names, not bodies: a prize, an order, a street. */
const prizeLemmas = new Set([
  'премия',
  'орден',
  'медаль',
  'стипендия',
  'приз',
  'кубок',
  'награда',
  'улица',
  'проспект',
]);

/**
 * "НИИ им. Склифосовского", "МХТ имени Чехова", "театр им. Моссовета": a body found by any means (an
 * acronym, the knowledge base, a rule), or a word for one in lower case, goes on with a name given in
 * honour, which is part of its name and no person or place of its own in the flat view.
 */
export function honouredNames(ctx: RuleContext, found: RawMention[]): void {
  const { view } = ctx;
  const taken: [number, number][] = [];
  for (let k = 1; k < view.tokens.length; k++) {
    const honour = honouredName(view, k);
    if (honour < 0 || !view.tokens[honour]?.cap) continue;
    const end = honourEnd(ctx, honour);
    if (end <= honour) continue;
    const n = found.findIndex((m) => m.end === k && m.type === 'ORG');
    const body = found[n];
    // "премии РТ им. Г. Тукая": the prize is named in honour, not the body that gives it
    const prize = body && [1, 2].some((d) => prizeLemmas.has(view.lemma(body.start - d)));
    if (prize) continue;
    if (body) {
      found[n] = { ...body, end, words: body.entity ? body.words : lemmaWords(ctx, body.start, end) };
    } else {
      const head = view.tokens[k - 1];
      if (!head?.cyrillic || head.cap || !orgHeadLemmas.has(view.lemma(k - 1))) continue;
      if (found.some((m) => m.start < k && m.end >= k)) continue;
      found.push({ start: k - 1, end, type: 'ORG', entity: null, words: lemmaWords(ctx, k - 1, end) });
    }
    taken.push([k, end]);
  }
  removeWhere(found, (o) => taken.some(([a, b]) => o.start >= a && o.start < b));
}

/**
 * Where the person a body is named after ends, when one starts at `k` inside the body's name ("НИИ
 * им. | Склифосовского", "Университете | Дьюка"), or `k`.
 */
export function namesakeEnd(ctx: RuleContext, k: number): number {
  const { view } = ctx;
  if (honouredName(view, k - 1) === k || honouredName(view, k - 2) === k) return honourEnd(ctx, k);
  if (namedForHeads.has(view.lemma(k - 1)) && !view.tokens[k - 1]?.allCaps) return personInGenitive(ctx, k);
  return k;
}
