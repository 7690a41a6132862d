/**
 * The words around a capitalised word in Russian that say what it names: a word for a person or an
 * alias before it, a gang's noun, a military unit's number, an event's head word; and the thing's noun
 * after it that it agrees with as an adjective.
 */
import {
  capitalisedParticles,
  isHyphenedArticle,
  isNameParticle,
  russianNameParticles,
} from './name-particles';
import { hasTag, type RuleContext } from './raw-mention';
import { artistLemmas, orgHeadLemmas, placeHeadLemmas, settlementLemmas } from './cue-words';
import { namedReading } from './morphology';
import { fold } from './text-keys';

/** Nouns for military units, which are named by their number ("1-й армии", "2-го Белорусского фронта"). */
export const militaryHeads: ReadonlySet<string> = new Set([
  'армия',
  'фронт',
  'флот',
  'корпус',
  'дивизия',
  'бригада',
  'полк',
  'батальон',
  'эскадрилья',
]);

/** The start of an ordinal written in figures that ends right before `i` ("1-го", "2-й"), else `i`. */
export function ordinalBefore(ctx: RuleContext, i: number): number {
  const { tokens } = ctx.view;
  const suffix = tokens[i - 1];
  const dash = tokens[i - 2];
  const figure = tokens[i - 3];
  const glued = suffix && dash && !suffix.spaceBefore && !dash.spaceBefore;
  const ordinal = /^(?:го|й|я|е|ой|ий|ый|ая|ого|му|м|ом)$/.test(suffix?.text ?? '');
  return glued && ordinal && dash.text === '-' && figure?.kind === 'num' ? i - 3 : i;
}

/** Nouns for people known by what they do, whose name, in any script, follows: "блогера Mimeng". */
const personNouns: ReadonlySet<string> = new Set([
  ...artistLemmas,
  ...'блогерша видеоблогер диджей писательница поэтесса журналистка художница стример исполнитель исполнительница теннисистка гонщик'.split(
    ' ',
  ),
]);

/**
 * A word for a person before `i` ("певице Aaliyah", "блогера Mimeng"), or an alias given
 * ("под именем JAY-Z", "поменял псевдоним на JAY-Z", "по прозвищу"): the name after it is a person's.
 */
export function personNounBefore(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  const prev = view.tokens[i - 1];
  if (!prev || prev.kind !== 'word' || (prev.cap && !prev.sentenceStart) || view.tokens[i]?.lineBefore)
    return false;
  const lemma = view.lemma(i - 1);
  if (personNouns.has(lemma)) return true;
  const before = view.tokens[i - 2]?.text.toLowerCase();
  if (prev.text === 'именем' || prev.text === 'прозвищу') return before === 'под' || before === 'по';
  // "псевдоним JAY-Z", "псевдонимом Ленин", "псевдоним на JAY-Z"
  return lemma === 'псевдоним' || (prev.text === 'на' && view.lemma(i - 2) === 'псевдоним');
}

/** Nouns that head the name of an event: «Шукшинские дни», «Марш Голунова», «Прямая линия». */
const eventHeads = new Set([
  'день',
  'марш',
  'фестиваль',
  'форум',
  'чтение',
  'саммит',
  'олимпиада',
  'чемпионат',
]);

/** A quoted name from `i` to `end` headed, after its adjectives, by a word for an event. */
export function quotedEvent(ctx: RuleContext, i: number, end: number): boolean {
  const { view } = ctx;
  let k = i;
  while (k < end - 1 && hasTag(ctx, k, 'ADJF')) k++;
  const lemma = view.lemma(k);
  return (
    eventHeads.has(lemma) || (lemma === 'линия' && view.parses(k - 1).some((p) => fold(p.lemma) === 'прямой'))
  );
}

/** Nouns for a crime family or a gang, which is called by the one name after the noun. */
const gangLemmas = new Set(['клан', 'триада', 'картель', 'банда', 'группировка', 'синдикат']);

/**
 * "клана Гамбино", "триадой Луэн", "пять кланов — Бонанно, Гамбино, Дженовезе, Коломбо и Луккезе": the
 * word after a noun for a gang, or an item of a list opened by one, is the gang's name, however much
 * it reads as a surname or a city (clans are named after families).
 */
