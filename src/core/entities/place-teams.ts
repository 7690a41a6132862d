/**
 * "Denver Nuggets", "Boston Celtics", "Los Angeles Lakers": in English a known place's name, then one
 * or two capitalised words ending in a plural, is a team named after the place, an organisation; the
 * place alone is no mention there. (Russian quotes such a name, «Денвер Наггетс»: quoted-names.ts.)
 */
import type { RawMention, Rule, RuleContext } from './raw-mention';
import type { GazetteerMatch } from './gazetteer';
import { isCapWord } from './english-evidence';
import { placeWords } from './english-words';
import { fold } from './text-keys';

/**
 * Plurals that make a place's name, not a team's: "Golan Heights", "Niagara Falls", "Kew Gardens",
 * besides those of the place words (islands, mountains, plains).
 */
const placePlurals: ReadonlySet<string> = new Set(
  'isles hills heights falls springs lakes keys rapids highlands lowlands flats territories states provinces emirates straits narrows sands downs woods gardens fields docks towers'.split(
    ' ',
  ),
);

const plural = (word: string) =>
  (/[^s]s$/.test(word) || word === 'sox') && !placePlurals.has(word) && !placeWords.has(word);

export function placeTeam(ctx: RuleContext, i: number, known: GazetteerMatch): RawMention | null {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText || known.entity.type !== 'LOC') return null;
  const after = i + known.length;
  for (let end = after + 1; end <= after + 2; end++) {
    const last = tokens[end - 1];
    if (!last || last.lineBefore || !isCapWord(ctx, end - 1) || last.allCaps) return null;
    // ("Washington Post", "Texas Instruments" as known bodies; "New York Harbor" as another place)
    const other = ctx.gazetteer.match(ctx.view, end - 1, ctx.seen);
    if (other?.entity.type === 'LOC') return null;
    if (!plural(fold(last.text)) || isCapWord(ctx, end)) continue;
    const words = tokens.slice(i, end).map((t) => t.text);
    return { start: i, end, type: 'ORG', entity: null, words };
  }
  return null;
}

/** Sports a club of a place's name plays, in lower case before "team" or "club": "the Astana cycling team". */
const clubSports: ReadonlySet<string> = new Set(
  'cycling football soccer hockey basketball volleyball handball futsal rugby'.split(' '),
);

/**
 * "the Astana cycling team", "Barys hockey club": a known place's name before a sport and "team" or
 * "club" names the club, as Russian quotes it («Астана»); its key is the name's.
 */
export function placeClub(ctx: RuleContext, i: number, known: GazetteerMatch): RawMention | null {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText || known.entity.type !== 'LOC') return null;
  const after = i + known.length;
  const sport = fold(tokens[after]?.text ?? '');
  const noun = fold(tokens[after + 1]?.text ?? '');
  if (!clubSports.has(sport) || (noun !== 'team' && noun !== 'club')) return null;
  const words = tokens.slice(i, after).map((t) => t.text);
  return { start: i, end: after, type: 'ORG', entity: null, words };
}

/** The prefixes of sports clubs' names in English: "FC Kairat", "HC Barys". */
const clubPrefixes: ReadonlySet<string> = new Set(['fc', 'hc', 'fk', 'pfc', 'bc']);

/**
 * "FC Kairat", "FC Astana": a club's prefix before its name, a place's too, is the club; its key is
 * the name's, as Russian's «Кайрат» after "ФК" is, the prefix outside the quotes.
 */
export function prefixedClub(ctx: RuleContext, i: number, read: Rule): RawMention | null {
  const { view } = ctx;
  const t = view.tokens[i];
  if (ctx.cyrillicText || !t?.allCaps || !clubPrefixes.has(fold(t.text))) return null;
  if (!isCapWord(ctx, i + 1) || view.tokens[i + 1]?.lineBefore || view.tokens[i + 1]?.allCaps) return null;
  const place = ctx.gazetteer.match(view, i + 1, ctx.seen);
  if (place && place.entity.type !== 'LOC')
    return { start: i, end: i + 1 + place.length, type: 'ORG', entity: place.entity, words: [] };
  const name = place ? null : read(ctx, i + 1);
  if (name) return { ...name, start: i, type: 'ORG' };
  // (a place's name, keyed as the club's; or words no rule reads alone, a given name's too: "FC Kairat")
  let end = i + 1 + (place?.length ?? 0);
  while (!place && end < i + 4 && isCapWord(ctx, end) && !view.tokens[end]?.lineBefore) end++;
  const words = view.tokens.slice(i + 1, end).map((w) => w.text);
  return { start: i, end, type: 'ORG', entity: null, words };
}
