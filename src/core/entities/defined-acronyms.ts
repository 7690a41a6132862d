/**
 * Acronyms a text defines for itself: "беспилотное транспортное средство (БПТС)", "организаторов
 * распространения информации (ОРИ)", "artificial intelligence (AI)". When the words spelled out before
 * the brackets are all in lower case, the acronym shortens a common term, not a body's name, and no
 * use of it in the text is a mention; when they are a name the rules found, the acronym is that name.
 */
import { removeWhere, type RawMention, type RuleContext } from './raw-mention';
import type { Token } from './tokenize';

/** Words the long form may hold without giving a letter to the acronym. */
const skipped = new Set(['и', 'в', 'по', 'на', 'для', 'с', 'of', 'and', 'the', 'for', 'in', 'on']);

/**
 * The words before `end` that spell `acronym` (Schwartz and Hearst's test): every letter in order, the
 * first at the start of a word, each word giving at least its first letter. Where they start, and
 * whether they all stand in lower case; null when no run of up to eight words spells it.
 */
function longForm(
  tokens: readonly Token[],
  end: number,
  acronym: string,
): { start: number; lower: boolean } | null {
  const letters = acronym.toLowerCase();
  const words: Token[] = [];
  for (let k = end - 1; k >= 0 && words.length < 8; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') {
      if (t?.text === '-' && !t.spaceBefore) continue;
      break;
    }
    words.unshift(t);
    if (spells(words, letters)) return { start: k, lower: words.every((w) => !w.cap) };
  }
  return null;
}

/**
 * Whether words from `w` on spell the letters from `n` on: each word starts with the next letter and may
 * give more from inside it (беспилотное → Б, П); a joining word may give none.
 */
function spells(words: readonly Token[], letters: string, w = 0, n = 0): boolean {
  if (w === words.length) return n === letters.length;
  const low = words[w]?.text.toLowerCase() ?? '';
  if (w > 0 && skipped.has(low) && spells(words, letters, w + 1, n)) return true;
  if (low[0] !== letters[n]) return false;
  const inside = (c: number, m: number): boolean => {
    if (spells(words, letters, w + 1, m)) return true;
    for (let d = c; d < low.length && m < letters.length; d++)
      if (low[d] === letters[m] && inside(d + 1, m + 1)) return true;
    return false;
  };
  return inside(1, n + 1);
}

/**
 * Reads the acronyms the text defines: one spelled out in lower case names nothing, wherever it
 * stands; one whose spelled-out name the rules found as a body or a place ("Северо-Кавказском
 * федеральном округе (СКФО)") is that body or place, with its id, wherever it stands alone.
 */
export function readDefinedAcronyms(ctx: RuleContext, found: RawMention[]): void {
  const { view, gazetteer, seen } = ctx;
  const { tokens } = view;
  const common = new Set<string>();
  const named = new Map<string, RawMention>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (tokens[k - 1]?.text !== '(' || tokens[k + 1]?.text !== ')' || !t?.allCaps) continue;
    // two letters are spelled by chance ("его составе (ЕС)"); a body the knowledge base knows stays one
    if (t.text.length < 3 || t.text.length > 6 || gazetteer.match(view, k, seen)) continue;
    const spelled = longForm(tokens, k - 1, t.text);
    if (!spelled) continue;
    if (spelled.lower) common.add(t.text);
    const whole = found.find((m) => m.end === k - 1 && m.start <= spelled.start && m.type !== 'PER');
    if (whole && !named.has(t.text)) named.set(t.text, whole);
  }
  if (common.size === 0 && named.size === 0) return;
  removeWhere(found, (m) => m.end === m.start + 1 && common.has(tokens[m.start]?.text ?? ''));
  for (let n = 0; n < found.length; n++) {
    const m = found[n];
    const source = m && m.end === m.start + 1 ? named.get(tokens[m.start]?.text ?? '') : undefined;
    if (m && source && !m.entity)
      found[n] = { ...m, type: source.type, entity: source.entity, words: source.words };
  }
}
