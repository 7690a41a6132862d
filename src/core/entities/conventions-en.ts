import { demonyms, englishTitles } from './english-words';
import type { RawMention, RuleContext } from './raw-mention';
import { fold } from './text-keys';
import { isLatinCap, type Token } from './tokenize';

/**
 * What GUM marks beyond the names the app highlights: in a match report, a country that plays as its
 * team; a post alone and a group by a plural as persons.
 */
const matchWords = new Set(
  'match goal goals penalty goalkeeper striker midfielder defender referee coach cup league tournament kick'.split(
    ' ',
  ),
);
/** Words that make the capitalised name after them a place ("in Sochi", "from Brazil"). */
export const placeBefore: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'from',
  'of',
  'across',
  'outside',
]);

/**
 * GUM's convention: in a match report ("Sweden 1 – 0 Korea Republic", "Belgium faced Panama") a
 * country or city that plays is its team, an organisation; after "in", "at" or "from" it stays the
 * place. A report is an English text with two scores and three words of the game.
 */
export function teamsAsOrgs(ctx: RuleContext, found: RawMention[]): void {
  const { tokens } = ctx.view;
  if (!isMatchReport(ctx)) return;
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (m?.type !== 'LOC' || !m.entity) continue;
    if (!placeBefore.has(fold(tokens[m.start - 1]?.text ?? ''))) found[n] = { ...m, type: 'ORG' };
  }
}

/** Posts GUM marks alone beyond the titles that open a name. */
const bareTitleWords = new Set(
  'sheriff undersecretary attorney home shadow assistant associate international team manager foreign interior'.split(
    ' ',
  ),
);
/** Title words too loose to name a person alone (the Head of…, former, late). */
const loose = new Set(
  'head heads former late chief executive general vice deputy mr mrs ms miss dr sir'.split(' '),
);
const groupNouns = new Set('jew texan libertarian rohingya scientologist'.split(' '));

/**
 * GUM's convention: a person named by a post alone, capitalised ("the President", "As Governor",
 * "Home Secretary"), and a group of people by a capitalised plural (Americans, Muslims, Democrats)
 * are persons. Words inside a name found already are left to it.
 */
export function titlesAndGroups(ctx: RuleContext, found: readonly RawMention[]): RawMention[] {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText) return [];
  const taken = new Set<number>();
  for (const m of found) for (let k = m.start; k < m.end; k++) taken.add(k);
  const latinCap = (k: number) => isLatinCap(tokens[k]) && !tokens[k]?.allCaps;
  const low = (k: number) => fold(tokens[k]?.text ?? '');
  const title = (k: number) => latinCap(k) && (englishTitles.has(low(k)) || bareTitleWords.has(low(k)));
  const out: RawMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k) || !latinCap(k)) continue;
    const word = low(k);
    const singular = word.replace(/s$/, '');
    if (word.endsWith('s') && (demonyms.has(singular) || groupNouns.has(singular))) {
      out.push({ start: k, end: k + 1, type: 'PER', entity: null, words: [tokens[k]?.text ?? ''] });
      continue;
    }
    if (!title(k)) continue;
    let end = k;
    while (title(end) && !taken.has(end)) end++;
    // a post before a name belongs to no mention of its own ("President Obama")
    const run = [...Array(end - k).keys()].map((n) => low(k + n));
    // nor a post before "of …" and a name ("Governor of Washington Chris Gregoire"), an abbreviation
    // ("Prof."), a post of some body ("State Department Spokesperson"), one among many ("a Professor")
    let named = false;
    for (let n = end; n < end + 8 && tokens[n] && !/^[,.;:()]$/.test(tokens[n]?.text ?? ''); n++)
      named ||= found.some((m) => m.start === n && m.type === 'PER');
    const before = low(k - 1);
    const bodyBefore =
      taken.has(k - 1) || (latinCap(k - 1) && !title(k - 1) && !tokens[k - 1]?.sentenceStart);
    if (
      named ||
      bodyBefore ||
      before === 'a' ||
      before === 'an' ||
      tokens[end]?.text === '.' ||
      latinCap(end) ||
      taken.has(end) ||
      !run.some((w) => englishTitles.has(w) && !loose.has(w))
    ) {
      k = end;
      continue;
    }
    out.push({ start: k, end, type: 'PER', entity: null, words: run });
    k = end;
  }
  return out;
}

/** A dash between two numbers at `k`: a score ("1 – 0", "1-0"). */
export function isScoreAt(tokens: readonly Token[], k: number): boolean {
  const number = (n: number) => /^\d+$/.test(tokens[n]?.text ?? '');
  return /^[–-]$/.test(tokens[k]?.text ?? '') && number(k - 1) && number(k + 1);
}

/**
 * An English text with two scores ("1 – 0") and three words of the game: a match report. A short one
 * may give one score only (`minScores`).
 */
export function isMatchReport(ctx: RuleContext, minScores = 2): boolean {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText) return false;
  let scores = 0;
  let words = 0;
  tokens.forEach((t, k) => {
    if (t.kind !== 'word') {
      if (isScoreAt(tokens, k)) scores++;
      return;
    }
    if (matchWords.has(fold(t.text))) words++;
  });
  return scores >= minScores && words >= 3;
}

/**
 * GUM's convention in a match report, as for the countries that play: a people named by its plural
 * ("putting the Belgians in the lead") is the team, an organisation. Run after `titlesAndGroups`,
 * which reads such a plural as a group of persons.
 */
export function teamPeoplesAsOrgs(ctx: RuleContext, found: RawMention[]): void {
  if (!isMatchReport(ctx)) return;
  const { tokens } = ctx.view;
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    const word = fold(tokens[m?.start ?? -1]?.text ?? '');
    if (!m || m.type !== 'PER' || m.entity || m.end - m.start !== 1 || !word.endsWith('s')) continue;
    if (demonyms.has(word.slice(0, -1))) found[n] = { ...m, type: 'ORG' };
  }
}
