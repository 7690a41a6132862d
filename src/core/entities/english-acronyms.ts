/** What a whole English text says of an acronym: the words it spells it out in, and what those name. */
import type { RuleContext } from './raw-mention';
import { isOrgSuffix, orgHeads } from './english-words';

function isCapWord(ctx: RuleContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  return !!t && t.kind === 'word' && t.cap && !t.cyrillic;
}

const linkWords: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * The words the text spells an acronym out in, next to it in brackets: "Interview of the Month (IOTM)",
 * "ROS [Reactive Oxygen Species, …]". Null when it spells it out nowhere.
 */
export function spelledOut(ctx: RuleContext, acronym: string): string[] | null {
  const { tokens } = ctx.view;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return null;
  // words from `from` on, in steps of `step`, whose initials spell the letters, with or without those
  // of "of", "the", "and" between them ("Interview of the Month", "Reactive Oxygen Species")
  const initials = (from: number, step: 1 | -1): string[] | null => {
    const words: string[] = [];
    for (let k = from; words.length < letters.length * 2; k += step) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || !(w.cap || linkWords.has(w.text))) return null;
      if (step === 1) words.push(w.text);
      else words.unshift(w.text);
      if (!w.cap) continue;
      const all = words.map((x) => x.charAt(0).toUpperCase()).join('');
      const caps = words
        .filter((x) => /^\p{Lu}/u.test(x))
        .map((x) => x.charAt(0))
        .join('');
      if (all === letters || caps === letters) return words;
    }
    return null;
  };
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.text !== acronym) continue;
    const open = tokens[k + 1]?.text;
    if (open === '(' || open === '[') {
      const after = initials(k + 2, 1);
      if (after) return after;
    }
    if (tokens[k - 1]?.text === '(' || tokens[k - 1]?.text === '[') {
      const before = initials(k - 2, -1);
      if (before) return before;
    }
  }
  return null;
}

/**
 * What an acronym the text spells out in brackets names: "the Federal Aviation Administration (FAA)" a
 * body, by the same words, so one id; "Interview of the Month (IOTM)", "ROS [Reactive Oxygen Species]",
 * with no body's head word, a notion or a thing. Undefined when the text spells it out nowhere.
 */
export function spelledOutBody(ctx: RuleContext, acronym: string): readonly string[] | null | undefined {
  const words = spelledOut(ctx, acronym);
  if (!words) return undefined;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  return caps.some((w) => isOrgSuffix(w)) || orgHeads.has(caps[0]?.toLowerCase() ?? '') ? caps : null;
}

/** The words from `i` to `end` are, or end, the spelling out of an acronym in brackets beside them. */
export function inSpelledOut(ctx: RuleContext, i: number, end: number, ws: readonly string[]): boolean {
  const { tokens } = ctx.view;
  const brackets = ['(', '['];
  let b = i - 1;
  while (b > i - 6 && (isCapWord(ctx, b) || ['of', 'the', 'and', 'for'].includes(tokens[b]?.text ?? ''))) b--;
  const acronym = brackets.includes(tokens[end]?.text ?? '')
    ? tokens[end + 1]
    : brackets.includes(tokens[b]?.text ?? '')
      ? tokens[b - 1]
      : undefined;
  if (!acronym?.allCaps) return false;
  const caps = (spelledOut(ctx, acronym.text) ?? []).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length > 0 && caps.slice(-ws.length).join(' ') === ws.join(' ');
}
