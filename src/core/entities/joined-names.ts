/**
 * Names made of two names: "Procter & Gamble", "Dolce & Gabbana" (firms joined by an ampersand) and
 * "ВТБ-Капитал", "Гоголь-Центр" (a body's name glued to another word by a hyphen), each one body of
 * its own.
 */
import { lemmaWords, removeWhere, wordAt, type RawMention, type RuleContext } from './raw-mention';
import { isLatinCap, type Token } from './tokenize';

/** A run of up to three capitalised Latin words from `i` on one line; where it ends. */
function latinRun(ctx: RuleContext, i: number): number {
  const { tokens } = ctx.view;
  let k = i;
  while (k - i < 3 && isLatinCap(tokens[k]) && (k === i || !tokens[k]?.lineBefore)) k++;
  return k;
}

/** "R&D", "Q&A": an ampersand at `k` between two single letters joins no name. */
export const ampersandOfLetters = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === '&' && tokens[k - 1]?.text.length === 1 && tokens[k + 1]?.text.length === 1;

/**
 * "Procter & Gamble", "AT&T", "Microsoft Entertainment & Devices": in a Russian text, capitalised
 * Latin words on both sides of "&" name a firm (not R&D or Q&A, a letter on each side). English
 * text names museums, journals and pairs of people so too, and is left to its own rules.
 */
export function ampersandName(ctx: RuleContext, i: number): RawMention | null {
  const { view, gazetteer, seen } = ctx;
  const { tokens } = view;
  if (isLatinCap(tokens[i - 1]) && !tokens[i]?.lineBefore) return null;
  const left = latinRun(ctx, i);
  if (left === i || tokens[left]?.text !== '&' || tokens[left]?.lineBefore) return null;
  const end = latinRun(ctx, left + 1);
  if (end === left + 1) return null;
  if (ampersandOfLetters(tokens, left)) return null;
  const known = gazetteer.match(view, i, seen);
  const entity = known?.length === end - i ? known.entity : null;
  const words = tokens.slice(i, end).flatMap((t) => (t.kind === 'word' ? [t.text.toLowerCase()] : []));
  return { start: i, end, type: entity?.type ?? 'ORG', entity, words: entity ? [] : words };
}

/** A hyphen written with no space on either side, at `k`. */
const gluedHyphen = (ctx: RuleContext, k: number): boolean => {
  const { tokens } = ctx.view;
  return tokens[k]?.text === '-' && !tokens[k]?.spaceBefore && !tokens[k + 1]?.spaceBefore;
};

/**
 * "ВТБ-Капитал", "ЛУКОЙЛ-Когалымнефтегаз", "Газпром-Медиа": a body's name glued by a hyphen to a
 * capitalised word that names no place is another body (a subsidiary), with an id of its own;
 * "Спартак-Москва" keeps its place apart. "Гоголь-Центр": a body's head word glued to a name before
 * it takes the name in.
 */
export function hyphenatedBodies(ctx: RuleContext, found: RawMention[]): void {
  const { view, gazetteer, seen } = ctx;
  const { tokens } = view;
  const taken: [number, number][] = [];
  for (const [n, m] of found.entries()) {
    if (m.type !== 'ORG' || !tokens[m.start]?.cyrillic) continue;
    if (taken.some(([a, b]) => m.start >= a && m.start < b)) continue;
    let { start, end } = m;
    const next = tokens[end + 1];
    if (
      gluedHyphen(ctx, end) &&
      next?.cap &&
      next.kind === 'word' &&
      next.cyrillic === tokens[end - 1]?.cyrillic
    ) {
      const placeAfter =
        view.flags(end + 1).place || gazetteer.match(view, end + 1, seen)?.entity.type === 'LOC';
      if (!placeAfter) end = (wordAt(ctx, end + 1).at(-1) ?? end + 1) + 1;
    }
    const before = tokens[start - 2];
    if (
      !m.entity &&
      m.end - m.start === 1 &&
      gluedHyphen(ctx, start - 1) &&
      before?.cap &&
      before.kind === 'word'
    )
      start -= 2;
    if (start === m.start && end === m.end) continue;
    found[n] = { ...m, start, end, entity: null, words: lemmaWords(ctx, start, end) };
    taken.push([start, end]);
  }
  removeWhere(
    found,
    (o) =>
      !taken.some(([a, b]) => o.start === a && o.end === b) &&
      taken.some(([a, b]) => o.start >= a && o.end <= b),
  );
}
