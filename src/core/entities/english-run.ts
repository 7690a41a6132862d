import { latinArabicArticles, latinNameParticles } from './name-particles';
import type { GazetteerMatch } from './gazetteer';
import type { RuleContext } from './raw-mention';
import { companyForms } from './cue-words';
import {
  headlineLowerWord,
  isCapWord,
  isCommonWord,
  isGenericWord,
  isInitial,
  isPaperDay,
  lowerCaseCount,
  titleCaseLine,
} from './english-evidence';
import {
  calendar,
  connectors,
  demonyms,
  headConnectors,
  isMemberWord,
  englishTitles,
  nameJoiners,
  orgHeads,
  orgSuffixes,
  placeWords,
  possessiveNameWords,
  saints,
} from './english-words';

/** A facility's word that names a body before "for" ("Centre for Strategic Studies"). */
export const centres: ReadonlySet<string> = new Set(['centre', 'center']);

/** The capitalised words of one English name, joined by "of", "for", "and" and hyphens. */

export interface EnglishRun {
  /** The tokens of the name, connectors and hyphens included. */
  readonly idx: number[];
  /** It stopped where another person's name starts ("Refugee Council | Enver Solomon"). */
  readonly cutBeforePerson: boolean;
  /** A body's head word stands before "of" or "for" in it ("Supreme Court of Cassation"). */
  readonly headBeforeOf: boolean;
  /** That head word, in lower case. */
  readonly headOfName: string;
  /** An award's name follows it ("Budweiser | Man of the Match"): it is the sponsor. */
  readonly sponsorOfAward: boolean;
}

/**
 * "Capitol Hill", "Moscow": capitalised words at `k` that name a place the lexicon or the knowledge base
 * knows.
 */
function placeAt(ctx: RuleContext, k: number): boolean {
  const words: string[] = [];
  for (let n = k; n < k + 3 && isCapWord(ctx, n); n++) {
    words.push(ctx.view.tokens[n]?.text ?? '');
    if (ctx.lexicon.placeWeight(words.join(' ')) > 0) return true;
  }
  return ctx.gazetteer.match(ctx.view, k, ctx.seen)?.entity.type === 'LOC';
}

/** Whether capitalised words at `k`, none of them a known name, end in a body's head word within four. */
function orgHeadAhead(ctx: RuleContext, k: number): boolean {
  for (let n = k; n < k + 4 && isCapWord(ctx, n) && !ctx.view.tokens[n]?.lineBefore; n++) {
    if (ctx.gazetteer.match(ctx.view, n, ctx.seen)) return false;
    if (orgHeads.has(ctx.view.tokens[n]?.text.toLowerCase() ?? '') && !isCapWord(ctx, n + 1)) return true;
  }
  return false;
}

