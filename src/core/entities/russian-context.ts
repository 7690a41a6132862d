/**
 * The words around a capitalised word in Russian that say what it names: a word for a person or an
 * alias before it, a gang's noun, a military unit's number, an event's head word.
 */
import { hasTag, type RuleContext } from './raw-mention';
import { artistLemmas } from './russian-names';
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

const nameParticles = new Set([
  'ван',
  'фон',
  'де',
  'да',
  'дель',
  'ди',
  'дос',
  'аль',
  'эль',
  'бен',
  'бин',
  'ибн',
  'ле',
  'ля',
]);

/** Where the capitalised part after a name particle at `k` starts ("ван Бетховен", "аль-Багдади"), or `k`. */
export function afterParticle(ctx: RuleContext, k: number): number {
  const { tokens } = ctx.view;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.cap || !nameParticles.has(t.text)) return k;
  const hyphen = tokens[k + 1]?.text === '-' && !tokens[k + 1]?.spaceBefore;
  const next = tokens[hyphen ? k + 2 : k + 1];
  return next?.kind === 'word' && next.cap && next.cyrillic && !next.lineBefore
    ? hyphen
      ? k + 2
      : k + 1
    : k;
}
