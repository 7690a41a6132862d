/**
 * "Denver Nuggets", "Boston Celtics", "Los Angeles Lakers": in English a known place's name, then one
 * or two capitalised words ending in a plural, is a team named after the place, an organisation; the
 * place alone is no mention there. (Russian quotes such a name, «Денвер Наггетс»: quoted-names.ts.)
 */
import type { RawMention, RuleContext } from './raw-mention';
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
