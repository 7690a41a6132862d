/** A list in a body's name: the fields it deals with, or its adjectives, joined by commas and "и". */
import { hasTag, type RuleContext } from './raw-mention';
import { grammaticalCases } from './russian-context';

/**
 * Where a list that goes on after the comma at `comma` ends, or -1: lower-case words in a case of the
 * word before the comma, item after item, the last one after "и" ("по вопросам семьи, женщин и детей",
 * "Центра химической, биологической и ядерной обороны"). A list that never reaches "и" is no part of a
 * name.
 */
export function listEnd(ctx: RuleContext, comma: number): number {
  const { view } = ctx;
  const cases = grammaticalCases.filter((c) => hasTag(ctx, comma - 1, c));
  // ("и" is a noun too, the name of the letter)
  const lower = (k: number) =>
    view.tokens[k]?.kind === 'word' &&
    !view.tokens[k]?.cap &&
    !['CONJ', 'PREP', 'PRCL'].some((tag) => view.parses(k)[0]?.tags.has(tag));
  const inCase = (k: number, tag: string) => cases.some((c) => hasTag(ctx, k, tag, c));
  // one item: adjectives, then a noun with the words in the genitive that depend on it ("войск связи")
  const item = (n: number): number => {
    let k = n;
    while (lower(k) && (inCase(k, 'ADJF') || inCase(k, 'PRTF')) && !hasTag(ctx, k, 'Apro')) k++;
    if (!lower(k) || !inCase(k, 'NOUN')) return k > n ? k : -1;
    k++;
    for (let d = k; d - k < 3 && lower(d) && hasTag(ctx, d, 'gent'); d++)
      if (hasTag(ctx, d, 'NOUN', 'gent')) k = d + 1;
    return k;
  };
  let from = comma + 1;
  for (let n = 0; n < 6; n++) {
    const end = item(from);
    if (end < 0) return -1;
    const next = view.tokens[end]?.text;
    if (next === 'и') {
      const last = item(end + 1);
      return last > end + 1 && inCase(last - 1, 'NOUN') ? last : -1;
    }
    if (next !== ',') return -1;
    from = end + 1;
  }
  return -1;
}
