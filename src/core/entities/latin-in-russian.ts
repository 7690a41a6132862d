import type { RawMention, RuleContext } from './raw-mention';
import { isOrgSuffix } from './english-words';
import { ampersandOfLetters } from './joined-names';
import { englishRule } from './rules-en';
import { orgDescriptors } from './quote-cues';
import { personNounBefore } from './russian-context';
import { closeQuotes, isLatinCap as latinCap, openQuotes, type Token } from './tokenize';

/** Lower-case words that join the parts of a Latin-script name (Bank of China, Harles und Jentzsch). */
const connectors = new Set(['of', 'and', 'und', 'et', 'des', 'du', 'della', 'del', 'pour', 'for', 'the']);
/** Particles inside people's and places' names: Sami al-Haj, Ludwig van Beethoven, Vasco da Gama. */
const particles = new Set([
  'al',
  'el',
  'ad',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'den',
  'da',
  'dos',
  'do',
  'di',
  'de',
  'la',
  'le',
]);
/** Marks that glue two Latin words into one name when no space stands around them (France-Presse, Gzt.Ru). */
const glue = new Set(['-', '.', '&']);

/**
 * ''Phoenix Coyotes'', журнала Charlie Hebdo: Russian news writes a foreign person's name in Cyrillic,
 * so a Latin name in quotes, or after a word for a body, is a body's whatever its first word.
 */
function bodyCue(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx.view;
  const quote = (n: number) => openQuotes.has(tokens[n]?.text ?? '') || tokens[n]?.text === "'";
  if (quote(i - 1)) return true;
  return !!tokens[i - 1]?.cyrillic && orgDescriptors.has(ctx.view.lemma(i - 1));
}

const latinWord = (t: Token | undefined) => !!t && t.kind === 'word' && !t.cyrillic;

/**
 * A name in Latin letters inside a Russian text, read whole: "Industrial and Commercial Bank of
 * China", "France-Presse", "Victoria’s Secret", "RU-CENTER". The English rules read its type from its
 * first words; a name held together by lower-case connectors or by hyphens with nothing else to say
 * is an organisation's, the usual case in Russian news. Null for a single word, or when the
 * knowledge base knows the whole run (the caller's gazetteer match reads it then).
 */
export function latinName(ctx: RuleContext, i: number): RawMention | null {
  const { view } = ctx;
  const { tokens } = view;
  const t = tokens[i];
  if (!latinCap(t) || latinWord(tokens[i - 1]) || (glue.has(tokens[i - 1]?.text ?? '') && !t?.spaceBefore))
    return null;
  let last = i;
  let joined = false;
  let particle = false;
  for (;;) {
    const a = tokens[last + 1];
    const b = tokens[last + 2];
    if (!a || a.lineBefore) break;
    // Victoria’s Secret, Christie’s
    if ((a.text === '’' || a.text === "'") && !a.spaceBefore && b?.text === 's' && !b.spaceBefore) {
      last += 2;
      joined = true;
      continue;
    }
    const glued = glue.has(a.text) && !a.spaceBefore && latinWord(b) && !b?.spaceBefore;
    if (glued && !ampersandOfLetters(tokens, last + 1)) {
      last += 2;
      joined = true;
      continue;
    }
    if (latinCap(a) && a.spaceBefore) {
      last += 1;
      continue;
    }
    // "al-Haj": a particle glued to the next part
    const c = tokens[last + 3];
    if (
      latinWord(a) &&
      particles.has(a.text) &&
      b?.text === '-' &&
      !b.spaceBefore &&
      latinCap(c) &&
      !c?.spaceBefore
    ) {
      last += 3;
      particle = true;
      continue;
    }
    if (latinWord(a) && (connectors.has(a.text) || particles.has(a.text)) && latinCap(b)) {
      last += 2;
      if (connectors.has(a.text)) joined = true;
      else particle = true;
      continue;
    }
    break;
  }
  // "певице Aaliyah", "под именем JAY-Z": a word for a person before a name makes it a person's
  const person = personNounBefore(ctx, i);
  if (last === i && !person) return null;
  // "SARS-CoV-2", "Boeing-737": a name glued to a number is the code of a virus, a model or a version
  const dash = tokens[last + 1];
  if (
    dash?.text === '-' &&
    !dash.spaceBefore &&
    tokens[last + 2]?.kind === 'num' &&
    !tokens[last + 2]?.spaceBefore
  )
    return null;
  const known = ctx.gazetteer.match(view, i, ctx.seen);
  if (known && i + known.length >= last + 1) return null;
  const words: string[] = [];
  for (let k = i; k <= last; k++) if (tokens[k]?.kind === 'word') words.push(tokens[k]?.text ?? '');
  // Sami al-Haj, Ludwig van Beethoven: a given name or a name particle makes a person
  const bodyLast = isOrgSuffix(tokens[last]?.text ?? '');
  if (person && !bodyLast) return { start: i, end: last + 1, type: 'PER', entity: null, words };
  // "Daily Mirror", "Roche Holding": a person's surname is seldom an English word; a name in brackets
  // is most often the original of the person just named, whatever its words (Gideon Yu)
  const lastCommon = ctx.lexicon.isCommonWord(tokens[last]?.text ?? '') && tokens[i - 1]?.text !== '(';
  const body = bodyLast || lastCommon || bodyCue(ctx, i);
  if (!joined && !body && (particle || ctx.lexicon.isGivenName(t?.text ?? '')))
    return { start: i, end: last + 1, type: 'PER', entity: null, words };
  // ("Digital Sky Technologies": the English rules may pass over a first word that is a common one)
  let type: RawMention['type'] | null = null;
  for (let k = i; k <= last && !type; k++) {
    const byRule = englishRule(ctx, k);
    if (byRule && byRule.start <= last) type = byRule.type;
  }
  type ??= joined ? 'ORG' : null;
  if (!type) return null;
  if (type === 'PER' && body) type = 'ORG';
  return { start: i, end: last + 1, type, entity: null, words };
}

