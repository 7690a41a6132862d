/** What a whole English text says of one word: how it writes it elsewhere, and whether it is a plain word. */
import {
  articles,
  connectors,
  demonyms,
  englishTitles,
  facilityWords,
  headConnectors,
  headlineLowerWords,
  isPaperOfDay,
  orgHeads,
  placeWords,
} from './english-words';
import type { RuleContext } from './raw-mention';
import { isLatinCap } from './tokenize';

/**
 * Token `k` is a capitalised Latin word, and not a preposition, an auxiliary or a connector that a
 * headline in title case capitalises ("Samruk-Kazyna Signs Deal With TotalEnergies").
 */
export const isCapWord = (ctx: RuleContext, k: number): boolean =>
  isLatinCap(ctx.view.tokens[k]) && !headlineLowerWord(ctx, k);

/**
 * "Meets With", "Amid Growing Interest", "Bank Of America": token `k` is a headline's capitalised
 * preposition, auxiliary or connector.
 */
export function headlineLowerWord(ctx: RuleContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  return (
    !!t &&
    t.cap &&
    !t.allCaps &&
    (headlineLowerWords.has(t.text.toLowerCase()) || connectors.has(t.text.toLowerCase())) &&
    titleCaseLine(ctx, k)
  );
}

/**
 * "Bank of England raised rates", "Bank Of America Reports Profit": token `i` is a body's head word
 * before "of", "for" or "on" (in lower case, or capitalised as a headline in title case writes it) and
 * a capitalised word, so it opens a name even at the start of a sentence.
 */
export function headBeforeConnector(ctx: RuleContext, i: number): boolean {
  const next = ctx.view.tokens[i + 1];
  return (
    orgHeads.has(ctx.view.tokens[i]?.text.toLowerCase() ?? '') &&
    !!next &&
    headConnectors.has(next.text.toLowerCase()) &&
    (!next.cap || headlineLowerWord(ctx, i + 1)) &&
    isCapWord(ctx, i + 2)
  );
}

/**
 * "Sunday Times", "Sunday Telegraph": a day of the week at `k` before a paper's word names the paper,
 * no date ("on Sunday Times Square": a third word makes the day a date again).
 */
export const isPaperDay = (ctx: RuleContext, k: number): boolean =>
  isPaperOfDay(
    ctx.view.tokens[k]?.text.toLowerCase() ?? '',
    ctx.view.tokens[k + 1]?.text.toLowerCase() ?? '',
  ) &&
  isCapWord(ctx, k + 1) &&
  !isCapWord(ctx, k + 2);

/**
 * "Prime Minister May said", "Mrs. May": a month's name right after a post or a form of address is a
 * surname, unless a number follows it as a date's day ("Minister May 5" is no name).
 */
export function surnameAfterTitle(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  return titleBefore(ctx, k, englishTitles) && tokens[k + 1]?.kind !== 'num' && !tokens[k]?.lineBefore;
}

/** One of `titles`, capitalised, stands just before token `k`, with its abbreviation's dot or without. */
export function titleBefore(ctx: RuleContext, k: number, titles: ReadonlySet<string>): boolean {
  const { tokens } = ctx.view;
  const dot = tokens[k - 1]?.text === '.' && !tokens[k - 1]?.spaceBefore;
  const title = tokens[dot ? k - 2 : k - 1];
  return !!title?.cap && titles.has(title.text.toLowerCase());
}

/**
 * "IE6", "STS-134", "F-16": a word the text writes glued to a number is the code of a product, a
 * version or a mission, wherever it stands alone too ("a newer IE").
 */
export function gluedToNumber(ctx: RuleContext, word: string): boolean {
  const { tokens } = ctx.view;
  return tokens.some((t, k) => {
    if (t.text !== word) return false;
    const next = tokens[k + 1];
    if (next?.kind === 'num' && !next.spaceBefore) return true;
    const after = tokens[k + 2];
    return next?.text === '-' && !next.spaceBefore && after?.kind === 'num' && !after.spaceBefore;
  });
}

