import { latinArabicArticles, latinNameParticles } from './name-particles';
import type { MentionType } from '../../shared/entities';
import type { RawMention, Rule, RuleContext } from './raw-mention';
import { companyForms } from './cue-words';
import {
  headBeforeConnector,
  prefixedName,
  isRegionCompanyName,
  isCapWord,
  isCommonWord,
  isGenericWord,
  isHeadlineCommon,
  isPaperDay,
  surnameAfterTitle,
  titleBefore,
  titleCaseLine,
} from './english-evidence';
import { centres, englishRun, officeOfPost } from './english-run';
import { hyphenedFamilyAt } from './english-run-edges';
import { awardAt, saintOfName, saintPlace } from './saints-awards';
import { westernOrderAsianName } from './korean-names';
import { prefixedClub } from './place-teams';
import { givenName, nameByShape, nameFacts, type EnglishName } from './english-shape';

export { englishWeakGuesses } from './english-bodies';
import {
  articlelessHouse,
  bodyInApposition,
  channelWithNumber,
  bodyOfPerson,
  nameWithArticle,
  partyInLowerCase,
  portfolioAndCountry,
} from './english-bodies';
import {
  demonyms,
  isMemberWord,
  stateHouses,
  englishTitles,
  bigPlace,
  calendar,
  cityPaperHeads,
  craftNouns,
  eventHeads,
  facilityFirst,
  facilityWords,
  fieldsOfCentres,
  isPaperOfDay,
  orgHeads,
  orgSuffixes,
  documentNouns,
  placeWords,
  portfolio,
  schemeHeads,
  unitWords,
  sentenceOpeners,
  surnameEnding,
} from './english-words';

/** Words before a place and "district" that make it another district: "his new Pittsburg district". */
const districtQualifiers: ReadonlySet<string> = new Set(
  'new old same whole this that his her their its our my school electoral congressional'.split(' '),
);

/**
 * Whether "district" in lower case follows the place's name from `start` to `end` and makes it a
 * district named by it ("in Beskaragai district", "the Isfara district"), not another one after a word
 * that qualifies it ("the suburban Pittsburg district", an electoral one).
 */
export function districtAfter(ctx: RuleContext, start: number, end: number): boolean {
  const { tokens } = ctx.view;
  const prev = tokens[start - 1];
  const prevLow = prev?.text.toLowerCase() ?? '';
  const qualified =
    !!prev && !prev.cap && (/(?:an|al|ic|ern)$/.test(prevLow) || districtQualifiers.has(prevLow));
  const district = tokens[end];
  return district?.text === 'district' && !district.lineBefore && !ctx.cyrillicText && !qualified;
}

