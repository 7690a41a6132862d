import { surnameParticles, latinNameParticles } from './name-particles';
import type { RuleContext } from './raw-mention';
import { companyForms } from './cue-words';
import { isSurnameOf } from './kb-schema';
import {
  headlineLowerWord,
  isCapWord,
  isCommonWord,
  isGenericWord,
  isInitial,
  isPaperDay,
  titleCaseLine,
} from './english-evidence';
import {
  calendar,
  connectors,
  demonyms,
  headConnectors,
  englishTitles,
  nameJoiners,
  orgHeads,
  placeWords,
  portfolio,
  possessiveNameWords,
  stateHouses,
} from './english-words';
import { awardAt, isSaint, saintOfName } from './saints-awards';
import {
  companyAfterPlace,
  foreignGivenName,
  hyphenedFamilyAt,
  holderAfterBody,
  fieldListAhead,
  headlineVerb,
  orgHeadAhead,
  postAhead,
  personStartsAt,
  placeAt,
  surnameLikePlace,
  unitWord,
} from './english-run-edges';

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
  // (the run has gone through a list of fields' commas, and goes on through its "and")
  let listed = false;
  // (whether a given name opens the run, read once and only when a known surname asks)
  let given: boolean | undefined;
  const opensWithGiven = () => (given ??= ctx.lexicon.isGivenName(low) || foreignGivenName(ctx, i));
  // (a hyphen joins words, and counts as none: "Meshal Al-Ahmad Al-Jaber Al-Sabah")
  // (a body's matter may list more: "… Commission on Trade, Economic, Scientific and Technical Cooperation")
  while (idx.filter((n) => view.tokens[n]?.text !== '-').length < (headBeforeOf ? 12 : 8)) {
    const tok = view.tokens[k];
    if (!tok || tok.lineBefore) break;
    // "Talal Fahad al-Ahmad al-Sabah": an Arab name's article, hyphenated in lower case, joins the name
    if (hyphenedFamilyAt(ctx, k) && isCapWord(ctx, k - 1)) {
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
      if ((lowTok === 'and' || lowTok === '&') && !headIsOrg && !listed && !orgHeadAhead(ctx, k + 1)) break;
      // "the Senate and House of Representatives": a body's head word, then a known body's name; and
      // "the Cabinet of Ministers and Foreign Minister Rashid Meredov": a post (postAhead)
      // ("the Senate and Congress": two houses, each one word, but not "Parliament and Government of
      // Wales")
      const headBeforeAnd = view.tokens[k - 1]?.text.toLowerCase() ?? '';
      const secondBody =
        lowTok === 'and' &&
        ((orgHeads.has(headBeforeAnd) && ctx.gazetteer.match(view, k + 1, ctx.seen)?.entity.type === 'ORG') ||
          (stateHouses.has(headBeforeAnd) &&
            stateHouses.has(view.tokens[k + 1]?.text.toLowerCase() ?? '') &&
            !isCapWord(ctx, k + 2) &&
            !headConnectors.has(view.tokens[k + 2]?.text.toLowerCase() ?? '')) ||
          sameHeadAfter(ctx, i, k));
      if (secondBody || (lowTok === 'and' && postAhead(ctx, k + 1))) break;
      // "Ann Chiang of DAB": a person's name ends before "of"; particles (van, bin, de) stay inside it
      // (not before a body's head word: "Caspian Oil and Gas Company", though Caspian is a given name)
      const bodyAhead = lowTok === 'and' && orgHeadAhead(ctx, k + 1);
      if (nameJoiners.has(lowTok) && ctx.lexicon.isGivenName(low) && !headIsOrg && !bodyAhead) break;
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
    // "Commission on Economic, Industrial and Financial Cooperation": the fields a body's matter lists
    if (tok.text === ',' && headBeforeOf && fieldListAhead(ctx, k + 1)) {
      listed = true;
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
    // "… as Union Moves Toward Common Markets", "Court Rules": nor is a verb after a body's head word
    if (orgHeads.has(view.tokens[k - 1]?.text.toLowerCase() ?? '') && headlineVerb(ctx, k)) break;
    // "State Department Spokesperson": a post right after a name ends it ("Council of Ministers" does not)
    // ("Prosecutor General's Office": the post's whole title, whose possessive follows)
    const postsOffice = k === i + 1 && officeOfPost(ctx, i);
    // ("Consulate General of Kazakhstan": the consulate's rank, no post)
    const consulateGeneral = lowTok === 'general' && view.tokens[k - 1]?.text.toLowerCase() === 'consulate';
    if (
      englishTitles.has(lowTok) &&
      (!orgHeads.has(low) || isCapWord(ctx, k - 1)) &&
      !postsOffice &&
      !consulateGeneral &&
      !ministersOfBody(ctx, idx, k)
    )
      break;
    // "Air Force ROTC I was chosen": the pronoun, not a numeral
    if (tok.text === 'I' && view.tokens[k + 1]?.kind === 'word' && !view.tokens[k + 1]?.cap) break;
    // ("Women's National Basketball Association": the possessive opens a name of its own, longer)
    const known = !orgHeads.has(low) && !afterPossessive ? ctx.gazetteer.match(view, k, ctx.seen) : null;
    // "Valeska Paris", "George Washington": a place's one-word name after a lone given name is a surname;
    // "Wentworth Miller", "John Howard Johnson": so is a known person's surname alone, of a namesake,
    // after a given name and a middle name too
    // ("Jean-Marc Le Drian": so is one with its particle, after a hyphenated given name)
    const particleSurname = known?.length === 2 && surnameParticles.has(tok.text) && !isCapWord(ctx, k + 2);
    const namesake =
      (known?.length === 1 || particleSurname) && known?.entity.type === 'PER' && opensWithGiven();
    const afterGiven = k === i + 1 || (k === i + 3 && view.tokens[i + 1]?.text === '-');
    // (a surname the knowledge base lists as an alias too: "Abdul Rashid Akhundzada" is no Hibatullah)
    const surname = known?.length === 1 && isSurnameOf(known.entity, tok.text);
    const middle = k === i + 2 && namesake && (known.partial || surname);
    // ("Hamad bin Khalifa Al Thani": after the article of an Arab family's name, its known name is hers)
    // ("Jean-Marc Le Drian": nor after a capitalised particle, which the namesake's surname opens)
    const family =
      k - 1 > i &&
      (['Al', 'El'].includes(view.tokens[k - 1]?.text ?? '') ||
        (surnameParticles.has(view.tokens[k - 1]?.text ?? '') && opensWithGiven()));
    if (known && !middle && !family && !(afterGiven && (namesake || surnameLikePlace(ctx, i, known)))) break;
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
 * "the OTS Council of Foreign Ministers", "the CIS Council of Defence Ministers": ministers of a field
 * after a body's head word and "of" are the body's members, part of its name, not a post after it.
 */
function ministersOfBody(ctx: RuleContext, idx: readonly number[], k: number): boolean {
  const { tokens } = ctx.view;
  if (tokens[k]?.text !== 'Ministers') return false;
  let p = k - 1;
  while (p > 0 && portfolio.has(tokens[p]?.text.toLowerCase() ?? '')) p--;
  return (
    p < k - 1 &&
    tokens[p]?.text === 'of' &&
    idx.includes(p - 1) &&
    orgHeads.has(tokens[p - 1]?.text.toLowerCase() ?? '')
  );
}

/**
 * "Aiyl Bank and Eldik Bank", "the Ministry of Energy and Ministry of Finance": after the "and" at `k`
 * a name ends (within four capitalised words) or starts with the same head word as the name that
 * started at `i`, so the two are two bodies.
 */
function sameHeadAfter(ctx: RuleContext, i: number, k: number): boolean {
  const { tokens } = ctx.view;
  const low = (n: number) => tokens[n]?.text.toLowerCase() ?? '';
  if (orgHeads.has(low(i)) && low(k + 1) === low(i)) return true;
  const head = low(k - 1);
  if (!orgHeads.has(head)) return false;
  for (let n = k + 1; n <= k + 4 && isCapWord(ctx, n); n++) if (n > k + 1 && low(n) === head) return true;
  return false;
}