/** The text writes the word, or its plural or singular, after an article somewhere: "the Polaroids". */
export function afterArticle(ctx: RuleContext, low: string): boolean {
  const { tokens } = ctx.view;
  const stem = low.replace(/s$/, '');
  return tokens.some((t, k) => {
    const w = t.text.toLowerCase();
    if (w !== stem && w !== `${stem}s`) return false;
    return articles.has(tokens[k - 1]?.text.toLowerCase() ?? '');
  });
}

/** "Polaroid" and "Polaroids": a word the text uses in the singular and the plural counts things. */
export function singularAndPlural(ctx: RuleContext, low: string): boolean {
  const stem = low.replace(/s$/, '');
  let one = false;
  let many = false;
  for (const t of ctx.view.tokens) {
    const w = t.text.toLowerCase();
    one ||= w === stem;
    many ||= w === `${stem}s`;
  }
  return one && many;
}

/** The text writes the word before a capitalised word that is no word of names nor a place: a surname. */
export function firstNameElsewhere(ctx: RuleContext, word: string): boolean {
  const { tokens } = ctx.view;
  return tokens.some((t, k) => {
    const next = tokens[k + 1];
    if (t.text !== word || !next || next.kind !== 'word' || !next.cap || next.lineBefore) return false;
    const low = next.text.toLowerCase();
    if (isGenericWord(ctx, low) || isCommonWord(ctx, low) || demonyms.has(low)) return false;
    return ctx.lexicon.placeWeight(low) === 0 && !ctx.gazetteer.match(ctx.view, k + 1, ctx.seen);
  });
}

const midSentenceCounts = new WeakMap<object, ReadonlyMap<string, number>>();

export function repeatedMidSentence(ctx: RuleContext, low: string): number {
  let counts = midSentenceCounts.get(ctx.view);
  if (!counts) {
    const c = new Map<string, number>();
    for (const t of ctx.view.tokens) {
      if (!t.cap || t.sentenceStart) continue;
      const key = t.text.toLowerCase();
      c.set(key, (c.get(key) ?? 0) + 1);
    }
    midSentenceCounts.set(ctx.view, (counts = c));
  }
  return counts.get(low) ?? 0;
}

/** A common English word of three letters or more (Li, Ho, Mu are as often Chinese names). */
export function isCommonWord(ctx: RuleContext, word: string): boolean {
  return word.length > 2 && ctx.lexicon.isCommonWord(word);
}

/**
 * A common word, or in a headline in title case a common word's -s, -ed or -ing form too ("Toll
 * Soars", "Quake Devastated", "Threatening"): a headline's verbs name nothing.
 */
export function isHeadlineCommon(ctx: RuleContext, k: number, word: string): boolean {
  const low = word.toLowerCase();
  if (isCommonWord(ctx, low)) return true;
  if (!titleCaseLine(ctx, k)) return false;
  const stems = [
    /ies$/.test(low) ? `${low.slice(0, -3)}y` : '',
    /[^s]s$/.test(low) ? low.slice(0, -1) : '',
    /es$/.test(low) ? low.slice(0, -2) : '',
    /ed$/.test(low) ? low.slice(0, -2) : '',
    /ed$/.test(low) ? low.slice(0, -1) : '',
    /ing$/.test(low) ? low.slice(0, -3) : '',
    /ing$/.test(low) ? `${low.slice(0, -3)}e` : '',
  ];
  return stems.some((stem) => stem.length >= 3 && isCommonWord(ctx, stem));
}

/**
 * "KazAgroFinance", "QazaqGaz", "UzAuto", "RusHydro": a country's or a people's short form glued to a
 * capitalised word is how the region's companies are named; an unknown word so written is a company.
 * (Not any capital inside a word: the brands of YouTube or PlayStation are things as often as bodies.)
 */
export function isRegionCompanyName(word: string): boolean {
  return /^(?:Kaz|Qaz|Uz|Rus|Ros|Tat|Bash|Turkmen|Kyrgyz|Tajik|Azer|Bel|Arm|Geo)\p{Ll}*\p{Lu}\p{Ll}/u.test(
    word,
  );
}

