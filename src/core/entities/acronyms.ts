/**
 * Acronyms a text defines for itself: "беспилотное транспортное средство (БПТС)", "организаторов
 * распространения информации (ОРИ)", "the Federal Aviation Administration (FAA)". When the words spelled
 * out before the brackets are all in lower case, the acronym shortens a common term, not a body's name,
 * and no use of it in the text is a mention; when they are a name the rules found, the acronym is that
 * name; in English, when they hold a body's head word, it is a body.
 */
import { isOrgSuffix, orgHeads } from './english-words';
import { removeWhere, type RawMention, type RuleContext } from './raw-mention';
import { namedReading } from './morphology';
import { isLatinCap, type Token } from './tokenize';

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
function spells(words: readonly { text: string }[], letters: string, w = 0, n = 0): boolean {
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
 * Whether an acronym stands for the name `m` by the first letters of its words, the joining words and
 * a place it ends with left out ("Верховный суд | России": ВС), or by those and one letter more, its
 * country's ("Следственного комитета": СКР).
 */
function initialsFit(ctx: RuleContext, m: RawMention, acronym: string): boolean {
  const { view } = ctx;
  let end = m.end;
  for (let j = m.start + 1; j < m.end; j++) {
    const place = ctx.gazetteer.match(view, j, ctx.seen);
    if (place?.entity.type === 'LOC' && j + place.length === m.end) end = j;
  }
  const initials = view.tokens
    .slice(m.start, end)
    .filter((t) => t.kind === 'word' && !skipped.has(t.text.toLowerCase()))
    .map((t) => t.text.charAt(0).toLowerCase())
    .join('');
  const letters = acronym.toLowerCase();
  return (
    initials.length >= 2 &&
    (letters === initials || (letters.startsWith(initials) && letters.length === initials.length + 1))
  );
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
    const known = gazetteer.match(view, k, seen);
    const n = found.findIndex((m) => m.end === k - 1 && m.type !== 'PER');
    const before = found[n];
    // "Верховный суд России (ВС)", "Следственного комитета (СКР)": a name and its acronym are one body
    if (before && initialsFit(ctx, before, t.text)) {
      if (known && !before.entity && known.entity.type === before.type)
        found[n] = { ...before, entity: known.entity };
      else if (!known && before.entity && !named.has(t.text)) named.set(t.text, before);
    }
    // two letters are spelled by chance ("его составе (ЕС)"); a body the knowledge base knows stays one
    if (t.text.length < 3 || t.text.length > 6 || known) continue;
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

/**
 * The capitalised English words the text spells an acronym out in, next to it in brackets: "Interview
 * of the Month (IOTM)", "ROS [Reactive Oxygen Species, …]", with "of", "the", "and" between them. Null
 * when it spells it out nowhere.
 */
function spelledOut(ctx: RuleContext, acronym: string): string[] | null {
  const { tokens } = ctx.view;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2) return null;
  // capitalised words from `from` on, in steps of `step`, and the joining words between them
  const run = (from: number, step: 1 | -1): string[] | null => {
    const words: string[] = [];
    for (let k = from; words.length < letters.length * 2; k += step) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || !(w.cap || englishJoiners.has(w.text))) return null;
      if (step === 1) words.push(w.text);
      else words.unshift(w.text);
      if (
        w.cap &&
        spells(
          words.map((text) => ({ text })),
          letters,
        )
      )
        return words;
    }
    return null;
  };
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.text !== acronym) continue;
    const open = tokens[k + 1]?.text;
    if (open === '(' || open === '[') {
      const after = run(k + 2, 1);
      if (after) return after;
    }
    if (tokens[k - 1]?.text === '(' || tokens[k - 1]?.text === '[') {
      const before = run(k - 2, -1);
      if (before) return before;
    }
  }
  return null;
}

const englishJoiners: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * What an English acronym the text spells out in brackets names: "the Federal Aviation Administration
 * (FAA)" a body, by the same words, so one id; "Interview of the Month (IOTM)", "ROS [Reactive Oxygen
 * Species]", with no body's head word, a notion or a thing. Undefined when the text spells it out nowhere.
 */
export function spelledOutBody(ctx: RuleContext, acronym: string): readonly string[] | null | undefined {
  const words = spelledOut(ctx, acronym);
  if (!words) return undefined;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  return caps.some((w) => isOrgSuffix(w)) || orgHeads.has(caps[0]?.toLowerCase() ?? '') ? caps : null;
}

/** The English words from `i` to `end` are, or end, the spelling out of an acronym in brackets beside them. */
export function inSpelledOut(ctx: RuleContext, i: number, end: number, ws: readonly string[]): boolean {
  const { tokens } = ctx.view;
  const brackets = ['(', '['];
  let b = i - 1;
  while (b > i - 6 && (isLatinCap(tokens[b]) || ['of', 'the', 'and', 'for'].includes(tokens[b]?.text ?? '')))
    b--;
  const acronym = brackets.includes(tokens[end]?.text ?? '')
    ? tokens[end + 1]
    : brackets.includes(tokens[b]?.text ?? '')
      ? tokens[b - 1]
      : undefined;
  if (!acronym?.allCaps) return false;
  const caps = (spelledOut(ctx, acronym.text) ?? []).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length > 0 && caps.slice(-ws.length).join(' ') === ws.join(' ');
}

/**
 * "СПАСИБО ЗА ПОДДЕРЖКУ МНОГИХ", "THANK YOU FOR STANDING UP TO THE MOB": a run of three words or more
 * in capitals, at least two of them common words (the Russian dictionary's, or the English list's), is
 * shouted text, not a row of acronyms; a name in it stays only when the knowledge base knows it
 * ("ТОКАЕВ ПРОВЕЛ ПЕРЕГОВОРЫ").
 */
export function shoutedWords(ctx: RuleContext, found: RawMention[]): void {
  const { tokens } = ctx.view;
  const runs: [number, number][] = [];
  const capital = (k: number) =>
    tokens[k]?.kind === 'word' && !!tokens[k]?.allCaps && /\p{L}{2}/u.test(tokens[k]?.text ?? '');
  const common = (k: number) => {
    const t = tokens[k]!;
    if (!t.cyrillic) return ctx.lexicon.isCommonWord(t.text.toLowerCase());
    const parses = ctx.view.parses(k);
    return parses.some((p) => p.known) && !parses.some((p) => p.tags.has('Abbr') || namedReading(p));
  };
  for (let k = 0; k < tokens.length; k++) {
    if (!capital(k)) continue;
    let end = k;
    while (capital(end + 1)) end++;
    let plain = 0;
    for (let j = k; j <= end; j++) if (common(j)) plain++;
    if (end - k >= 2 && plain >= 2) runs.push([k, end + 1]);
    k = end;
  }
  if (runs.length > 0)
    removeWhere(found, (m) => !m.entity && runs.some(([a, b]) => m.start >= a && m.end <= b));
}
