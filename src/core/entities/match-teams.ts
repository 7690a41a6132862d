/**
 * Teams in an English match report. A club is most often named by its town (Livingston, Brighton) or
 * by a plural (Rangers, Hearts) that no rule reads as a body, while the Russian report writes it as
 * a name of its own (Рейнджерс, Ливингстон) and marks it. In a report of a game, a capitalised word
 * in a team's place is the team, an organisation, and so is that word anywhere else in the text.
 */
import { isMatchReport, isScoreAt } from './conventions-en';
import type { RawMention, RuleContext } from './raw-mention';
import { fold } from './text-keys';
import { isLatinCap } from './tokenize';

/** Nouns after a team's name ("the Brighton defence", "Rangers goalkeeper Allan McGregor"). */
const teamNouns: ReadonlySet<string> = new Set(
  'goalkeeper keeper defence defense defenders defender midfield fans supporters box half academy squad line-up lineup'.split(
    ' ',
  ),
);
/** Words before a team's name ("a win over Rangers", "stunned Rangers", "vs. Chelsea"). */
const beforeTeam: ReadonlySet<string> = new Set(
  'vs vs. v against beat beats stunned defeated thrashed edged host hosts hosted face faces faced'.split(' '),
);
/** Words that make the name after them the place it is (not "of": "the feet of Rangers goalkeeper"). */
const placeBefore: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from']);
/** Verbs a team leads or trails by before a score ("Chelsea led 1-0 at halftime"). */
const byScore: ReadonlySet<string> = new Set(['led', 'leads', 'lead', 'trailed', 'trail', 'trails']);

/**
 * Finds the teams of an English match report among the capitalised words no rule took (`leftovers`)
 * and the one-word mentions of no known entity, and makes every occurrence of their words an
 * organisation; the leftovers it takes leave `leftovers`.
 */
export function matchTeams(ctx: RuleContext, found: RawMention[], leftovers: number[]): void {
  if (ctx.cyrillicText || !isMatchReport(ctx, 1)) return;
  const { tokens } = ctx.view;
  const low = (k: number) => fold(tokens[k]?.text ?? '');
  // (a score from its first number: "1 - 0")
  const score = (k: number) => isScoreAt(tokens, k + 1);
  // "Livingston 1 - 0 Rangers", "a win over Rangers", "Rangers goalkeeper", "Chelsea led 1-0"
  const inTeamPlace = (k: number) =>
    score(k + 1) ||
    score(k - 3) ||
    beforeTeam.has(low(k - 1)) ||
    (low(k - 1) === 'over' && ['win', 'victory'].includes(low(k - 2))) ||
    (low(k - 1) === 'to' && ['loss', 'defeat'].includes(low(k - 2))) ||
    teamNouns.has(low(k + 1)) ||
    (byScore.has(low(k + 1)) && score(k + 2));
  // a player's surname is no team, whatever its place ("Menga beat McGregor"; "Allan McGregor")
  const surnames = new Set(
    found.filter((m) => m.type === 'PER' && m.end - m.start >= 2).map((m) => low(m.end - 1)),
  );
  // a one-word name of no known entity, or a known town: the Russian report quotes a club named
  // after its town («Ливерпуль») and keys it by its name, not the town's
  const oneWord = (m: RawMention) =>
    m.end - m.start === 1 &&
    (m.entity
      ? m.type === 'LOC' && m.entity.type === 'LOC' && m.entity.kind !== 'country'
      : m.type === 'PER' || m.type === 'LOC');
  const candidates = [...leftovers, ...found.filter(oneWord).map((m) => m.start)];
  const teams = new Set(
    candidates
      .filter((k) => isLatinCap(tokens[k]) && !tokens[k]?.allCaps && inTeamPlace(k) && !surnames.has(low(k)))
      .map(low),
  );
  if (teams.size === 0) return;
  // (not where it is the place: "in Manchester", "a defeat at Livingston")
  const isTeam = (k: number) => teams.has(low(k)) && !placeBefore.has(low(k - 1));
  const team = (k: number): RawMention => ({
    start: k,
    end: k + 1,
    type: 'ORG',
    entity: null,
    words: [tokens[k]?.text ?? ''],
  });
  found.forEach((m, n) => {
    if (oneWord(m) && isTeam(m.start)) found[n] = team(m.start);
  });
  const free: number[] = [];
  for (const k of leftovers) {
    if (isTeam(k)) found.push(team(k));
    else free.push(k);
  }
  leftovers.splice(0, leftovers.length, ...free);
}
