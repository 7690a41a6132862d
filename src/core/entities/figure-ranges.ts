import type { Figure } from '../../shared/entities';

/**
 * "5-7%", "от 3 до 5 млрд евро", "between $3 and $5 billion", "$3-5 billion": one end of a range
 * states only its number, and takes its unit, currency and multiplier from the other. `factorOf` says
 * what a figure's number was multiplied by (1e9 for "5 млрд евро").
 */
/** A figure written as its number alone ("5" of "5-7%"). */
const bare = (f: Figure) => /^[\d\s.,]+$/u.test(f.text);

export function boundsOfRanges(
  figures: readonly Figure[],
  text: string,
  factorOf: (f: Figure) => number,
): Figure[] {
  const out = [...figures];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.type === 'DATE' || b.type === 'DATE' || typeof a.value !== 'number') continue;
    const gap = /^(?:\s?[-–—]\s?|\s+(?:to|до)\s+|\s+(and|и)\s+)$/iu.exec(text.slice(a.end, b.start));
    const before = text.slice(0, a.start);
    if (!gap || /[-\p{L}]$/u.test(before)) continue;
    if (gap[1] !== undefined && !/(?:between|между)\s+\S?$/iu.test(before)) continue;
    const factor = factorOf(b);
    if (a.type === 'NUMBER' && bare(a) && (b.type !== 'NUMBER' || factor > 1)) {
      out[i] = {
        ...a,
        type: b.type,
        value: a.value * factor,
        ...(b.currency ? { currency: b.currency } : {}),
      };
    } else if (a.type === 'MONEY' && factorOf(a) === 1 && a.value < 1000 && factor > 1) {
      // ("$3-5 billion": the sum before the dash lends its currency to the count after it)
      if (b.type === 'NUMBER' && !bare(b)) out[i + 1] = { ...b, type: 'MONEY', currency: a.currency! };
      if (out[i + 1]!.type === 'MONEY' && out[i + 1]!.currency === a.currency) {
        out[i] = { ...a, value: a.value * factor };
      }
    }
  }
  return out;
}