const glossJoiners = new Set(['-', "'", '’', '.', '&']);

/**
 * "Брендт Кристенсен (Brendt Christensen)", "газете «Гардиан» (The Guardian)": a Latin spelling in
 * brackets right after a name in a Russian text, quoted or not, is that name in the original; it
 * takes the name's type and, through its words, its id.
 */
export function latinGloss(ctx: RuleContext, i: number, before: RawMention | undefined): RawMention | null {
  const { tokens } = ctx.view;
  const t = tokens[i];
  if (!before || tokens[i - 1]?.text !== '(' || !t?.cap || t.cyrillic) return null;
  const quoted =
    closeQuotes.has(tokens[i - 2]?.text ?? '') && openQuotes.has(tokens[before.start - 1]?.text ?? '');
  if (before.end !== i - 1 && !(quoted && before.end === i - 2)) return null;
  let k = i;
  let last = -1;
  while (k < tokens.length && k - i < 10) {
    const tok = tokens[k];
    if (!tok || tok.lineBefore) return null;
    // "(James (Buddy) McGirt": a nickname in brackets inside the gloss
    if (tok.text === '(' && latinCap(tokens[k + 1]) && tokens[k + 2]?.text === ')' && k > i) {
      k += 3;
      continue;
    }
    if (tok.text === ')' || tok.text === ',') break;
    if (tok.kind === 'word' && !tok.cyrillic) {
      if (tok.cap) last = k;
    } else if (!glossJoiners.has(tok.text)) return null;
    k++;
  }
  if (last < 0 || (tokens[k]?.text !== ')' && tokens[k]?.text !== ',')) return null;
  return { ...before, start: i, end: last + 1 };
}

/**
 * "Агентство Reuters", "Компания Microsoft": a capitalised Russian word for a body before a Latin name
 * the knowledge base holds is no part of that name; the mention is the known body alone.
 */
export function knownAfterDescriptor(ctx: RuleContext, found: RawMention[]): void {
  const { view, gazetteer, seen } = ctx;
  found.forEach((m, n) => {
    const next = view.tokens[m.start + 1];
    if (m.entity || m.type !== 'ORG' || !view.tokens[m.start]?.cyrillic || !next || next.cyrillic) return;
    if (!orgDescriptors.has(view.lemma(m.start))) return;
    const known = gazetteer.match(view, m.start + 1, seen);
    if (known?.entity.type === 'ORG' && m.start + 1 + known.length === m.end)
      found[n] = { ...m, start: m.start + 1, entity: known.entity, words: m.words.slice(1) };
  });
}

/**
 * "фильм «Начинающие» (Beginners)", "роман «Шербенпарк» (Scherbenpark)": where the title's original
 * in Latin letters, in brackets (quoted or not) after the title's tokens ending at `end`, ends, the
 * bracket closed; `end` when there is none, or when the brackets hold a known name (песня «Вчера» (The
 * Beatles)). The original names nothing, as the title does not.
 */
export function titleGlossEnd(ctx: RuleContext, end: number): number {
  const { tokens } = ctx.view;
  if (tokens[end]?.text !== '(' || (!latinCap(tokens[end + 1]) && !latinCap(tokens[end + 2]))) return end;
  if (ctx.gazetteer.match(ctx.view, end + 1, ctx.seen)) return end;
  for (let n = end + 1; n < tokens.length && n - end < 16; n++) {
    const tok = tokens[n];
    if (!tok || tok.lineBefore || tok.cyrillic) return end;
    if (tok.text === ')') return n + 1;
  }
  return end;
}

/**
 * "триллере «Цель номер один» (Zero Dark Thirty)", "«Доктор Кто» (Doctor Who)": the Latin original in
 * brackets, starting at `i`, of a quoted name that named nothing (`before`, the last mention found,
 * ends before the quote) names nothing either; where it ends, or `i` when `i` opens no such original.
 */
export function unnamedQuoteGlossEnd(ctx: RuleContext, i: number, before: RawMention | undefined): number {
  const { tokens } = ctx.view;
  if (tokens[i - 1]?.text !== '(' || !closeQuotes.has(tokens[i - 2]?.text ?? '')) return i;
  if (tokens[i]?.cyrillic || (before && before.end >= i - 3)) return i;
  const end = titleGlossEnd(ctx, i - 1);
  return end > i ? end : i;
}
