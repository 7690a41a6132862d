import { isCommonWord } from './english-evidence';
import type { Gazetteer } from './gazetteer';
import { readDefinedAcronyms, shoutedWords } from './acronyms';
import { ampersandName, hyphenatedBodies } from './joined-names';
import { honouredNames } from './honoured-names';
import type { Morphology } from './morphology';
import { lemmaWords, removeWhere, type RawMention, type RuleContext } from './raw-mention';
import { districtAfter, englishLongerName, englishRule, englishWeakGuesses, memberBody } from './rules-en';
import { isPostsBoard } from './english-bodies';
import { placeClub, placeTeam } from './place-teams';
import { headsOfQuotedNames, quotedName, quotedPersons, titlesQuotedAgain } from './quoted-names';
import { namedWithNoun, russianRule } from './rules-ru';
import { chineseNameAt } from './chinese-names';
import { koreanNameAt } from './korean-names';
import { placeAdjectiveAt } from './place-adjectives';
import { fold } from './text-keys';
import { isHyphenedArticle, latinArabicArticles } from './name-particles';
import { createView } from './token-view';
import { inWebAddress, isSiteName, tokenize } from './tokenize';
import type { RecognizeOptions } from './recognize-options';
import { compass, innerMentions } from './nested';
import {
  bodiesWithConvocations,
  bodiesWithPlaces,
  chainedOrgs,
  internetAsOrg,
  placeAdjectiveOrgs,
  prefixOutsideOrg,
  prizeFounders,
  splitOrgPlace,
  takeLegalForms,
  unitsOfOrgs,
} from './conventions';
import { commonNounOrg, governmentsOfPersons, headsOfCommonNounOrgs } from './common-noun-orgs';
import { teamPeoplesAsOrgs, teamsAsOrgs, titlesAndGroups } from './conventions-en';
import { emptyLexicon, type Lexicon } from './lexicon';
import { modelNameAt } from './models';
import { afterCraftNoun, isAward, isCraft, isProductMention, isWorkTitle } from './products';
import {
  knownAfterDescriptor,
  latinGloss,
  latinName,
  titleGlossEnd,
  unnamedQuoteGlossEnd,
} from './latin-in-russian';
import {
  bodyOfAnotherCountry,
  knownAfterTheirPost,
  namesakeFirst,
  placeNamedLike,
  surnameOfTheirs,
} from './namesakes';
import {
  englishStateForms,
  extendLeft,
  knownNameAt,
  regionOfList,
  unknownRegionOfList,
  withInitials,
} from './name-edges';
import { matchTeams } from './match-teams';
import { linkSameNames, politeNamesakes, repeatedBodies, repeats, retypeSurnames } from './repeats';
import { seatsAsBodies } from './seats';

/**
 * Finds entity mentions: knowledge-base aliases first (longest match, case forms and lemmas), then
 * rules for names the knowledge base does not know, then repeats of those names elsewhere in the text.
 */
export interface Recognized extends Omit<RawMention, 'start' | 'end'> {
  /** UTF-16 offsets into the text. */
  readonly start: number;
  readonly end: number;
}

