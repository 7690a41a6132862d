/**
 * Title words at the edge of an English name that are no part of it, or make it another kind of name:
 * a saint's abbreviated title (St. Louis is a city, St. Martin's a church) and an award's words after
 * its sponsor (the Budweiser Man of the Match).
 */
import type { RuleContext } from './raw-mention';
import { isCapWord } from './english-evidence';
import { saints } from './english-words';

/** The last words of an award's name: "Man of the Match", "Player of the Year". */
const awardPeriods: ReadonlySet<string> = new Set(
  'match game race tournament season series year month week day'.split(' '),
);

/**
 * "the Budweiser Man of the Match award": a capitalised word, "of the" and a match or a time make
 * an award's name, not the end of the name before it; that name is the award's sponsor, a company.
 */
export function awardAt(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  return (
    !ctx.cyrillicText &&
    tokens[k + 1]?.text === 'of' &&
    tokens[k + 2]?.text === 'the' &&
    isCapWord(ctx, k + 3) &&
    awardPeriods.has(tokens[k + 3]?.text.toLowerCase() ?? '')
  );
}

/** "St", "Ste": a saint's title, abbreviated (St. Louis, St Albans, St. Martin's). */
export function isSaint(word: string): boolean {
  return word === 'St' || word === 'Ste';
}

/**
 * "St. Louis", "St Albans": a saint's abbreviated title at `k` opens the name of a place the word list
 * knows; not "St. Martin's", a church named after its saint ("Saint Martin" is an island too).
 */
export function saintPlace(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  const at = afterSaint(ctx, k);
  const name = tokens[at];
  if (!isSaint(tokens[k]?.text ?? '') || !name || name.kind !== 'word' || !name.cap) return false;
  if (/^['’]$/.test(tokens[at + 1]?.text ?? '')) return false;
  // (the word list reads "St" and "St." as "Saint")
  return ctx.lexicon.placeWeight(`${tokens[k]?.text ?? ''} ${name.text}`) > 0;
}

/**
 * "St. Martin's", "St Peter": a saint's abbreviated title at `k` before the name of a saint the list
 * holds, in no place's name, is the title of the saint, and no part of a name ("St Mirren", a club's,
 * holds it).
 */
export function saintOfName(ctx: RuleContext, k: number): boolean {
  const name = ctx.view.tokens[afterSaint(ctx, k)];
  return (
    isSaint(ctx.view.tokens[k]?.text ?? '') &&
    saints.has(name?.text.toLowerCase() ?? '') &&
    !saintPlace(ctx, k)
  );
}

/** Where the name after the saint's title at `k` starts, past its full stop. */
const afterSaint = (ctx: RuleContext, k: number): number =>
  ctx.view.tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
