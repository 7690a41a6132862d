/**
 * English readers of a body's name from the words around it rather than from the name's own words,
 * and the guess for a lone capitalised word no rule typed.
 */
import { lemmaWords, mention, type RawMention, type Rule, type RuleContext } from './raw-mention';
import {
  genusOfSpecies,
  isCapWord,
  isCommonWord,
  isGenericWord,
  lowerCaseCount,
  repeatedMidSentence,
  singularAndPlural,
} from './english-evidence';
import {
  articles,
  calendar,
  commonAcronyms,
  demonyms,
  englishTitles,
  placePrepositions,
  portfolio,
  placeWords,
} from './english-words';
import { fold } from './text-keys';

const quotes: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '«']);

/** The word opens a quotation. */
const quoted = (ctx: RuleContext, k: number) => quotes.has(ctx.view.tokens[k - 1]?.text ?? '');

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

/** Common nouns for a body that a name can follow as its apposition: "the firm Secunia.com". */
const bodyNouns: ReadonlySet<string> = new Set(
  `company firm group band team journal magazine newspaper tabloid agency party organization organisation
  charity network broadcaster airline carrier club union alliance coalition movement faction bank insurer
  publisher retailer manufacturer carmaker automaker conglomerate consultancy regulator watchdog processor
  exporter importer miner lender refiner distributor supplier operator startup`.split(/\s+/),
);

/**
 * "the security firm Secunia.com", "localist group Civic Passion", "in journal Nature Climate Change",
 * "US team Cloud9": capitalised words right after a common noun for a body name that body. Not a
 * known name (read as known), a person ("the company John Smith founded"), a post ("the party
 * Chairman") or a word of names alone ("the coalition Government").
 */
export function bodyInApposition(ctx: RuleContext, i: number, read: Rule): RawMention | null {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  const t = tokens[i];
  const noun = tokens[i - 1];
  if (ctx.cyrillicText || !t || t.sentenceStart || !isCapWord(ctx, i) || !noun || noun.cap) return null;
  if (!bodyNouns.has(noun.text.toLowerCase())) return null;
  const known = ctx.gazetteer.match(view, i, ctx.seen);
  let end = i;
  const words: string[] = [];
  while (words.length < 5) {
    const tok = tokens[end];
    if (!tok || (end > i && (tok.lineBefore || !tok.spaceBefore))) break;
    const low = tok.text.toLowerCase();
    // "Comic Corps of Canada"
    if (low === 'of' && words.length > 0 && isCapWord(ctx, end + 1)) {
      words.push(tok.text);
      end++;
      continue;
    }
    // "the band I started": the pronoun
    if (!isCapWord(ctx, end) || englishTitles.has(low) || calendar.has(low) || tok.text === 'I') break;
    // "Cloud9": a number glued to the name is part of it
    const glued = tokens[end + 1]?.kind === 'num' && !tokens[end + 1]?.spaceBefore;
    words.push(glued ? `${tok.text}${tokens[end + 1]?.text ?? ''}` : tok.text);
    end += glued ? 2 : 1;
  }
  if (words.length === 0 || (known && (known.entity.type !== 'LOC' || end <= i + known.length))) return null;
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length === 1 && isGenericWord(ctx, first)) return null;
  const byRule = read(ctx, i);
  // ("the meat processor Saryarka Et": a company of two words or more named after a place, unless a
  // place's word ends them)
  const placeNamed =
    byRule?.type === 'LOC' && words.length > 1 && !placeWords.has(words.at(-1)?.toLowerCase() ?? '');
  if (byRule && byRule.type !== 'PER' && byRule.type !== 'ORG' && !placeNamed) return null;
  if (lexicon.isGivenName(first) && lowerCaseCount(ctx, first) === 0 && words.length <= 2) return null;
  return { start: i, end, type: 'ORG', entity: null, words };
}

/**
 * "the Republican party", "the ruling Communist party": a capitalised political word before "party" in
 * lower case names the party, with that word. Not a feast ("the Christmas party"): the word is a
 * people's or a creed's, or ends as one (-an, -ic, -ist, -al, -ive).
 */
export function partyInLowerCase(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  const t = tokens[i];
  const party = tokens[i + 1];
  if (ctx.cyrillicText || !t || t.sentenceStart || t.allCaps || !isCapWord(ctx, i)) return null;
  if (party?.text !== 'party' || party.lineBefore) return null;
  const low = t.text.toLowerCase();
  if (!demonyms.has(low) && !/(?:an|ic|ist|al|ive)$/.test(low)) return null;
  return { start: i, end: i + 2, type: 'ORG', entity: null, words: [t.text, 'Party'] };
}

/**
 * "Cheng Chung-tai of Civic Passion", "Gary Fan of the Neo Democrats", "Youngspiration's Baggio Leung":
 * the unknown name a person is "of", or whose member the person is, is a party's or a group's, unless
 * it is a place ("Mayor Smith of Houston").
 */