export const englishRule: Rule = (ctx, i) => {
  const { view } = ctx;
  const t = view.tokens[i];
  if (!t || !isCapWord(ctx, i)) return null;
  const low = t.text.toLowerCase();
  if (awardAt(ctx, i)) return null;
  const unit = ordinalUnit(ctx, i);
  if (unit) return unit;
  if (saintOfName(ctx, i)) return null;
  const titled = nameWithArticle(ctx, i, englishRule);
  if (titled) return titled;
  const club = prefixedClub(ctx, i, englishRule);
  if (club) return club;
  const channel = channelWithNumber(ctx, i);
  if (channel) return channel;
  // "The Prodigy", "The Hill" in Russian text: the article is part of a foreign name
  const foreignThe = ctx.cyrillicText && low === 'the' && isCapWord(ctx, i + 1);
  // "Labour Party", "State Department", "Justice Ministry", "National Weather Service": a portfolio
  // opens the name of a body when a word for one stands in the capitalised words after it (up to four)
  const portfolioOfBody = portfolio.has(low) && low !== 'the' && bodyWordAfter(ctx, i);
  const departmentOf = !ctx.cyrillicText ? portfolioAndCountry(ctx, i) : null;
  // "Prosecutor General's Office": a post's title opens the name of its office
  const office = officeOfPost(ctx, i);
  if (departmentOf) return departmentOf;
  // "Sultan Raev": a title that is a Central Asian given name too, before a surname of the region's form
  const givenNotTitle =
    low === 'sultan' &&
    isCapWord(ctx, i + 1) &&
    surnameEnding.test(view.tokens[i + 1]?.text ?? '') &&
    !isCapWord(ctx, i + 2);
  if (
    !givenNotTitle &&
    (englishTitles.has(low) ||
      portfolio.has(low) ||
      (calendar.has(low) && !isPaperDay(ctx, i) && !surnameAfterTitle(ctx, i)) ||
      companyForms.has(low)) &&
    !foreignThe &&
    !(portfolioOfBody && isCapWord(ctx, i + 1)) &&
    !office
  )
    return null;
  // English words quoted in Russian text (It, Such, There) are song titles and phrases, not names
  if (ctx.cyrillicText && sentenceOpeners.has(low) && !foreignThe) return null;
  // "to 38C. Zhanar Tuleuova": a letter glued to a number is its unit, no initial
  if (t.text.length === 1 && !t.spaceBefore && view.tokens[i - 1]?.kind === 'num') return null;
  // "ASTANA, April 12 – A Soyuz spacecraft": after a dateline's dash or a colon the article opens the sentence
  if (!ctx.cyrillicText && (low === 'a' || low === 'an') && /^[–—:-]$/.test(view.tokens[i - 1]?.text ?? ''))
    return null;
  // "Chief of Mission", "Head of Delegation": a common word alone after a post's "of" is the post's
  const afterPostOf =
    view.tokens[i - 1]?.text === 'of' && englishTitles.has(view.tokens[i - 2]?.text.toLowerCase() ?? '');
  if (afterPostOf && isCommonWord(ctx, low) && !isCapWord(ctx, i + 1)) return null;
  const next = view.tokens[i + 1];
  // ("Kazakh-Chinese Business Council": two peoples joined by a hyphen open a body's name)
  const peoplesPair =
    next?.text === '-' &&
    !next.spaceBefore &&
    demonyms.has(view.tokens[i + 2]?.text.toLowerCase() ?? '') &&
    isCapWord(ctx, i + 3);
  if (
    demonyms.has(low) &&
    !peoplesPair &&
    !(next && isCapWord(ctx, i + 1) && !englishTitles.has(next.text.toLowerCase()))
  )
    return null;
  // ("Jean-Claude Juncker agreed": a hyphen glued to a capitalised word holds the name together)
  const hyphened =
    next?.text === '-' && !next.spaceBefore && isCapWord(ctx, i + 2) && !view.tokens[i + 2]?.spaceBefore;
  const headOf = headBeforeConnector(ctx, i);
  // ("Ahmed el-Masri spoke": an Arab family's name after it, its article hyphenated)
  const familyAfter = hyphenedFamilyAt(ctx, i + 1);
  const alone = !hyphened && !headOf && !familyAfter && !(next && isCapWord(ctx, i + 1) && !next.lineBefore);
  // "Tasmania was excluded": a state or a big city may open a sentence alone
  const bigAlone =
    !ctx.cyrillicText &&
    ctx.lexicon.placeWeight(t.text) >= 1_000_000 &&
    !isCommonWord(ctx, low) &&
    !ctx.lexicon.isGivenName(low);
  // "LeBron to make Lakers debut": a capital inside a word (LeBron, McCain, DeSantis) is no common word
  // that opens a sentence
  // "Forbes уточняет": in Russian text a Latin word is no sentence's ordinary first word
  const latinOpener = ctx.cyrillicText && alone && !!next?.cyrillic && next.kind === 'word';
  if (
    t.sentenceStart &&
    (sentenceOpeners.has(low) ||
      (!ctx.midSentenceCaps.has(low) &&
        alone &&
        !bigAlone &&
        !latinOpener &&
        !isRegionCompanyName(t.text) &&
        !prefixedName(t.text) &&
        !articlelessHouse(ctx, i, i + 1)))
  )
    return null;

  const { idx, cutBeforePerson, headBeforeOf, headOfName, sponsorOfAward } = englishRun(ctx, i);
  const end = (idx.at(-1) ?? i) + 1;
  const ws: string[] = [];
  // (a person's words keep a particle in lower case, as Russian does: "Ludwig van Beethoven")
  const personWs: string[] = [];
  const particleAt = (p: number) => {
    const tok = view.tokens[p];
    return p > i && !!tok && !tok.cap && latinNameParticles.has(tok.text) && isCapWord(ctx, p + 1);
  };
  for (const p of idx) {
    const tok = view.tokens[p];
    if (!tok) continue;
    // (the run steps over a connector it does not list)
    if (!idx.includes(p - 1) && particleAt(p - 1)) personWs.push(view.tokens[p - 1]?.text ?? '');
    // hyphenated parts stay one word: Kassym-Jomart, as the Russian side keeps Касым-Жомарт
    if (tok.text === '-' || view.tokens[p - 1]?.text === '-') {
      ws[ws.length - 1] = `${ws.at(-1) ?? ''}${tok.text}`;
      personWs[personWs.length - 1] = `${personWs.at(-1) ?? ''}${tok.text}`;
    } else if (isCapWord(ctx, p)) {
      // (the title in full, as Russian writes it: St. Louis, Сент-Луис)
      const word = saintPlace(ctx, p) ? `Saint${tok.text.slice(2)}` : tok.text;
      ws.push(word);
      personWs.push(word);
    } else if (particleAt(p)) personWs.push(tok.text);
    // ("al-Sabah": the article opens the word its hyphen joins)
    else if (latinArabicArticles.has(tok.text) && view.tokens[p + 1]?.text === '-') {
      ws.push(tok.text);
      personWs.push(tok.text);
    }
  }
  const name: EnglishName = { start: i, end, idx, ws, personWs, latinOpener };
  const { lows, first, last, prev, prevLow, after, make } = nameFacts(ctx, name);
  // "Editorial Manager Chet Clem", "Tory Brexiteer Andrea Jenkyns": only words of a post or a side
  // before the name; the name is read on its own
  const postWord = (w: string) => englishTitles.has(w) || isCommonWord(ctx, w) || isMemberWord(w);
  if (cutBeforePerson && lows.every((w) => postWord(w) && !orgSuffixes.has(w))) return null;
  // "Russian Energy Minister", "Saudi Energy Minister": a people and a portfolio before a post are the
  // post's words, though "Energy" may end a company's name
  const postAfter = englishTitles.has(view.tokens[end]?.text.toLowerCase() ?? '');
  if (
    postAfter &&
    lows.every((w) => demonyms.has(w) || portfolio.has(w)) &&
    lows.some((w) => portfolio.has(w))
  )
    return null;
  // "the Gabala Declaration", "the Treaty of Versailles": a document's name names nothing we mark
  if (documentNouns.has(last) || (documentNouns.has(first) && view.tokens[i + 1]?.text === 'of')) return null;
  // "in Beskaragai district", "the Zhanaarka district of the Ulytau region": a district named by its
  // place, in lower case after it, as Russian names "Бескарагайский район"
  // (not "the suburban Pittsburg district", an electoral one, after a word that qualifies it)
  if (
    districtAfter(ctx, i, end) &&
    !lows.some((w) => orgHeads.has(w) || demonyms.has(w) || englishTitles.has(w))
  )
    return { start: i, end: end + 1, type: 'LOC', entity: null, words: [...ws, 'District'] };
  // "… At Running For President, Massachusetts Senator Says": in a headline that capitalises every
  // word, common words alone name nothing
  if (
    titleCaseLine(ctx, i) &&
    lows.every(
      (w) =>
        (w.length <= 2 || isHeadlineCommon(ctx, i, w)) &&
        !orgHeads.has(w) &&
        !placeWords.has(w) &&
        !ctx.lexicon.isGivenName(w),
    )
  )
    return null;
  // "Shymkent-based Chimpharm", "London-based Reuters": what is based in a place is a body
  const basedIn = prevLow === 'based' && view.tokens[i - 2]?.text === '-' && !view.tokens[i - 1]?.spaceBefore;
  if (basedIn && !ctx.cyrillicText) return make('ORG');
  const legalFormAfter = !!after && companyForms.has(after.text.toLowerCase()) && after.allCaps;
  const given = (w: string) => givenName(ctx, w);

  // "Space Shuttle Atlantis", "cruise ship Freewinds": the name of a craft is no person, body or place
  if (!ctx.cyrillicText && (craftNouns.has(prevLow) || lows.slice(0, -1).some((w) => craftNouns.has(w))))
    return null;
  if (legalFormAfter || sponsorOfAward) return make('ORG');
  // "Prosecutor General's Office" is the General Prosecutor's, "Генеральная прокуратура": the post's
  // words name it, not the word for an office
  // (and "… of the Russian Federation" after it is its country: "Prosecutor General … Russian Federation")
  if (office && ws[2] === 'Office') return { ...make('ORG'), words: [...ws.slice(0, 2), ...ws.slice(3)] };
  // "the Greek Ministry of Culture", "the Italian Supreme Court of Cassation": a state's ministry or
  // court is named "… of" its field; the nationality before it says whose, and is no part of the name
  if (demonyms.has(first) && stateBodies.has(headOfName) && idx[1] === i + 1 && !t.sentenceStart)
    return { ...make('ORG'), start: i + 1, words: ws.slice(1) };
  // "the Andy Warhol Photographic Legacy Program": a scheme with no body's word in its name is no
  // body; a person's name that opens it is that person
  if (!ctx.cyrillicText && ws.length >= 2 && schemeHeads.has(last) && !lows.some((w) => orgHeads.has(w))) {
    const person =
      ws.length >= 3 &&
      end - i === ws.length &&
      given(first) &&
      !isCommonWord(ctx, lows[1] ?? '') &&
      !isGenericWord(ctx, lows[1] ?? '');
    return person ? { start: i, end: i + 2, type: 'PER', entity: null, words: ws.slice(0, 2) } : null;
  }
  // "Kai-Fu Lee", "Hyun-Woo Park": a Chinese or Korean name in English order, whatever else its
  // surname names (a park)
  if (westernOrderAsianName(ws)) return make('PER');
  // "US Energy Secretary Chris Wright": the field of a post before its title is no company's last word
  // ("Shell Energy"); the place before it is read alone
  if (ws.length === 2 && portfolio.has(last) && postAfter && ctx.gazetteer.isPlaceName(ws[0] ?? ''))
    return { ...make('LOC'), end: idx[1] ?? i + 1, words: ws.slice(0, 1) };
  // "Mr Park said", "Dr Fox": after a form of address, one word is a surname, whatever else it names
  if (ws.length === 1 && titleBefore(ctx, i, addressForms)) return make('PER');
  const typed = headedType(ctx, ws, end - i > idx.length);
  // ("State Committee for National Security": a body's head word before its "for" or "of" outweighs a
  // place's word that opens the name)
  const placeFirstOnly = typed === 'LOC' && placeWords.has(first) && !placeWords.has(last);
  const headed = placeFirstOnly && headBeforeOf ? 'ORG' : (typed ?? (headBeforeOf ? 'ORG' : null));
  // "the Church denied", "the Court has ruled": a body's head word alone, capitalised after "the",
  // is that body's name
  if (
    headed === 'ORG' &&
    ws.length === 1 &&
    prevLow === 'the' &&
    !t.sentenceStart &&
    !t.allCaps &&
    !isCapWord(ctx, i + 1)
  )
    // ("The Church's website": the article capitalised as the sentence's first word is as lower case)
    return orgHeads.has(first) && (!isCapWord(ctx, i - 1) || prev?.sentenceStart) ? make('ORG') : null;
  // "Senate Chairman Maulen Ashimbayev": a body's head word alone before a post is that body
  // (a state's one house or government, not "Commission Chair", which repeats a commission named before)
  // ("Kazakhstan's Senate approved": so is one after a country's possessive)
  const countrysHouse =
    /^['’]$/.test(prev?.text ?? '') ||
    (prevLow === 's' && /^['’]$/.test(view.tokens[i - 2]?.text ?? '') && !prev?.spaceBefore);
  const bodyOfPost =
    headed === 'ORG' &&
    ws.length === 1 &&
    stateHouses.has(first) &&
    (englishTitles.has(view.tokens[end]?.text.toLowerCase() ?? '') ||
      (countrysHouse &&
        ctx.gazetteer.match(view, i - (prevLow === 's' ? 3 : 2), ctx.seen)?.entity.kind === 'country'));
  if (headed) return ws.length > 1 || bodyOfPost || articlelessHouse(ctx, i, end) ? make(headed) : null;
  return nameByShape(ctx, name);
};

/** Forms of address written short, which stand only before a person's name ("Gen", "St" may not). */
const addressForms: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);

/**
 * A body read from the words around a name: after a common noun for it ("the security firm
 * Secunia.com"), before "party" ("the Republican party"), or as what a person is "of" or a member of
 * ("Gary Fan of the Neo Democrats", "Youngspiration's Baggio Leung").
 */
export function memberBody(ctx: RuleContext, i: number, before: RawMention | undefined): RawMention | null {
  if (ctx.cyrillicText || !isCapWord(ctx, i) || ctx.view.tokens[i]?.sentenceStart) return null;
  return bodyInApposition(ctx, i, englishRule) ?? partyInLowerCase(ctx, i) ?? bodyOfPerson(ctx, i, before);
}

/**
 * "the 501st Legion", "the 82nd Airborne Division": an ordinal and capitalised words up to a unit's
 * word name a military unit (or a club of its fans), a body.
 */
function ordinalUnit(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  const suffix = tokens[i - 1];
  const num = tokens[i - 2];
  if (ctx.cyrillicText || !suffix || !num || num.kind !== 'num' || suffix.spaceBefore) return null;
  if (!/^(?:st|nd|rd|th)$/.test(suffix.text)) return null;
  let end = 0;
  for (let k = i; k < i + 4 && isCapWord(ctx, k) && !(k > i && tokens[k]?.lineBefore); k++)
    if (unitWords.has(tokens[k]?.text.toLowerCase() ?? '')) end = k + 1;
  if (end === 0) return null;
  const words = [`${num.text}${suffix.text}`];
  for (let k = i; k < end; k++) words.push(tokens[k]?.text ?? '');
  return { start: i - 2, end, type: 'ORG', entity: null, words };
}

/** Bodies of a state named by their field: Ministry of Culture, Supreme Court of Cassation. */
const stateBodies: ReadonlySet<string> = new Set(['ministry', 'department', 'court']);

/**
 * The type a name's head word gives it: a body (Foreign Ministry, Labour Party, Toronto Star), an
 * event, a place (Hong Kong Island) or a site (Museum of Flight); null when no word says.
 */
function headedType(ctx: RuleContext, ws: readonly string[], connected: boolean): MentionType | null {
  const lows = ws.map((w) => w.toLowerCase());
  const first = lows[0] ?? '';
  const last = lows.at(-1) ?? '';
  // "Irving Independent School District": a school district is a body
  if (orgHeads.has(first) || orgSuffixes.has(last) || (last === 'district' && lows.at(-2) === 'school'))
    return 'ORG';
  // "Sunday Times": a paper named for the day it comes out
  if (ws.length === 2 && isPaperOfDay(first, last)) return 'ORG';
  if (
    ws.length >= 2 &&
    cityPaperHeads.has(last) &&
    ctx.lexicon.placeWeight(ws.slice(0, -1).join(' ')) >= bigPlace
  )
    return 'ORG';
  if (eventHeads.has(last) || eventHeads.has(first)) return 'EVENT';
  if (placeWords.has(first) || placeWords.has(last)) return 'LOC';
  // "Centre for Industrial Cooperation", "Center for Strategic Studies": a centre of or for a field is
  // an institution, where "Museum of Flight" is a site
  if (connected && centres.has(first)) return 'ORG';
  // "Suffolk University Political Research Center", "Pew Research Center": a centre of a body or a
  // field of work is an institution too, where "Kennedy Space Center" is a site
  if (centres.has(last) && lows.slice(0, -1).some((w) => orgHeads.has(w) || fieldsOfCentres.has(w)))
    return 'ORG';
  // "Museum of Flight": a facility's word first, a connector after it
  if (facilityWords.has(last) || (facilityWords.has(first) && connected) || facilityFirst.has(first))
    return 'LOC';
  return null;
}

/**
 * "New Zealand Herald", "United States Navy", "Johnson Space Center", "Hong Kong Island": a known
 * name that opens a longer one whose head word says what it is. Null when the known name stands alone.
 */
export function englishLongerName(ctx: RuleContext, i: number, knownLength: number): RawMention | null {
  const next = ctx.view.tokens[i + knownLength];
  // ("Charles de Gaulle": a known given name, a particle and a surname are another person)
  // ("Ahmed el-Masri": so is an Arab family's name, its article hyphenated)
  const particle =
    !!next &&
    ((latinNameParticles.has(next.text) && isCapWord(ctx, i + knownLength + 1)) ||
      hyphenedFamilyAt(ctx, i + knownLength));
  if (ctx.cyrillicText || !next || next.lineBefore || (!isCapWord(ctx, i + knownLength) && !particle))
    return null;
  const r = englishRule(ctx, i);
  if (!r || r.end <= i + knownLength) return null;
  if (r.type === 'PER') return particle ? r : null;
  // "U.S. Department of Agriculture": a body's head word right after the place, before "of"
  const head = orgHeads.has(next.text.toLowerCase()) && r.type === 'ORG';
  // ("Karagandy Zhylu JSC": a company's form after the name, which the name leaves out)
  const form = r.type === 'ORG' && companyForms.has(ctx.view.tokens[r.end]?.text.toLowerCase() ?? '');
  return head || form || headedType(ctx, r.words, false) === r.type ? r : null;
}

/** A word for a body among the (up to four) capitalised words right after token `i`. */
function bodyWordAfter(ctx: RuleContext, i: number): boolean {
  const { tokens } = ctx.view;
  for (let k = i + 1; k <= i + 4 && isCapWord(ctx, k) && !tokens[k]?.lineBefore; k++)
    if (orgHeads.has(tokens[k]?.text.toLowerCase() ?? '')) return true;
  return false;
}
