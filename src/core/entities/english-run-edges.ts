/**
 * What tells an English run of capitalised words (english-run.ts) to stop or to go on at a word: a
 * place or a body's head word ahead, a person's name starting, a post's holder after the body.
 */
import type { GazetteerMatch } from './gazetteer';
import type { RuleContext } from './raw-mention';
import { latinArabicArticles } from './name-particles';
import { companyForms } from './cue-words';
import {
  isCapWord,
  isCommonWord,
  isGenericWord,
  isHeadlineCommon,
  isInitial,
  lowerCaseCount,
  titleCaseLine,
} from './english-evidence';
import {
  connectors,
  demonyms,
  englishTitles,
  isMemberWord,
  orgHeads,
  orgSuffixes,
  placeWords,
} from './english-words';

/**
 * "Capitol Hill", "Moscow": capitalised words at `k` that name a place the lexicon or the knowledge base
 * knows.
 */
export function placeAt(ctx: RuleContext, k: number): boolean {
  const words: string[] = [];
  for (let n = k; n < k + 3 && isCapWord(ctx, n); n++) {
    words.push(ctx.view.tokens[n]?.text ?? '');
    if (ctx.lexicon.placeWeight(words.join(' ')) > 0) return true;
  }
  return ctx.gazetteer.match(ctx.view, k, ctx.seen)?.entity.type === 'LOC';
}

/** Whether capitalised words at `k`, none of them a known name, end in a body's head word within four. */
export function orgHeadAhead(ctx: RuleContext, k: number): boolean {
  for (let n = k; n < k + 4 && isCapWord(ctx, n) && !ctx.view.tokens[n]?.lineBefore; n++) {
    if (ctx.gazetteer.match(ctx.view, n, ctx.seen)) return false;
    // ("Oil and Gas Company LLP": a company's legal form may follow its head word)
    const formAfter = companyForms.has(ctx.view.tokens[n + 1]?.text.toLowerCase() ?? '');
    if (orgHeads.has(ctx.view.tokens[n]?.text.toLowerCase() ?? '') && (!isCapWord(ctx, n + 1) || formAfter))
      return true;
  }
  return false;
}

/**
 * "Moves", "Rules", "Approved": in a headline in title case, a common word's -s, -ed or -ing form that
 * names no body, place or company ("Airlines", "Holdings" do).
 */
export function headlineVerb(ctx: RuleContext, k: number): boolean {
  const word = ctx.view.tokens[k]?.text ?? '';
  const low = word.toLowerCase();
  return (
    /(?:[^s]s|ed|ing)$/.test(low) &&
    !orgSuffixes.has(low) &&
    !placeWords.has(low) &&
    titleCaseLine(ctx, k) &&
    isHeadlineCommon(ctx, k, word)
  );
}

/**
 * "Economic, | Industrial and Financial Cooperation": at `k`, single capitalised words that name no known
 * entity nor a body, separated by commas, then "and" and a capitalised word: the rest of a list of
 * fields after a body's "on" or "for".
 */
export function fieldListAhead(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  for (let n = k; n < k + 12; n += 2) {
    const word = tokens[n];
    if (!word || word.lineBefore || !isCapWord(ctx, n) || orgHeads.has(word.text.toLowerCase())) return false;
    if (ctx.gazetteer.match(ctx.view, n, ctx.seen)) return false;
    const after = tokens[n + 1]?.text;
    if (after === 'and') return isCapWord(ctx, n + 2);
    if (after !== ',') return false;
  }
  return false;
}

/** Words of a post that only qualify the post's own word ("Deputy", "General", "Vice"). */
const postQualifiers: ReadonlySet<string> = new Set(
  'general former late vice deputy chief executive head heads chair acting first'.split(' '),
);

/**
 * "… of the Cabinet of Ministers and | Foreign Minister Rashid Meredov", "the Ministry of Justice and |
 * Prosecutor General's Office": capitalised words at `k` that hold a post's own word within three.
 */
export function postAhead(ctx: RuleContext, k: number): boolean {
  for (let n = k; n < k + 3 && isCapWord(ctx, n) && !ctx.view.tokens[n]?.lineBefore; n++) {
    const low = ctx.view.tokens[n]?.text.toLowerCase() ?? '';
    if (englishTitles.has(low) && !postQualifiers.has(low)) return true;
  }
  return false;
}

/**
 * "Refugee Council Enver Solomon", "Scientologist Tom Cruise": a given name and a capitalised word
 * after a word that is no given name start a person's name; the words before it are another name or
 * a post, not the person's first names.
 */
export function personStartsAt(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || !isCapWord(ctx, k - 1) || !isCapWord(ctx, k + 1) || tokens[k + 1]?.lineBefore)
    return false;
  const low = t.text.toLowerCase();
  const prevLow = prev.text.toLowerCase();
  const nextLow = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (!ctx.lexicon.isGivenName(low) || lowerCaseCount(ctx, low) > 0 || t.allCaps) return false;
  if (ctx.lexicon.isGivenName(prevLow) || isInitial(prev.text) || prev.allCaps) return false;
  // the word after is a surname, not the head of a body named after the person (Andy Warhol Foundation)
  if (isGenericWord(ctx, nextLow) || connectors.has(nextLow)) return false;
  if (isCommonWord(ctx, nextLow) && !ctx.lexicon.isGivenName(nextLow)) return false;
  // (a member of a party, a side or a people: "Tory Brexiteer", "Spaniard")
  return isCommonWord(ctx, prevLow) || orgSuffixes.has(prevLow) || isMemberWord(prevLow);
}