export function bodyOfPerson(ctx: RuleContext, i: number, before: RawMention | undefined): RawMention | null {
  const { view } = ctx;
  const { tokens } = view;
  let end = i;
  const ws: string[] = [];
  while (end - i < 4 && isCapWord(ctx, end) && !(end > i && tokens[end]?.lineBefore)) {
    ws.push(tokens[end]?.text ?? '');
    end++;
  }
  const lows = ws.map((w) => w.toLowerCase());
  if (lows.some((w) => englishTitles.has(w) || calendar.has(w))) return null;
  if (ctx.lexicon.placeWeight(ws.join(' ')) > 0 || ctx.gazetteer.match(view, i, ctx.seen)) return null;
  const ofAt = fold(tokens[i - 1]?.text ?? '') === 'the' ? i - 2 : i - 1;
  // ("the Winter Carnival of Magic": a common word alone is a notion, not a group)
  const ofPerson =
    tokens[ofAt]?.text === 'of' &&
    before?.type === 'PER' &&
    before.end === ofAt &&
    before.end - before.start >= 2 &&
    !(ws.length === 1 && isCommonWord(ctx, lows[0] ?? ''));
  const s = tokens[end];
  const possessive =
    (s?.text === "'s" ||
      s?.text === '’s' ||
      (["'", '’'].includes(s?.text ?? '') && tokens[end + 1]?.text === 's')) &&
    ws.length === 1 &&
    !ctx.lexicon.isGivenName(lows[0] ?? '') &&
    !isCommonWord(ctx, lows[0] ?? '') &&
    personStartsAfter(ctx, end + (s?.text.length === 1 ? 2 : 1));
  if (!ofPerson && !possessive) return null;
  return { start: i, end, type: 'ORG', entity: null, words: ws };
}

/** A given name and a capitalised word start at `k`. */
function personStartsAfter(ctx: RuleContext, k: number): boolean {
  const t = ctx.view.tokens[k];
  return !!t && isCapWord(ctx, k) && isCapWord(ctx, k + 1) && ctx.lexicon.isGivenName(t.text.toLowerCase());
}

/**
 * "Environment Canada", "Health Canada": a portfolio and then a country, with no post after them,
 * name a government department; "Government of Uzbekistan", "Government of the Republic of
 * Uzbekistan": a state's government, as "Правительство Узбекистана" is.
 */
export function portfolioAndCountry(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  const low = tokens[i]?.text.toLowerCase() ?? '';
  const of =
    low === 'government' && tokens[i + 1]?.text === 'of' ? (tokens[i + 2]?.text === 'the' ? 3 : 2) : 1;
  if (!portfolio.has(low) || low === 'the' || low === 'state' || !isCapWord(ctx, i + of)) return null;
  const place = ctx.gazetteer.match(ctx.view, i + of, ctx.seen);
  if (place?.entity.type !== 'LOC' || !place.entity.country) return null;
  const end = i + of + place.length;
  if (isCapWord(ctx, end) && !tokens[end]?.lineBefore) return null;
  const words = [];
  for (let k = i; k < end; k++) words.push(tokens[k]?.text ?? '');
  return { start: i, end, type: 'ORG', entity: null, words };
}

/**
 * The guesses for the lone capitalised words at `leftovers`, which no rule typed and which repeat no
 * name found elsewhere (englishWeakGuess), each read with the times its word stands so alone mid-sentence.
 */
export function englishWeakGuesses(ctx: RuleContext, leftovers: readonly number[]): RawMention[] {
  const { tokens } = ctx.view;
  const low = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const aloneCounts = new Map<string, number>();
  for (const i of leftovers)
    if (!tokens[i]?.sentenceStart) aloneCounts.set(low(i), (aloneCounts.get(low(i)) ?? 0) + 1);
  return leftovers.flatMap((i) => englishWeakGuess(ctx, i, aloneCounts.get(low(i)) ?? 0) ?? []);
}

/** Lower-case nouns of a settlement or a port, which "of" and a place's name follow. */
const settlementNouns: ReadonlySet<string> = new Set(['port', 'city', 'town', 'village', 'settlement']);

/**
 * A guess for a lone capitalised word that no rule typed and that repeats no name found elsewhere:
 * after "in" it is a place. Applied after the whole text is read; `aloneCount` says how many times the
 * word stands alone like this, where no rule took it.
 */

