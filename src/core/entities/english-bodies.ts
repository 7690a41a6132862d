/** English readers of a body's name from the words around it rather than from the name's own words. */
import type { RawMention, Rule, RuleContext } from './raw-mention';
import { lowerCaseCount } from './english-evidence';

const quotes: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '«']);

/** The word opens a quotation. */
const quoted = (ctx: RuleContext, k: number) => quotes.has(ctx.view.tokens[k - 1]?.text ?? '');

function isCapWord(ctx: RuleContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  return !!t && t.kind === 'word' && t.cap && !t.cyrillic;
}

/**
 * "quoted by The Canadian Press", "bands such as The Velvet Underground", "a writer for The Onion": a
 * capital "The" in mid-sentence belongs to the name after it, and a name that takes its article so is a
 * paper's, a band's or a group's, not a person's. A known name after it ("The Hague", "The New York
 * Times") is read as known. One word is a nickname as often ("they called me The Poet"), so it counts
 * only where the text writes "The" before it twice or more.
 */
export function nameWithArticle(ctx: RuleContext, i: number, read: Rule): RawMention | null {
  const { view } = ctx;
  const { tokens } = view;
  const t = tokens[i];
  if (ctx.cyrillicText || t?.text !== 'The' || t.sentenceStart || !isCapWord(ctx, i + 1)) return null;
  // '"The Internet Explorer 6 Countdown"', "as 'The Mets Poet'": a quoted title or nickname
  if (tokens[i + 1]?.lineBefore || quoted(ctx, i)) return null;
  const known = ctx.gazetteer.match(view, i + 1, ctx.seen);
  const byRule = read(ctx, i + 1);
  if (byRule && byRule.type !== 'PER') {
    // "The Ontario Ghostbusters": a known place that opens a longer name is no place here
    const longer = known?.entity.type === 'LOC' && byRule.end > i + 1 + known.length;
    return longer && byRule.type === 'ORG' ? { ...byRule, start: i } : null;
  }
  // "The Ontario Ghostbusters": a known place that opens a longer name is no place here
  if (known && !(known.entity.type === 'LOC' && byRule && byRule.end > i + 1 + known.length)) return null;
  let end = i + 1;
  while (end - i <= 4 && isCapWord(ctx, end) && !tokens[end]?.lineBefore) end++;
  if (byRule) end = Math.max(end, byRule.end);
  const words: string[] = [];
  for (let k = i + 1; k < end; k++) words.push(tokens[k]?.text ?? '');
  if (words.length === 1 && !oneWordWithArticle(ctx, words[0] ?? '')) return null;
  return { start: i, end, type: 'ORG', entity: null, words };
}

/**
 * The text writes "The" before the word twice or more, once at least in mid-sentence, and never writes
 * the word in lower case: "a writer for The Onion … The Onion has a process".
 */
export function oneWordWithArticle(ctx: RuleContext, word: string): boolean {
  const { tokens } = ctx.view;
  let times = 0;
  let mid = false;
  tokens.forEach((w, k) => {
    const the = tokens[k - 1];
    if (w.text !== word || the?.text !== 'The' || quoted(ctx, k - 1)) return;
    times++;
    mid ||= !the.sentenceStart;
  });
  return times >= 2 && mid && lowerCaseCount(ctx, word.toLowerCase()) === 0;
}
