import type { ArticleLang } from '../../shared/article';

/**
 * Gale–Church on character lengths, as a log-likelihood ratio: how much likelier two lengths are if
 * the spans translate each other than if they were drawn independently. Positive when the lengths fit
 * the expected ratio, falling with the square of the normalized difference.
 */

/** Russian runs longer than English in characters: 1.11 on NTREX, 1.07 on FLORES. */
const ruPerEn = 1.09;

/** Expected length of B per character of A, before any estimate from the texts themselves. */
export function expectedRatio(a: ArticleLang, b: ArticleLang): number {
  if (a === 'en' && b === 'ru') return ruPerEn;
  if (a === 'ru' && b === 'en') return 1 / ruPerEn;
  return 1;
}

/**
 * Variance of the length difference per character: 3.5 on NTREX and 2.8 on FLORES 1:1 segments with
 * the symmetric mean below (Gale and Church had 6.8 for their one-sided form); rounded up for news
 * that translate freely.
 */
export const lengthVariance = 4;
/** How much wider the difference of unrelated spans spreads than that of translations. */
const spread = 4;
const logSpread = Math.log(spread);
const shrink = 1 - 1 / (spread * spread);

/** The normalized difference δ of Gale–Church, symmetric in the two sides. */
export function lengthDelta(la: number, lb: number, ratio: number): number {
  const mean = (la * ratio + lb) / 2;
  return (lb - la * ratio) / Math.sqrt(lengthVariance * Math.max(mean, 1));
}

/** Log-likelihood ratio of a link on lengths alone: at most ln 4 ≈ 1.39, floored at -12. */
export function lengthLlr(la: number, lb: number, ratio: number): number {
  const d = lengthDelta(la, lb, ratio);
  return Math.max(-12, logSpread - (d * d * shrink) / 2);
}
