/**
 * The type of an English name read from its words alone, after englishRule has found no head word, post
 * or context that says it: a title before it, a kind of place, a place's weight, a given name, a
 * surname's ending, an acronym's capitals.
 */
import type { MentionType } from '../../shared/entities';
import type { RawMention, RuleContext } from './raw-mention';
import { inSpelledOut, spelledOutBody } from './acronyms';
import {
  afterArticle,
  firstNameElsewhere,
  gluedToNumber,
  isRegionCompanyName,
  prefixedName,
  isCapWord,
  isCommonWord,
  isGenericWord,
  isHeadlineCommon,
  isInitial,
  lowerCaseCount,
} from './english-evidence';
import {
  abbreviatedTitles,
  articles,
  bigPlace,
  commonAcronyms,
  demonyms,
  englishTitles,
  faiths,
  list,
  notionSuffix,
  placeFirst,
  placePrepositions,
  placeSuffix,
  placeTails,
  placeWords,
  speechVerbs,
  surnameEnding,
} from './english-words';
import { japaneseName } from './japanese-names';
import { koreanName } from './korean-names';
import { fold } from './text-keys';

/** One English name's run of capitalised words, as englishRule read it. */
export interface EnglishName {
  readonly start: number;
  readonly end: number;
  /** The tokens of the run, connectors and hyphens included. */
  readonly idx: readonly number[];
  /** Its capitalised words, hyphenated parts joined. */
  readonly ws: readonly string[];
  /** The same with a person's lower-case particles kept ("Ludwig van Beethoven"). */
  readonly personWs: readonly string[];
  /** A Latin word opens a sentence of Russian text ("Forbes уточняет"). */
  readonly latinOpener: boolean;
}

/** What the rules read of a name: its words in lower case, the tokens around it, a mention of a type. */
export function nameFacts(ctx: RuleContext, name: EnglishName) {
  const { tokens } = ctx.view;
  const lows = name.ws.map((w) => w.toLowerCase());
  const prev = tokens[name.start - 1];
  return {
    lows,
    first: lows[0] ?? '',
    last: lows.at(-1) ?? '',
    prev,
    prevLow: prev?.text.toLowerCase() ?? '',
    after: tokens[name.end],
    make: (type: MentionType): RawMention => ({
      start: name.start,
      end: name.end,
      type,
      entity: null,
      words: [...(type === 'PER' ? name.personWs : name.ws)],
    }),
  };
}

/** "National" in the languages that put it after the noun, which ends no person's name. */
const nationalLast = list('national international nacional internacional nazionale');

/** Ordinals, which the lists of given names hold one of ("Second"): "a Second Term" names no one. */
const ordinals = list('first second third fourth fifth sixth seventh eighth ninth tenth');

/** A "given name" the text also writes in lower case is a word (Just, Magic, Poet); an ordinal is one. */
export function givenName(ctx: RuleContext, w: string): boolean {
  return ctx.lexicon.isGivenName(w) && !ordinals.has(w.toLowerCase()) && lowerCaseCount(ctx, w) === 0;
}