export function gangName(ctx: RuleContext, i: number, depth = 0): boolean {
  const { view } = ctx;
  const prev = view.tokens[i - 1];
  if (!prev || view.tokens[i]?.lineBefore || depth > 8) return false;
  if (prev.kind === 'word' && !prev.cap) {
    if (gangLemmas.has(view.lemma(i - 1))) return true;
    if (prev.text !== 'и') return false;
  } else if (prev.text === '—' || prev.text === ':') {
    return view.tokens[i - 2]?.kind === 'word' && gangLemmas.has(view.lemma(i - 2));
  } else if (prev.text !== ',') {
    return false;
  }
  // an item of a list: the item before it decides
  const item = i - 2;
  return !!view.tokens[item]?.cap && view.tokens[item]?.cyrillic === true && gangName(ctx, item, depth + 1);
}

/**
 * Where the capitalised part after a name particle at `k` starts ("ван Бетховен", "аль-Багдади"), or
 * `k`; inside a person's name, after the capitalised article too (`capitalised`: "Аль Тани").
 */
export function afterParticle(ctx: RuleContext, k: number, capitalised = false): number {
  const { tokens } = ctx.view;
  const t = tokens[k];
  const hyphen = tokens[k + 1]?.text === '-' && !tokens[k + 1]?.spaceBefore;
  // ("ас-Сабах", "Ас-Сабах": the article as it sounds before its letter, hyphenated only)
  const article =
    hyphen && isHyphenedArticle(t?.text ?? '') && (!t?.cap || (capitalised && !t.sentenceStart));
  const particle = t?.cap
    ? capitalised && !t.sentenceStart && capitalisedParticles.has(t.text)
    : russianNameParticles.has(t?.text ?? '');
  if (!t || t.kind !== 'word' || !(particle || article)) return k;
  const next = tokens[hyphen ? k + 2 : k + 1];
  return next?.kind === 'word' && next.cap && next.cyrillic && !next.lineBefore
    ? hyphen
      ? k + 2
      : k + 1
    : k;
}

const verbTags = ['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND'] as const;

/** Whether the dictionary knows word `k` only as a verb's form ("Девал", "девать"; not "Стали"). */
export function onlyVerb(ctx: RuleContext, k: number): boolean {
  const known = ctx.view.parses(k).filter((p) => p.known);
  return known.length > 0 && known.every((p) => verbTags.some((v) => p.tags.has(v)));
}

/** The six Russian cases, as az tags them. */
export const grammaticalCases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** Whether a known reading of word `a` tagged `tagA` and one of word `b` tagged `tagB` share a case. */
export function shareCase(ctx: RuleContext, a: number, b: number, tagA: string, tagB: string): boolean {
  const readings = (k: number, tag: string) => ctx.view.parses(k).filter((p) => p.known && p.tags.has(tag));
  const other = readings(b, tagB);
  return readings(a, tagA).some((p) =>
    grammaticalCases.some((c) => p.tags.has(c) && other.some((q) => q.tags.has(c))),
  );
}

/**
 * Whether the lower-case word after `h` (after adjectives in lower case, if any) is a thing's noun that
 * `h` agrees with in case, number and (in the singular) gender, as an adjective or a surname-shaped
 * adjective does ("Храмовой горе").
 */
export function agreesWithNext(ctx: RuleContext, h: number): boolean {
  const { view } = ctx;
  // ("Трансафганской железной дороги", "Туркменбашинского международного морского порта": adjectives
  // in lower case may stand between it and the thing it names)
  let k = h + 1;
  while (k < h + 4 && lowerAdjective(ctx, k) && view.tokens[k + 1]?.kind === 'word') k++;
  const next = view.tokens[k];
  if (!next || next.kind !== 'word' || next.cap || !next.cyrillic || !next.spaceBefore) return false;
  // ("Чайке дали": a verb form says the name ends; "в", "о": an abbreviation's reading says nothing)
  const ps = view.parses(k);
  if (next.text.length < 3 || ps.some((p) => verbTags.some((v) => p.tags.has(v)))) return false;
  const nouns = ps.filter((p) => p.known && p.tags.has('NOUN') && p.tags.has('inan') && !p.tags.has('Abbr'));
  return view
    .parses(h)
    .some((a) =>
      nouns.some(
        (n) =>
          grammaticalCases.some((c) => a.tags.has(c) && n.tags.has(c)) &&
          (['sing', 'plur'] as const).some((x) => a.tags.has(x) && n.tags.has(x)) &&
          (n.tags.has('plur') ||
            (['masc', 'femn', 'neut'] as const).some((g) => a.tags.has(g) && n.tags.has(g))),
      ),
    );
}