/** The run of capitalised words that starts at `i`, whose first word the caller has read as a name. */
export function englishRun(ctx: RuleContext, i: number): EnglishRun {
  const { view } = ctx;
  const low = view.tokens[i]?.text.toLowerCase() ?? '';
  const idx: number[] = [i];
  let k = i + 1;
  let cutBeforePerson = false;
  let headBeforeOf = false;
  let headOfName = '';
  let sponsorOfAward = false;
  let afterPossessive = false;
  // (a hyphen joins words, and counts as none: "Meshal Al-Ahmad Al-Jaber Al-Sabah")
  while (idx.filter((n) => view.tokens[n]?.text !== '-').length < 8) {
    const tok = view.tokens[k];
    if (!tok || tok.lineBefore) break;
    // "Talal Fahad al-Ahmad al-Sabah": an Arab name's article, hyphenated in lower case, joins the name
    const articleHyphen = view.tokens[k + 1];
    if (
      latinArabicArticles.has(tok.text) &&
      articleHyphen?.text === '-' &&
      !articleHyphen.spaceBefore &&
      !view.tokens[k + 2]?.spaceBefore &&
      isCapWord(ctx, k + 2) &&
      isCapWord(ctx, k - 1)
    ) {
      idx.push(k, k + 1, k + 2);
      k += 3;
      continue;
    }
    const possessive = possessiveInName(ctx, k);
    if (possessive > 0) {
      for (let p = k; p < k + possessive; p++) idx.push(p);
      k += possessive;
      afterPossessive = true;
      continue;
    }
    const afterHyphen = view.tokens[k + 1];
    if (
      tok.text === '-' &&
      !tok.spaceBefore &&
      afterHyphen?.kind === 'word' &&
      !afterHyphen.cyrillic &&
      !afterHyphen.spaceBefore &&
      (afterHyphen.cap || view.tokens[k - 1]?.cap)
    ) {
      idx.push(k, k + 1);
      k += 2;
      continue;
    }
    if (tok.kind === 'num' && orgHeads.has(view.tokens[k - 1]?.text.toLowerCase() ?? '')) break;
    // a middle initial: "Jonathan M. Stan", "Mario J. Lucero"; a saint's "St.": "St. Louis"
    if (
      tok.text === '.' &&
      (isInitial(view.tokens[k - 1]?.text ?? '') ||
        (isSaint(view.tokens[k - 1]?.text ?? '') && !saintOfName(ctx, k - 1))) &&
      isCapWord(ctx, k + 1) &&
      (view.tokens[k + 1]?.text.length ?? 0) > 1
    ) {
      idx.push(k);
      k++;
      continue;
    }
    const lowTok = tok.text.toLowerCase();
    // "Medical Journal of Australia", "Supreme Court of Cassation", "Council on Foreign Relations": a
    // body's head word before "of", "for" or "on" (not before a place: "the Senate on Capitol Hill";
    // a day ends the run below: "the Board on Monday")
    // ("International Centre for Industrial Cooperation": a centre for a field is a body too)
    const headBefore = view.tokens[k - 1]?.text.toLowerCase() ?? '';
    const bodyOf =
      headConnectors.has(lowTok) &&
      (orgHeads.has(headBefore) || (lowTok === 'for' && centres.has(headBefore))) &&
      (lowTok !== 'on' || !placeAt(ctx, k + 1));
    // "Embassy of the United States": a known place after the article names whose body it is
    const theCountry =
      bodyOf &&
      lowTok === 'of' &&
      view.tokens[k + 1]?.text === 'the' &&
      ctx.gazetteer.match(view, k + 2, ctx.seen)?.entity.type === 'LOC';
    const capAfter = isCapWord(ctx, k + 1) || theCountry;
    // ("Bank Of America": a headline in title case capitalises the connector too)
    const lower = !tok.cap || headlineLowerWord(ctx, k);
    if (tok.kind === 'word' && lower && (connectors.has(lowTok) || bodyOf) && capAfter) {
      if (bodyOf && !headBeforeOf) headOfName = view.tokens[k - 1]?.text.toLowerCase() ?? '';
      if (bodyOf) headBeforeOf = true;
      // ("Supreme Court of the | Republic of Kazakhstan": a country after a body's head word, "of" and
      // the article)
      // ("Center for Strategic and International Studies": after a centre's "for" as after a body's)
      const headIsOrg =
        orgHeads.has(view.tokens[i]?.text.toLowerCase() ?? '') ||
        (headBeforeOf && centres.has(headOfName)) ||
        placeWords.has(low) ||
        bodyOf ||
        (lowTok === 'the' &&
          headBeforeOf &&
          ctx.gazetteer.match(view, k + 1, ctx.seen)?.entity.kind === 'country');
      // ("Sanitary and Epidemiological Control Committee": the body's head word comes after the "and")
      if ((lowTok === 'and' || lowTok === '&') && !headIsOrg && !orgHeadAhead(ctx, k + 1)) break;
      // "the Senate and House of Representatives": a body's head word, then a known body's name
      const secondBody =
        lowTok === 'and' &&
        orgHeads.has(view.tokens[k - 1]?.text.toLowerCase() ?? '') &&
        ctx.gazetteer.match(view, k + 1, ctx.seen)?.entity.type === 'ORG';
      if (secondBody) break;
      // "Ann Chiang of DAB": a person's name ends before "of"; particles (van, bin, de) stay inside it
      if (nameJoiners.has(lowTok) && ctx.lexicon.isGivenName(low) && !headIsOrg) break;
      // "Wong Kwok-kin of FTU": an acronym after "of" is the person's party, not part of a name
      if (lowTok === 'of' && view.tokens[k + 1]?.allCaps && !headIsOrg) break;
      // "Bank of the Philippines", but not "Rathbun the Scientologist"
      if (lowTok === 'the' && !['of', 'for'].includes(view.tokens[k - 1]?.text.toLowerCase() ?? '')) break;
      const kb = lowTok !== 'and' && lowTok !== '&' ? ctx.gazetteer.match(view, k + 1, ctx.seen) : null;
      // ("Abdulaziz bin Salman": after a particle, a known name's word is this person's surname)
      if (kb && !headIsOrg && !latinNameParticles.has(tok.text)) break;
      // "Board of Directors | of Gazprom": a known body after a unit named by common words only is a
      // mention of its own, as after "of the" ("Board | of the Eurasian Economic Commission")
      // ("Management Board | of Karagandy Zhylu JSC": so is a company named after a place)
      const company = kb?.entity.type === 'LOC' && companyAfterPlace(ctx, k + 1 + kb.length);
      if ((kb?.entity.type === 'ORG' || company) && idx.every((n) => unitWord(ctx, n))) break;
      if (kb) {
        // "Agency … of Kazakhstan": the place closes the name; what follows is someone else, unless it
        // is a city too ("University of Texas Arlington", a campus)
        for (let p = k; p < k + 1 + kb.length; p++) idx.push(p);
        const after = view.tokens[k + 1 + kb.length];
        const campus =
          isCapWord(ctx, k + 1 + kb.length) &&
          !after?.lineBefore &&
          ctx.lexicon.placeWeight(after?.text ?? '') > 0 &&
          !ctx.lexicon.isGivenName(after?.text.toLowerCase() ?? '');
        if (!campus) break;
        k += 1 + kb.length;
        // "University of Texas Arlington Amneh Jafari heard": a word of no English after the campus
        // starts a person's name, where "… Arlington Student Association" goes on
        const beyond = view.tokens[k + 1]?.text.toLowerCase() ?? '';
        const person =
          isCapWord(ctx, k + 1) &&
          !view.tokens[k + 1]?.lineBefore &&
          !isCommonWord(ctx, beyond) &&
          !isGenericWord(ctx, beyond) &&
          !demonyms.has(beyond);
        if (person) {
          idx.push(k);
          break;
        }
        continue;
      }
      k++;
      continue;
    }
    if (!isCapWord(ctx, k)) break;
    if (companyForms.has(lowTok) || (calendar.has(lowTok) && !isPaperDay(ctx, k))) break;
    if (awardAt(ctx, k)) {
      sponsorOfAward = true;
      break;
    }
    // "Elizabeth Warren Will Take": in a headline that capitalises every word, a common word after a
    // person's name is no part of it
    if (idx.length >= 2 && ctx.lexicon.isGivenName(low) && isCommonWord(ctx, lowTok) && titleCaseLine(ctx, k))
      break;
    // "State Department Spokesperson": a post right after a name ends it ("Council of Ministers" does not)
    // ("Prosecutor General's Office": the post's whole title, whose possessive follows)
    const postsOffice = k === i + 1 && officeOfPost(ctx, i);
    // ("Consulate General of Kazakhstan": the consulate's rank, no post)
    const consulateGeneral = lowTok === 'general' && view.tokens[k - 1]?.text.toLowerCase() === 'consulate';
    if (
      englishTitles.has(lowTok) &&
      (!orgHeads.has(low) || isCapWord(ctx, k - 1)) &&
      !postsOffice &&
      !consulateGeneral
    )
      break;
    // "Air Force ROTC I was chosen": the pronoun, not a numeral
    if (tok.text === 'I' && view.tokens[k + 1]?.kind === 'word' && !view.tokens[k + 1]?.cap) break;
    // ("Women's National Basketball Association": the possessive opens a name of its own, longer)
    const known = !orgHeads.has(low) && !afterPossessive ? ctx.gazetteer.match(view, k, ctx.seen) : null;
    // "Valeska Paris", "George Washington": a place's one-word name after a lone given name is a surname;
    // "Wentworth Miller", "John Howard Johnson": so is a known person's surname alone, of a namesake,
    // after a given name and a middle name too
    const namesake =
      known?.length === 1 &&
      known.entity.type === 'PER' &&
      (ctx.lexicon.isGivenName(low) || foreignGivenName(ctx, i));
    const middle = k === i + 2 && namesake && known.partial;
    // ("Hamad bin Khalifa Al Thani": after the article of an Arab family's name, its known name is hers)
    const family = k - 1 > i && ['Al', 'El'].includes(view.tokens[k - 1]?.text ?? '');
    if (known && !middle && !family && !(k === i + 1 && (namesake || surnameLikePlace(ctx, i, known)))) break;
    // ("Kyrgyzstan's Cabinet of Ministers Adylbek Kasymaliev": a known person's full name ends a body's)
    // (a run a body's head word opens looks no name up above; a run of other words stops at any known one)
    const knownPerson = orgHeads.has(low) ? ctx.gazetteer.match(view, k, ctx.seen) : null;
    const personAfterBody = knownPerson?.entity.type === 'PER' && knownPerson.length >= 2;
    if (personAfterBody || personStartsAt(ctx, k) || holderAfterBody(ctx, i, idx, k)) {
      cutBeforePerson = true;
      break;
    }
    idx.push(k);
    k++;
    afterPossessive = false;
  }
  // drop connectors the loop took without a capitalised word after them
  while (
    idx.length > 1 &&
    !isCapWord(ctx, idx.at(-1) ?? i) &&
    view.tokens[(idx.at(-1) ?? i) - 1]?.text !== '-'
  )
    idx.pop();
  return { idx, cutBeforePerson, headBeforeOf, headOfName, sponsorOfAward };
}