/** Capitalised words at `k`, then a company's form ("Zhylu JSC"): a place before them names a company. */
export function companyAfterPlace(ctx: RuleContext, k: number): boolean {
  for (let n = k; n < k + 3 && isCapWord(ctx, n); n++)
    if (n > k && companyForms.has(ctx.view.tokens[n]?.text.toLowerCase() ?? '')) return true;
  return false;
}

/** A word of a body's unit named by common words: "Board", "of", "Directors", "Management". */
export function unitWord(ctx: RuleContext, n: number): boolean {
  const low = ctx.view.tokens[n]?.text.toLowerCase() ?? '';
  return connectors.has(low) || isGenericWord(ctx, low) || isCommonWord(ctx, low);
}

/**
 * "Chairman of the Senate Maulen Ashimbayev", "Head of the Presidential Administration Aibek
 * Dzhumabekov": the body of a post named just before the run, then two to four capitalised words of
 * no English that end it: they are the post's holder, whatever the given name (the lists hold few
 * Kazakh ones).
 */
export function holderAfterBody(ctx: RuleContext, i: number, idx: readonly number[], k: number): boolean {
  const { tokens } = ctx.view;
  const low = (n: number) => tokens[n]?.text.toLowerCase() ?? '';
  // ("Chairman of the Senate …", "Secretary of Kazakhstan's Security Council …": the article, or a
  // country's possessive, between the post's "of" and the body)
  let of = low(i - 1) === 'the' ? i - 2 : i - 1;
  if (low(of) === 's' && /^['’]$/.test(tokens[of - 1]?.text ?? '')) {
    of -= 2;
    while (of > i - 7 && low(of) !== 'of' && isCapWord(ctx, of)) of--;
  }
  if (low(of) !== 'of' || !englishTitles.has(low(of - 1))) return false;
  // (after a word of the body's name, not after its "of": "Board of Kazgeology Nurlan Zhakupov")
  if (!isCapWord(ctx, k - 1) || !idx.some((n) => orgHeads.has(low(n)))) return false;
  let words = 0;
  let n = k;
  for (; n < tokens.length; n++) {
    const t = tokens[n];
    if (t?.text === '-' && !t.spaceBefore && words > 0 && !tokens[n + 1]?.spaceBefore) continue;
    if (!t || t.lineBefore || !isCapWord(ctx, n)) break;
    if (t.allCaps || isCommonWord(ctx, low(n)) || isGenericWord(ctx, low(n)) || demonyms.has(low(n)))
      return false;
    words++;
  }
  return words >= 2 && words <= 4;
}

/**
 * "Macedonian President Gjorge Ivanov": a word of no English, never written in lower case, before a
 * known person's surname alone, is someone else's given name, unless it is one of that person's names
 * ("Ermek Kasymaliev, who served as deputy chairman": at a sentence's start too, when the text never
 * writes the word in lower case).
 */
export function foreignGivenName(ctx: RuleContext, i: number): boolean {
  const t = ctx.view.tokens[i];
  const low = t?.text.toLowerCase() ?? '';
  if (!t || t.allCaps || isCommonWord(ctx, low) || isGenericWord(ctx, low)) return false;
  if (t.sentenceStart && lowerCaseCount(ctx, low) > 0) return false;
  return (
    !demonyms.has(low) && ctx.lexicon.placeWeight(low) === 0 && !ctx.gazetteer.match(ctx.view, i, ctx.seen)
  );
}

/**
 * A one-word place after a lone given name, with no capitalised word after it: a surname. A town named
 * after a person is one after any word that may be a foreign given name ("Nurlan Satbayev").
 */
export function surnameLikePlace(ctx: RuleContext, i: number, known: GazetteerMatch): boolean {
  const { tokens } = ctx.view;
  const t = tokens[i];
  const low = t?.text.toLowerCase() ?? '';
  if (!t || t.allCaps || ctx.cyrillicText || known.length !== 1 || known.entity.type !== 'LOC') return false;
  const given = ctx.lexicon.isGivenName(low) || (!!known.entity.namedAfterPerson && foreignGivenName(ctx, i));
  if (!given || lowerCaseCount(ctx, low) > 0 || isCommonWord(ctx, low)) return false;
  if (ctx.lexicon.placeWeight(low) > 0 || ctx.gazetteer.match(ctx.view, i, ctx.seen)) return false;
  const after = tokens[i + 2];
  return !(after && after.kind === 'word' && after.cap && !after.lineBefore);
}

/** "al-Sabah", "el-Masri": an Arab family's article at `k` in lower case, hyphenated to a capitalised word. */
export function hyphenedFamilyAt(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  const hyphen = tokens[k + 1];
  return (
    latinArabicArticles.has(tokens[k]?.text ?? '') &&
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    !tokens[k + 2]?.spaceBefore &&
    isCapWord(ctx, k + 2)
  );
}