/** A word in lower case that the dictionary knows only as a full adjective ("железной", "морского"). */
function lowerAdjective(ctx: RuleContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  const ps = ctx.view.parses(k);
  return (
    !!t && t.kind === 'word' && !t.cap && ps.length > 0 && ps.every((p) => p.known && p.tags.has('ADJF'))
  );
}

/** The endings of a full adjective in any case, gender and number. */
export const adjectiveEnding =
  /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими)$/;

/**
 * "главой" (глава, not the rare adjective главый): a word read first as a noun that is no adjective
 * used as a noun ("военного" is both, and stays an adjective).
 */
export function nounFirst(ctx: RuleContext, k: number): boolean {
  const [first, ...rest] = ctx.view.parses(k);
  return !!first?.tags.has('NOUN') && !rest.some((p) => p.lemma === first.lemma && p.tags.has('ADJF'));
}

/** A church hierarch's titles, after which the sees' adjectives come before the name. */
const hierarchs: ReadonlySet<string> = new Set(['митрополит', 'архиепископ', 'епископ', 'патриарх']);

/**
 * "митрополитом Астанайским и Казахстанским Александром": a capitalised adjective at `i` that names a
 * hierarch's see, after the title and the sees before it; no name of its own, nor part of the name.
 */
export function hierarchsSee(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  let k = i;
  // (a see's adjective agrees with the man's title: not "епископа Апостольской Православной Церкви")
  while (
    view.tokens[k]?.cap &&
    hasTag(ctx, k, 'ADJF', 'masc') &&
    /(?:ск|цк)/.test(fold(view.tokens[k]?.text ?? ''))
  ) {
    const before = view.tokens[k - 1];
    if (!before) return false;
    if (hierarchs.has(view.lemma(k - 1))) return true;
    if (before.text !== 'и' && before.text !== ',') return false;
    k -= 2;
  }
  return false;
}

/** The dictionary reads the word as a common noun at least as readily as a place (кампания, орёл). */
export function asCommonAsPlace(ctx: RuleContext, i: number): boolean {
  const parses = ctx.view.parses(i);
  const place = Math.max(0, ...parses.filter((p) => p.tags.has('Geox')).map((p) => p.score));
  return parses.some((p) => p.known && !namedReading(p) && p.score >= place);
}

/**
 * "Аким Жамбылского района": a capitalised word at `h` that agrees, as an adjective, with a place's or a
 * body's head word after it in lower case is that place's or body's adjective.
 */
export function adjectiveOfHeadAfter(ctx: RuleContext, h: number): boolean {
  const after = ctx.view.lemma(h + 1);
  return (
    hasTag(ctx, h, 'ADJF') &&
    (placeHeadLemmas.has(after) || orgHeadLemmas.has(after)) &&
    agreesWithNext(ctx, h)
  );
}

/** Whether a run's word group opens with a name's particle: "бин Салман", "ван Бетховен", "Аль Тани". */
export function ledByParticle(ctx: RuleContext, w: readonly number[]): boolean {
  const lead = ctx.view.tokens[w[0] ?? -1];
  if (w.length < 2 || !lead) return false;
  return (!lead.cap && isNameParticle(lead.text)) || capitalisedParticles.has(lead.text);
}

/** Abbreviations of a settlement noun: "г." (город), "пос." (посёлок), "дер." (деревня). */
const settlementAbbreviations: ReadonlySet<string> = new Set(['г', 'пос', 'дер']);

/**
 * "в городе Тусон", "в г. Остин": a settlement noun, whole or abbreviated, right before `i`; not the
 * "г." of a year ("в 2019 г. Путин").
 */
export function settlementBefore(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  if (settlementLemmas.has(view.lemma(i - 1))) return true;
  const abbreviation = view.tokens[i - 2];
  return (
    view.tokens[i - 1]?.text === '.' &&
    settlementAbbreviations.has(abbreviation?.text ?? '') &&
    !/^\d/.test(view.tokens[i - 3]?.text ?? '')
  );
}