export function recognize(
  text: string,
  gazetteer: Gazetteer,
  morph: Morphology,
  options: RecognizeOptions = {},
  lexicon: Lexicon = emptyLexicon,
): Recognized[] {
  const tokens = tokenize(text);
  // Kazakh text: letters Russian lacks (Қ, Ә, Ү…) in at least one word of a hundred
  const kazakhWords = tokens.filter((t) => t.cyrillic && /[әғқңөұүһі]/i.test(t.text)).length;
  const view = createView(tokens, morph, kazakhWords * 100 >= tokens.length && kazakhWords > 0);
  const midSentenceCaps = new Set<string>();
  for (const t of tokens)
    if (t.kind === 'word' && t.cap && !t.sentenceStart) midSentenceCaps.add(t.text.toLowerCase());
  const seen = new Set<string>();
  const words = tokens.filter((t) => t.kind === 'word');
  const cyrillicText = words.filter((t) => t.cyrillic).length * 2 > words.length;
  const ctx: RuleContext = { view, gazetteer, seen, midSentenceCaps, cyrillicText, morph, lexicon };
  const out: RawMention[] = [];
  const leftovers: number[] = [];
  /** Token ranges of quoted titles of works and things: names inside count, the title is no body. */
  const titles: [number, number][] = [];
  /** First words of the names the text gives a craft (шаттл «Дискавери»): the craft wherever named. */
  const crafts = new Set<string>();

  // the words of a web address name nothing
  const inUrl = inWebAddress(text);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || inUrl(t)) {
      i++;
      continue;
    }
    const convention = conventionMention(ctx, i, options);
    if (convention) {
      out.push(convention);
      i = convention.end;
      continue;
    }
    // "pro-Beijing", "anti-Kremlin": a name inside an adjective is no mention of its own
    const hyphen = tokens[i - 1];
    const prefix = tokens[i - 2];
    const inAdjective =
      !t.cyrillic &&
      hyphen?.text === '-' &&
      !t.spaceBefore &&
      !hyphen.spaceBefore &&
      prefix?.kind === 'word' &&
      // ("al-Baghdadi": not after an Arab name's article, which opens the name)
      !latinArabicArticles.has(prefix.text) &&
      (!prefix.cap || (!cyrillicText && adjectivePrefixes.has(fold(prefix.text))));
    // "Pro-Beijing DAB": a capitalised prefix of such an adjective opens no name either
    const opensAdjective =
      !cyrillicText &&
      adjectivePrefixes.has(fold(t.text)) &&
      tokens[i + 1]?.text === '-' &&
      !tokens[i + 1]?.spaceBefore &&
      tokens[i + 2]?.kind === 'word' &&
      !tokens[i + 2]?.spaceBefore &&
      // ("Anti-Corruption Agency", "Anti-Doping Agency": against a thing, not a name, it opens a body's)
      // ("Pro-Trump": a name the knowledge base knows, though "trump" is a word too)
      (!isCommonWord(ctx, fold(tokens[i + 2]?.text ?? '')) || !!gazetteer.match(view, i + 2, seen));
    // "Italy's la Repubblica": a known name may open with a foreign article in lower case
    const article = !t.cap && !cyrillicText && foreignArticles.has(t.text) && tokens[i + 1]?.cap;
    const known = article ? gazetteer.match(view, i, seen) : null;
    if (known && known.length > 1) {
      out.push({ start: i, end: i + known.length, type: known.entity.type, entity: known.entity, words: [] });
      seen.add(known.entity.id);
      i += known.length;
      continue;
    }
    // "Страна.ua", "vc.ru", "weather.com": a site the knowledge base does not hold is a body, in either
    // case and in either language, so that both reports link it; but not inside an e-mail address
    if (isSiteName(t) && tokens[i - 1]?.text !== '@' && !gazetteer.match(view, i, seen)) {
      out.push({ start: i, end: i + 1, type: 'ORG', entity: null, words: [t.text] });
      i++;
      continue;
    }
    // "член бундестага", "солдаты вермахта": a name the language writes in lower case
    const lowerCase = !t.cap && !inAdjective ? gazetteer.matchLowerCase(view, i, seen) : null;
    if (lowerCase) {
      const { entity, length } = lowerCase;
      out.push({ start: i, end: i + length, type: entity.type, entity, words: [] });
      seen.add(entity.id);
      i += length;
      continue;
    }
    if (!t.cap || inAdjective || opensAdjective) {
      i++;
      continue;
    }
    // "Space Shuttle Columbia", "шаттл «Колумбия»": a craft's name is no place, even a place's name
    if (afterCraftNoun(ctx, i)) {
      crafts.add(view.lemma(i));
      i++;
      while (tokens[i]?.cap && !tokens[i]?.lineBefore) i++;
      continue;
    }
    // "Toyota Camry", "Ту-154", "водитель Hyundai": a model is a thing; its maker names the company
    const model = modelNameAt(ctx, i);
    if (model) {
      if (model.maker && !options.wholeModels) out.push(model.maker);
      i = model.end;
      continue;
    }
    const gloss = ctx.cyrillicText ? latinGloss(ctx, i, out.at(-1)) : null;
    if (gloss) {
      out.push(gloss);
      i = gloss.end;
      continue;
    }
    const unnamed = ctx.cyrillicText ? unnamedQuoteGlossEnd(ctx, i, out.at(-1)) : i;
    if (unnamed > i) {
      titles.push([i, unnamed]);
      i = unnamed;
      continue;
    }
    const quoted = ctx.cyrillicText ? quotedName(ctx, i) : null;
    if (quoted?.mention) {
      out.push(quoted.mention);
      if (quoted.mention.entity) seen.add(quoted.mention.entity.id);
      i = quoted.end;
      continue;
    }
    if (quoted) titles.push([i, quoted.end], [quoted.end, titleGlossEnd(ctx, quoted.end)]);
    const joined = cyrillicText && !t.cyrillic ? ampersandName(ctx, i) : null;
    if (joined) {
      out.push(joined);
      i = joined.end;
      continue;
    }
    const latin = ctx.cyrillicText ? latinName(ctx, i) : null;
    if (latin) {
      out.push(latin);
      i = latin.end;
      continue;
    }
    const member = memberBody(ctx, i, out.at(-1));
    if (member) {
      out.push(member);
      i = member.end;
      continue;
    }
    // "халифу аль-Багдади", "аль-Кувейти": after an Arab name's article in lower case, a word spelled
    // like a place's is a man's name (the Baghdadi), neither the place nor a typing error for it
    const afterArticle =
      tokens[i - 1]?.text === '-' && !tokens[i - 2]?.cap && isHyphenedArticle(tokens[i - 2]?.text ?? '');
    const atI = knownNameAt(ctx, i);
    const found = afterArticle && atI?.entity.type === 'LOC' && atI.length === 1 ? null : atI;
    // "Иванов" alone: a surname many share is Igor Ivanov only after his post or once the text has
    // named him in full; elsewhere the rules read it as they read any name
    // ("в г. Остин": a surname after a settlement noun is still read as the place's name, below)
    const namesake =
      found?.length === 1 && !surnameOfTheirs(ctx, i, found.entity) && !placeNamedLike(ctx, i, found);
    const m = namesake ? null : found;
    // "Хань Гоюй", "Хан Док Су": a Chinese or Korean name, unless the knowledge base knows it whole
    const chinese =
      t.cyrillic && (m?.length ?? 0) < 2 ? (chineseNameAt(ctx, i) ?? koreanNameAt(ctx, i)) : null;
    if (chinese) {
      out.push(chinese);
      i = chinese.end;
      continue;
    }
    // "Boston Celtics": a team named after its place, before "Boston" can be a given name
    // ("the Astana cycling team": the club, named after its place)
    const team = m && (placeTeam(ctx, i, m) ?? placeClub(ctx, i, m));
    if (team) {
      out.push(team);
      i = team.end;
      continue;
    }
    const byRule = m && namesakeFirst(ctx, i, m) ? (t.cyrillic ? russianRule : englishRule)(ctx, i) : null;
    if (byRule && byRule.type === 'PER' && byRule.end > i + 1) {
      out.push(byRule);
      i = byRule.end;
      continue;
    }
    // "шерифа округа Харрис": a known surname as written after a settlement or district noun names the place
    const place = m && placeNamedLike(ctx, i, m) ? russianRule(ctx, i) : null;
    if (place?.type === 'LOC') {
      out.push(place);
      i = place.end;
      continue;
    }
    // "Democratic Party of Japan": another country's body; "Harvard University Press": a longer name
    const longer =
      m && (bodyOfAnotherCountry(ctx, i, m) ?? (!t.cyrillic ? englishLongerName(ctx, i, m.length) : null));
    if (longer) {
      out.push(longer);
      i = longer.end;
      continue;
    }
    // "the Isfara district": a known town's district the knowledge base lacks is a place of its own,
    // keyed as the Russian "Исфаринский район" is
    const district =
      m?.entity.type === 'LOC' && m.entity.kind !== 'country' && districtAfter(ctx, i, i + m.length)
        ? tokens.slice(i, i + m.length).flatMap((w) => (w.kind === 'word' ? [w.text] : []))
        : null;
    if (m && district) {
      out.push({
        start: i,
        end: i + m.length + 1,
        type: 'LOC',
        entity: null,
        words: [...district, 'District'],
      });
      i += m.length + 1;
      continue;
    }
    if (m) {
      const start = extendLeft(view, i, m.entity.type);
      while ((out.at(-1)?.end ?? 0) > start) out.pop();
      // "South Australia", "Восточная Европа": a point of the compass makes another place, with its own id
      const region = start < i && compass.has(view.lemma(start));
      // ("the Kostanay and East Kazakhstan regions": the region, not the city; "the Abai, East
      // Kazakhstan and Pavlodar regions": nor the poet)
      const entity =
        (m.entity.type === 'LOC' &&
          (namedWithNoun(ctx, i, i + m.length) ?? regionOfList(ctx, i, i + m.length))) ||
        (m.entity.type === 'PER' && regionOfList(ctx, i, i + m.length)) ||
        m.entity;
      out.push({
        start,
        end: i + m.length,
        type: entity.type,
        entity: region ? null : entity,
        words: region ? lemmaWords(ctx, start, i + m.length) : [],
      });
      if (!region) seen.add(entity.id);
      i += m.length;
      continue;
    }
    // ("the Almaty and Zhambyl regions": "Zhambyl Region", though the knowledge base has no "Zhambyl")
    const listed = unknownRegionOfList(ctx, i);
    if (listed) {
      out.push(listed);
      i = listed.end;
      continue;
    }
    const next = tokens[i + 1];
    if (!namesake && !t.sentenceStart && !afterArticle && !(next?.cap && next.kind === 'word')) {
      const near = gazetteer.fuzzy(t.text);
      // a dictionary word is itself, not a typing error ("Republican" is no "Respublica")
      if (near && !(t.cyrillic ? view.flags(i).common : ctx.lexicon.isCommonWord(t.text.toLowerCase()))) {
        out.push({ start: i, end: i + 1, type: near.type, entity: near, words: [] });
        i++;
        continue;
      }
    }
    // "перегрузки до 10 G", "турниры A, B и C": a lone Latin letter in a Russian text names nothing
    const loneLetter = cyrillicText && !t.cyrillic && t.text.length === 1;
    // "Kingdom of Bahrain": a state's form before a known place is taken into its name (extendLeft)
    const stateOf =
      englishStateForms.has(fold(t.text)) &&
      tokens[i + 1]?.text === 'of' &&
      gazetteer.match(view, i + 2, seen)?.entity.type === 'LOC';
    const r = loneLetter || stateOf ? null : (t.cyrillic ? russianRule : englishRule)(ctx, i);
    if (r) {
      out.push(r.type === 'PER' ? withInitials(out, view, r) : r);
      i = Math.max(r.end, i + 1);
      continue;
    }
    // (and where they find no name there, it is someone's the text does not say)
    if (namesake && found) {
      const surname = (t.cyrillic ? found.entity.names.ru : found.entity.names.en).split(' ').at(-1);
      out.push({ start: i, end: i + 1, type: 'PER', entity: null, words: [surname ?? t.text] });
      i++;
      continue;
    }
    const adjective = options.placeAdjectives ? placeAdjectiveAt(ctx, i) : null;
    if (adjective) {
      out.push(adjective);
      i = adjective.end;
      continue;
    }
    leftovers.push(i);
    i++;
  }
  if (titles.length > 0)
    // a title holds no organisation, and no unknown Latin name either («It’s My Life»); a title that
    // is one name (фильм «Барселона») names the work, not the city
    removeWhere(out, (m) =>
      titles.some(
        ([a, b]) =>
          m.start >= a &&
          m.start < b &&
          (m.type === 'ORG' ||
            (!m.entity && !tokens[m.start]?.cyrillic) ||
            (m.start === a && m.end === b - 1)),
      ),
    );
  if (cyrillicText) {
    quotedPersons(ctx, out);
    honouredNames(ctx, out);
    hyphenatedBodies(ctx, out);
  }
  readDefinedAcronyms(ctx, out);
  shoutedWords(ctx, out);
  retypeSurnames(ctx, out);
  politeNamesakes(ctx, out);
  seatsAsBodies(tokens, out);
  matchTeams(ctx, out, leftovers);
  if (!cyrillicText) repeatedBodies(ctx, out, leftovers);
  // (before repeats: a head dropped is not found again alone)
  if (!options.nested && cyrillicText) headsOfQuotedNames(ctx, out);
  const repeated = repeats(ctx, out, leftovers);
  const taken = new Set(repeated.flatMap((m) => [m.start, m.end - 1]));
  out.push(...repeated);
  knownAfterTheirPost(ctx, out);
  linkSameNames(ctx, out);
  out.push(
    ...englishWeakGuesses(
      ctx,
      leftovers.filter((i) => !taken.has(i)),
    ),
  );
  if (cyrillicText) knownAfterDescriptor(ctx, out);
  const quotedTitles = cyrillicText ? titlesQuotedAgain(ctx, out) : new Set<RawMention>();
  removeWhere(
    out,
    (m) =>
      quotedTitles.has(m) ||
      isProductMention(ctx, m, options.platformsAsPlaces) ||
      isWorkTitle(ctx, m) ||
      isCraft(ctx, m, crafts) ||
      isAward(ctx, m) ||
      isPostsBoard(ctx, m),
  );
  // "The New York Times", "The Guardian": the article is no part of the name the reader follows
  for (let n = 0; n < out.length; n++) {
    const m = out[n];
    if (!cyrillicText && m && m.end - m.start > 1 && fold(tokens[m.start]?.text ?? '') === 'the')
      out[n] = { ...m, start: m.start + 1 };
  }
  if (options.placeOutsideOrg) splitOrgPlace(ctx, out);
  if (options.legalFormInOrg) takeLegalForms(ctx, out);
  if (options.prefixOutsideOrg) prefixOutsideOrg(ctx, out);
  if (options.internetAsOrg) out.push(...internetAsOrg(ctx));
  if (options.teamsAsOrgs) teamsAsOrgs(ctx, out);
  if (options.titlesAndGroups) out.push(...titlesAndGroups(ctx, out));
  if (options.teamsAsOrgs) teamPeoplesAsOrgs(ctx, out);
  if (options.commonNounOrgs) out.push(...governmentsOfPersons(ctx, out));
  if (options.nested) {
    const withPlaces = options.chainedOrgs && !options.placeOutsideOrg ? bodiesWithPlaces(ctx, out) : [];
    if (options.chainedOrgs) withPlaces.push(...bodiesWithConvocations(ctx, out));
    const bodies = [...out, ...withPlaces];
    const generic = new Set<RawMention>();
    const chains = options.chainedOrgs ? chainedOrgs(ctx, bodies, !!options.placeOutsideOrg, generic) : [];
    out.push(
      ...innerMentions(ctx, out, options),
      ...withPlaces,
      ...(options.placeAdjectiveInOrg ? placeAdjectiveOrgs(ctx, out) : []),
      ...chains,
      ...(options.chainedOrgs ? unitsOfOrgs(ctx, [...bodies, ...chains]) : []),
      ...(options.commonNounOrgs ? [...headsOfCommonNounOrgs(ctx, out), ...prizeFounders(ctx)] : []),
    );
    removeWhere(out, (m) => generic.has(m));
  }
  return out
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m) => ({ ...m, start: tokens[m.start]?.start ?? 0, end: tokens[m.end - 1]?.end ?? 0 }));
}

/** Articles that open some foreign names in lower case: la Repubblica, el País, de Volkskrant. */
const foreignArticles: ReadonlySet<string> = new Set(['la', 'le', 'il', 'el', 'de', 'der', 'die', 'het']);

/** Prefixes of adjectives made of names: pro-Beijing, anti-Kremlin. */
const adjectivePrefixes: ReadonlySet<string> = new Set(['pro', 'anti']);

/** NEREL's extra mentions in lower case: a common-noun organisation, an adjective of a place. */
function conventionMention(ctx: RuleContext, i: number, options: RecognizeOptions): RawMention | null {
  const t = ctx.view.tokens[i];
  if (!t?.cyrillic || (t.cap && !t.sentenceStart)) return null;
  if (options.commonNounOrgs) {
    const org = commonNounOrg(ctx, i);
    if (org) return org;
  }
  return options.placeAdjectives && !t.cap ? placeAdjectiveAt(ctx, i) : null;
}