/**
 * "LeBron", "McCain", "DeSantis", "MacArthur", "DiCaprio": a name's prefix glued to a capitalised word,
 * which a person's name has and no English common word. (Not any capital inside a word: "PayPal",
 * "YouGov", "FedEx" are companies.)
 */
export function prefixedName(word: string): boolean {
  return /^(?:Mc|Mac|De|Di|Da|Du|Le|La)\p{Lu}\p{Ll}/u.test(word);
}

/** "M", "J", "O.J.": one capital letter, or capitals each with a full stop. */
export function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.){1,3}$/u.test(word);
}

const lowerCache = new WeakMap<object, ReadonlyMap<string, number>>();

/** How often the text writes each word in lower case, in prose ("scientology.org" is an address). */
export function lowerCaseCounts(ctx: RuleContext): ReadonlyMap<string, number> {
  let counts = lowerCache.get(ctx.view);
  if (!counts) {
    const { tokens } = ctx.view;
    const inAddress = (k: number) =>
      (!tokens[k + 1]?.spaceBefore &&
        ['.', '/'].includes(tokens[k + 1]?.text ?? '') &&
        tokens[k + 2]?.kind === 'word' &&
        !tokens[k + 2]?.spaceBefore) ||
      (!tokens[k]?.spaceBefore && ['.', '/', '@'].includes(tokens[k - 1]?.text ?? ''));
    const c = new Map<string, number>();
    tokens.forEach((t, k) => {
      if (t.kind === 'word' && !t.cap && !inAddress(k)) c.set(t.text, (c.get(t.text) ?? 0) + 1);
    });
    lowerCache.set(ctx.view, (counts = c));
  }
  return counts;
}

export const lowerCaseCount = (ctx: RuleContext, word: string) => lowerCaseCounts(ctx).get(word) ?? 0;

/** A word of names in general (University, Police, Center) or one the text uses in lower case. */
export function isGenericWord(ctx: RuleContext, word: string): boolean {
  const low = word.toLowerCase();
  return (
    orgHeads.has(low) ||
    facilityWords.has(low) ||
    placeWords.has(low) ||
    englishTitles.has(low) ||
    lowerCaseCount(ctx, low) > 0
  );
}

/**
 * "Formica fusca", "Homo sapiens": a capitalised word the text always follows with the same lower-case
 * word of no English is a genus, named with its species.
 */
export function genusOfSpecies(ctx: RuleContext, word: string): boolean {
  const { tokens } = ctx.view;
  let species: string | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]?.text !== word) continue;
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word' || next.cap || !next.spaceBefore) return false;
    if (species !== null && next.text !== species) return false;
    species = next.text;
  }
  return species !== null && species.length > 2 && !ctx.lexicon.isCommonWord(species);
}

const titleCaseCache = new WeakMap<object, ReadonlySet<number>>();

/**
 * Whether token `k` stands in a line of Latin script that capitalises its every word of four letters
 * or more, a headline's style ("Kanye West Embarked on a Pro-Trump Diatribe"): there a capital says
 * nothing of a name. A line of fewer than four such words is no evidence.
 */
export function titleCaseLine(ctx: RuleContext, k: number): boolean {
  let lines = titleCaseCache.get(ctx.view);
  if (!lines) {
    const { tokens } = ctx.view;
    const found = new Set<number>();
    let start = 0;
    for (let n = 0; n <= tokens.length; n++) {
      if (n < tokens.length && !(n > start && tokens[n]?.lineBefore)) continue;
      const line = tokens.slice(start, n).filter((t) => t.kind === 'word');
      const words = line.filter((t) => t.text.length >= 4);
      const latin = line.every((t) => !t.cyrillic);
      if (latin && words.length >= 4 && words.every((t) => t.cap))
        for (let m = start; m < n; m++) found.add(m);
      start = n;
    }
    lines = found;
    titleCaseCache.set(ctx.view, lines);
  }
  return lines.has(k);
}
