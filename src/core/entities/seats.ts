import type { RawMention } from './raw-mention';
import { fold } from './text-keys';
import type { Token } from './tokenize';

/**
 * Prepositions that make a building the place itself: "в Белом доме", "у Белого дома", "at the White
 * House", "outside Downing Street".
 */
const placeWords: ReadonlySet<string> = new Set([
  ...['в', 'во', 'на', 'у', 'от', 'около', 'возле', 'близ', 'напротив', 'из', 'к', 'ко', 'с', 'со'],
  ...['до', 'перед', 'под', 'над', 'за', 'вокруг'],
  ...['in', 'at', 'near', 'from', 'to', 'into', 'inside', 'outside', 'around', 'across', 'toward'],
  ...['towards', 'opposite', 'behind', 'beside'],
]);

/**
 * A building that names the body seated in it (the White House, Даунинг-стрит) is the building after a
 * preposition of place and the body otherwise: "the White House said", "советник Белого дома". The
 * mention keeps the building's id either way.
 */
export function seatsAsBodies(tokens: readonly Token[], found: RawMention[]): void {
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    if (!m?.entity?.seat) continue;
    let before = m.start - 1;
    if (fold(tokens[before]?.text ?? '') === 'the') before--;
    if (!placeWords.has(fold(tokens[before]?.text ?? ''))) found[n] = { ...m, type: 'ORG' };
  }
}