/** The posts whose holder is "… General" and whose office is named after them. */
const generalPosts: ReadonlySet<string> = new Set([
  'prosecutor',
  'procurator',
  'attorney',
  'auditor',
  'inspector',
  'solicitor',
  'surgeon',
]);

/** Whether the words at `i` are a post's title whose office is named after it: "Prosecutor General's Office". */
export function officeOfPost(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx.view;
  return (
    generalPosts.has(tokens[i]?.text.toLowerCase() ?? '') &&
    tokens[i + 1]?.text === 'General' &&
    possessiveInName(ctx, i + 2) > 0
  );
}

/**
 * "Children's Hospital", "Veterans' Affairs": the tokens of a possessive at `k` (the apostrophe, and the
 * "s" after it) that stand inside a body's name, between a plural noun the name holds and a capitalised
 * word; 0 where there is none.
 */
function possessiveInName(ctx: RuleContext, k: number): number {
  const { tokens } = ctx.view;
  const mark = tokens[k];
  if (!mark || mark.spaceBefore || !/^['’]$/.test(mark.text)) return 0;
  // ("Prosecutor General's Office", "Attorney General's Department": a post's possessive names its office)
  const owner = tokens[k - 1]?.text.toLowerCase() ?? '';
  const post = owner === 'general' && generalPosts.has(tokens[k - 2]?.text.toLowerCase() ?? '');
  if (!possessiveNameWords.has(owner) && !post) return 0;
  const s = tokens[k + 1]?.text === 's' && !tokens[k + 1]?.spaceBefore ? 1 : 0;
  return isCapWord(ctx, k + 1 + s) && !tokens[k + 1 + s]?.lineBefore ? 1 + s : 0;
}

/**
 * "Refugee Council Enver Solomon", "Scientologist Tom Cruise": a given name and a capitalised word
 * after a word that is no given name start a person's name; the words before it are another name or
 * a post, not the person's first names.
 */
function personStartsAt(ctx: RuleContext, k: number): boolean {
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

/** A word of a body's unit named by common words: "Board", "of", "Directors", "Management". */
/** Capitalised words at `k`, then a company's form ("Zhylu JSC"): a place before them names a company. */
function companyAfterPlace(ctx: RuleContext, k: number): boolean {
  for (let n = k; n < k + 3 && isCapWord(ctx, n); n++)
    if (n > k && companyForms.has(ctx.view.tokens[n]?.text.toLowerCase() ?? '')) return true;
  return false;
}

function unitWord(ctx: RuleContext, n: number): boolean {
  const low = ctx.view.tokens[n]?.text.toLowerCase() ?? '';
  return connectors.has(low) || isGenericWord(ctx, low) || isCommonWord(ctx, low);
}

/**
 * "Chairman of the Senate Maulen Ashimbayev", "Head of the Presidential Administration Aibek
 * Dzhumabekov": the body of a post named just before the run, then two to four capitalised words of
 * no English that end it: they are the post's holder, whatever the given name (the lists hold few
 * Kazakh ones).
 */
function holderAfterBody(ctx: RuleContext, i: number, idx: readonly number[], k: number): boolean {
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
 * known person's surname alone, is someone else's given name, unless it is one of that person's names.
 */
function foreignGivenName(ctx: RuleContext, i: number): boolean {
  const t = ctx.view.tokens[i];
  const low = t?.text.toLowerCase() ?? '';
  if (!t || t.allCaps || t.sentenceStart || isCommonWord(ctx, low) || isGenericWord(ctx, low)) return false;
  return (
    !demonyms.has(low) && ctx.lexicon.placeWeight(low) === 0 && !ctx.gazetteer.match(ctx.view, i, ctx.seen)
  );
}

/** The last words of an award's name: "Man of the Match", "Player of the Year". */
const awardPeriods: ReadonlySet<string> = new Set(
  'match game race tournament season series year month week day'.split(' '),
);

/**
 * "the Budweiser Man of the Match award": a capitalised word, "of the" and a match or a time make
 * an award's name, not the end of the name before it; that name is the award's sponsor, a company.
 */
export function awardAt(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  return (
    !ctx.cyrillicText &&
    tokens[k + 1]?.text === 'of' &&
    tokens[k + 2]?.text === 'the' &&
    isCapWord(ctx, k + 3) &&
    awardPeriods.has(tokens[k + 3]?.text.toLowerCase() ?? '')
  );
}

/** A one-word place after a lone given name, with no capitalised word after it: a surname. */
function surnameLikePlace(ctx: RuleContext, i: number, known: GazetteerMatch): boolean {
  const { tokens } = ctx.view;
  const t = tokens[i];
  const low = t?.text.toLowerCase() ?? '';
  if (!t || t.allCaps || ctx.cyrillicText || known.length !== 1 || known.entity.type !== 'LOC') return false;
  if (!ctx.lexicon.isGivenName(low) || lowerCaseCount(ctx, low) > 0 || isCommonWord(ctx, low)) return false;
  if (ctx.lexicon.placeWeight(low) > 0 || ctx.gazetteer.match(ctx.view, i, ctx.seen)) return false;
  const after = tokens[i + 2];
  return !(after && after.kind === 'word' && after.cap && !after.lineBefore);
}

/** "St", "Ste": a saint's title, abbreviated (St. Louis, St Albans, St. Martin's). */
export function isSaint(word: string): boolean {
  return word === 'St' || word === 'Ste';
}

/**
 * "St. Louis", "St Albans": a saint's abbreviated title at `k` opens the name of a place the word list
 * knows; not "St. Martin's", a church named after its saint ("Saint Martin" is an island too).
 */
export function saintPlace(ctx: RuleContext, k: number): boolean {
  const { tokens } = ctx.view;
  const at = afterSaint(ctx, k);
  const name = tokens[at];
  if (!isSaint(tokens[k]?.text ?? '') || !name || name.kind !== 'word' || !name.cap) return false;
  if (/^['’]$/.test(tokens[at + 1]?.text ?? '')) return false;
  // (the word list reads "St" and "St." as "Saint")
  return ctx.lexicon.placeWeight(`${tokens[k]?.text ?? ''} ${name.text}`) > 0;
}

/**
 * "St. Martin's", "St Peter": a saint's abbreviated title at `k` before the name of a saint the list
 * holds, in no place's name, is the title of the saint, and no part of a name ("St Mirren", a club's,
 * holds it).
 */
export function saintOfName(ctx: RuleContext, k: number): boolean {
  const name = ctx.view.tokens[afterSaint(ctx, k)];
  return (
    isSaint(ctx.view.tokens[k]?.text ?? '') &&
    saints.has(name?.text.toLowerCase() ?? '') &&
    !saintPlace(ctx, k)
  );
}

/** Where the name after the saint's title at `k` starts, past its full stop. */
const afterSaint = (ctx: RuleContext, k: number): number =>
  ctx.view.tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