function englishWeakGuess(ctx: RuleContext, i: number, aloneCount: number): RawMention | null {
  const t = ctx.view.tokens[i];
  const prevLow = ctx.view.tokens[i - 1]?.text.toLowerCase() ?? '';
  if (!t || t.sentenceStart || t.cyrillic || !isCapWord(ctx, i)) return null;
  // "in Q1 2025", "in F1": a capital letter glued to a number after it is a code
  if (t.text.length === 1 && ctx.view.tokens[i + 1]?.kind === 'num' && !ctx.view.tokens[i + 1]?.spaceBefore)
    return null;
  const low = t.text.toLowerCase();
  if (englishTitles.has(low) || portfolio.has(low) || calendar.has(low) || demonyms.has(low)) return null;
  // "The Onion has a process": the paper the text names with its article mid-sentence elsewhere
  if (prevLow === 'the' && !isCapWord(ctx, i + 1) && oneWordWithArticle(ctx, t.text))
    return { start: i, end: i + 1, type: 'ORG', entity: null, words: [t.text] };
  // but not the first of several capitalised words no rule took ("in Magic Month"), nor a common word,
  // nor the abbreviation of a notion ("a breakthrough in AI", "growth in GDP")
  // ("the port of Poti", "the town of Kosshy": so does one after a lower-case noun of a settlement and "of")
  const ofSettlement = prevLow === 'of' && settlementNouns.has(ctx.view.tokens[i - 2]?.text ?? '');
  if (
    (placePrepositions.has(prevLow) || ofSettlement) &&
    !isCapWord(ctx, i + 1) &&
    !isCommonWord(ctx, low) &&
    !commonAcronyms.has(low.replaceAll('.', ''))
  )
    return { start: i, end: i + 1, type: 'LOC', entity: null, words: [t.text] };
  // a capitalised word the text repeats mid-sentence, that names no person or place: in news most
  // often a company, a party or a movement (Scientology, Microsoft); not a word of other names that
  // stands alone once ("the National Olympic Committee", "the Winter Olympic Games", "the Olympic team")
  const plural = low.endsWith('s') ? low.slice(0, -1) : low;
  if (
    ctx.lexicon.loaded &&
    t.text.length >= 4 &&
    !isCommonWord(ctx, low) &&
    !t.allCaps &&
    !demonyms.has(plural) &&
    !demonyms.has(plural.replace(/n$/, '')) &&
    !singularAndPlural(ctx, low) &&
    !genusOfSpecies(ctx, t.text) &&
    repeatedMidSentence(ctx, low) >= Math.max(3, 2 * lowerCaseCount(ctx, low) + 1) &&
    aloneCount >= 2
  )
    return { start: i, end: i + 1, type: 'ORG', entity: null, words: [t.text] };
  return null;
}

/**
 * "Chairman of the Management Board": a company's board named after a post's "of the" is the post's,
 * as Russian writes it in lower case ("председатель правления"); "Board of Directors" is a body.
 */
export function isPostsBoard(ctx: RuleContext, m: RawMention): boolean {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText || m.type !== 'ORG' || m.entity) return false;
  const words = tokens.slice(m.start, m.end).map((t) => t.text.toLowerCase());
  if (
    words.at(-1) !== 'board' ||
    !words.slice(0, -1).every((w) => ['management', 'executive', 'supervisory'].includes(w))
  )
    return false;
  // ("Chairwoman of the centre's Management Board", "Chairman of its Management Board": whose board
  // may stand between)
  let of = m.start - 1;
  while (
    of > m.start - 5 &&
    tokens[of]?.text !== 'of' &&
    (!tokens[of]?.cap || /^['’]$/.test(tokens[of]?.text ?? ''))
  )
    of--;
  return tokens[of]?.text === 'of' && englishTitles.has(tokens[of - 1]?.text.toLowerCase() ?? '');
}

/**
 * "told Congress", "Parliament voted": the houses English names with no article, one capitalised word
 * alone (not "Congress Party", nor "CONGRESS" shouted), at a sentence's start too.
 */
const articlelessHouses: ReadonlySet<string> = new Set(['congress', 'parliament']);

export function articlelessHouse(ctx: RuleContext, i: number, end: number): boolean {
  const t = ctx.view.tokens[i];
  const prevLow = ctx.view.tokens[i - 1]?.text.toLowerCase() ?? '';
  return (
    !ctx.cyrillicText &&
    end === i + 1 &&
    !!t &&
    !t.allCaps &&
    articlelessHouses.has(t.text.toLowerCase()) &&
    !articles.has(prevLow) &&
    !isCapWord(ctx, i + 1)
  );
}

/** "on Channel 5", "Channel 4 News": a channel's number is part of its name, a broadcaster's. */
export function channelWithNumber(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  const t = tokens[i];
  if (!t || t.allCaps || t.text.toLowerCase() !== 'channel' || tokens[i + 1]?.kind !== 'num') return null;
  // (not "the English Channel 5 miles away")
  if (isCapWord(ctx, i - 1) && !t.sentenceStart) return null;
  const end = isCapWord(ctx, i + 2) && !tokens[i + 2]?.lineBefore ? i + 3 : i + 2;
  return mention(i, end, 'ORG', lemmaWords(ctx, i, end));
}