export function nameByShape(ctx: RuleContext, name: EnglishName): RawMention | null {
  const { view, lexicon } = ctx;
  const { start: i, end, idx, ws, latinOpener } = name;
  const t = view.tokens[i];
  if (!t) return null;
  const low = t.text.toLowerCase();
  const { lows, first, last, prevLow, after, make } = nameFacts(ctx, name);
  const next = view.tokens[i + 1];
  const prevTitle =
    englishTitles.has(prevLow) ||
    (prevLow === '.' && abbreviatedTitles.has(view.tokens[i - 2]?.text.toLowerCase() ?? ''));
  const given = (w: string) => givenName(ctx, w);
  const givenFirst = ws.length >= 2 && given(first) && !placeFirst.has(first);
  const placeWeight = lexicon.placeWeight(ws.join(' '));
  const afterPlacePreposition = placePrepositions.has(prevLow) || prevLow === 'from';
  // "Reactive Oxygen Species (ROS)", "ROS [Reactive Oxygen Species]": words that spell out the acronym
  // beside them, with no head word, name a notion, not a person
  if (inSpelledOut(ctx, i, end, ws)) return null;
  if (prevTitle) return make('PER');
  // "Line D", "Plan B", "Terminal A": a word and a letter alone name a line, a plan or a gate (though
  // "Line" is a given name), since an initial goes before a surname, not last; not "Malcolm X"
  if (ws.length === 2 && /^[A-WYZ]$/.test(ws[1] ?? '')) return null;
  // "the island of Sulawesi", "the city of Palu": a lower-case word for a kind of place before "of"
  const kindOfPlace = view.tokens[i - 2]?.text ?? '';
  if (prevLow === 'of' && (placeWords.has(kindOfPlace) || kindOfPlace === 'capital')) return make('LOC');
  if (
    ws.length >= 2 &&
    !ctx.cyrillicText &&
    placeTails.has(last) &&
    (!givenFirst || lows.slice(0, -1).some((w) => isCommonWord(ctx, w)))
  )
    return make('LOC');
  // "Biologist Nick Bos", "Closing Loopholes", "Because I": a common word opens the sentence with its
  // capital; the name, if any, starts after it
  if (
    t.sentenceStart &&
    ws.length > 1 &&
    isCommonWord(ctx, first) &&
    !lexicon.isGivenName(first) &&
    !ctx.midSentenceCaps.has(first) &&
    !placeFirst.has(first) &&
    lexicon.placeWeight(first) === 0
  )
    return null;
  // a city or a state: Houston, Mexico City, North Carolina; a given name that is also a town
  // (Irving, Lincoln) only where the sentence says it is a place
  // "me and Isabel" after "Isabel Ruiz": a given name the text also writes before a surname
  if (
    ws.length === 1 &&
    !ctx.cyrillicText &&
    given(first) &&
    !t.allCaps &&
    !afterPlacePreposition &&
    !placeFollows(ctx, end) &&
    firstNameElsewhere(ctx, t.text)
  )
    return make('PER');
  if (placeWeight > 0 && !ctx.cyrillicText && !(ws.length === 1 && isGenericWord(ctx, first))) {
    // a big city or a state is the place even when some parents name a child after it (Houston, Florida)
    const alsoPerson = placeWeight < bigPlace && (ws.length === 1 ? given(first) : givenFirst);
    if (!alsoPerson || afterPlacePreposition || placeFollows(ctx, end)) return make('LOC');
  }
  if (ws.length >= 3 && placeSuffix.test(first) && idx[1] !== undefined && isCapWord(ctx, idx[1])) {
    // "Tatarstan President Rustam Minnikhanov" lost its title; "Tatarstan Rustam Minnikhanov": place, then person
    return { start: i, end: i + 1, type: 'LOC', entity: null, words: [ws[0] ?? ''] };
  }
  // in Russian text a Latin name is most often a company's or an outlet's (Forbes, Deutsche Welle),
  // but not a numeral (XXVII) or a code (COVID-19, SARS-CoV-2)
  const code = after?.text === '-' && !after.spaceBefore;
  const roman = /^[IVXLCDM]+$/.test(t.text);
  if (ctx.cyrillicText && (!t.sentenceStart || latinOpener)) return code || roman ? null : make('ORG');
  // "New Zealander", "New Democrat MP": a people's or a party's word is no place
  const peoples = lows.some((w) => demonyms.has(w) || englishTitles.has(w)) || /landers?$/.test(last);
  if (ws.length >= 2 && placeFirst.has(first)) return peoples ? null : make('LOC');
  if (ws.length >= 2 && ws.length <= 4 && lows.every((w) => !demonyms.has(w))) {
    if (t.allCaps && ws.every((w) => w === w.toUpperCase())) return make('ORG');
    // "Le Golf National", "Banco Nacional": a name that ends in "national" is a body's, whatever opens it
    if (nationalLast.has(last)) return make('ORG');
    // without a given name or a surname's ending two capitalised words are as often a product, a
    // programme or a building as a person (Internet Explorer, Space Shuttle)
    if (givenFirst || isInitial(ws[0] ?? '') || surnameEnding.test(last) || !ctx.lexicon.loaded)
      return make('PER');
    // "Keisuke Honda", "Ri Yong Ho": a Japanese name, or a Korean one of three words, whatever else
    // its words name
    if (japaneseName(ws) || (ws.length === 3 && koreanName(ws))) return make('PER');
    if (lexicon.placeWeight(last) > 0 && !lexicon.isGivenName(last)) return make('LOC');
    // "Wong Kwok-kin", "Hwang Hee-Chan": a Cantonese or Korean given name after the family name;
    // "Romelu Lukaku said": whoever speaks is a person
    if (/-\p{L}/u.test(ws.at(-1) ?? '') || speechVerbs.has(after?.text.toLowerCase() ?? ''))
      return make('PER');
    // "Romelu Lukaku", "Hamdullah Mohib": no word of the name is an English word, so it is a person's
    // name from a list we lack; "Internet Explorer", "Space Shuttle", "Magic Month" are all English
    // words and, with nothing that marks a body, a product, a programme or a phrase
    const common = ws.filter((w) => isHeadlineCommon(ctx, i, w)).length;
    const foreignName = ws.every((w) => !/\p{Lu}/u.test(w.slice(1)) && lexicon.placeWeight(w) === 0);
    // "Warhol Polaroids" ("the Polaroids were ready"): a word the text puts after an article is a thing
    if (common === 0 && foreignName) return afterArticle(ctx, last) ? null : make('PER');
    if (common === ws.length) return null;
    return make('ORG');
  }
  // "Andy Warhol Photographic Legacy Program": five capitalised words or more, some of them English,
  // are a body's or a programme's name, whoever it is named after
  if (ws.length >= 5 && !ctx.cyrillicText && ws.some((w) => isCommonWord(ctx, w.toLowerCase())))
    return make('ORG');
  if (ws.length === 1) {
    if (isRegionCompanyName(t.text) && !t.allCaps) return make('ORG');
    // "Gloria", "Olivia": a given name that only looks like a country's (Estonia, Finland)
    if (
      placeSuffix.test(t.text) &&
      !notionSuffix.test(t.text) &&
      !t.allCaps &&
      !(/ia$/i.test(t.text) && given(first))
    )
      return make('LOC');
    // not "the Sun", "the Channel": a person's lone given name takes no article; nor "Supreme Mufti",
    // before a post's title, "Declaration of Peace", a common word after "of" (not "of Holly's
    // priorities", a possessive), or "Islam", a faith
    const notPerson =
      englishTitles.has(next?.text.toLowerCase() ?? '') ||
      (prevLow === 'of' && isCommonWord(ctx, first) && !/^['’]/.test(next?.text ?? '')) ||
      faiths.has(first);
    if (
      given(first) &&
      (!t.sentenceStart || prefixedName(t.text)) &&
      !t.allCaps &&
      next?.text !== "'s" &&
      !articles.has(prevLow) &&
      !notPerson
    )
      return make('PER');
    if (surnameEnding.test(t.text) && !t.allCaps) return make('PER');
    // "U.S government": an abbreviation of a place without its last full stop
    if (t.allCaps && t.text.includes('.') && ctx.gazetteer.isPlaceName(fold(`${t.text}.`)))
      return make('LOC');
    const spelled = t.allCaps ? spelledOutBody(ctx, t.text) : undefined;
    if (spelled) return { ...make('ORG'), words: spelled };
    if (
      t.allCaps &&
      spelled === undefined &&
      t.text.length <= 6 &&
      !/^[IVXLCDM]+$/.test(t.text) &&
      // ("A.I.", "O.K." too)
      !commonAcronyms.has(low.replaceAll('.', '')) &&
      // "I will serve ALL of the people": a word the text also writes in lower case, in capitals for stress
      !(
        t.text.length > 2 &&
        isCommonWord(ctx, low) &&
        (lowerCaseCount(ctx, low) > 0 || t.text.length >= 4)
      ) &&
      !gluedToNumber(ctx, t.text) &&
      // "NZ$ 26 million", "HK$ 5": a country's code before its dollar
      !(after?.text === '$' && view.tokens[end + 1]?.kind === 'num')
    )
      return make('ORG');
  }
  return null;
}

/** "Irving, Texas": a comma and a known state or country after the name. */
function placeFollows(ctx: RuleContext, end: number): boolean {
  const { tokens } = ctx.view;
  if (tokens[end]?.text !== ',') return false;
  const next = tokens[end + 1];
  if (!next || !isCapWord(ctx, end + 1)) return false;
  const m = ctx.gazetteer.match(ctx.view, end + 1, ctx.seen);
  return m?.entity.type === 'LOC' || ctx.lexicon.placeWeight(next.text) >= 1_000_000;
}
