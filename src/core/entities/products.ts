import { craftNouns } from './english-words';
import type { RawMention, RuleContext } from './raw-mention';
import { notOrgDescriptors, orgDescriptors } from './quote-cues';
import { fold } from './text-keys';
import { closeQuotes, openQuotes } from './tokenize';

/** Software and formats: things, never a body, whatever their capital letter suggests. */
const software: ReadonlySet<string> = new Set(
  'windows android ios macos linux chrome firefox safari html html5 javascript java python excel word powerpoint iphone ipad'.split(
    ' ',
  ),
);
/** Platforms a Russian text posts "в" or "на": the place the words appeared, not the company. */
const platforms: ReadonlySet<string> = new Set(
  'twitter facebook instagram youtube telegram whatsapp tiktok weibo wechat vkontakte linkedin snapchat reddit'.split(
    ' ',
  ),
);
const postedIn: ReadonlySet<string> = new Set(['в', 'во', 'на', 'через']);
const possessives: ReadonlySet<string> = new Set(
  'своем своём своей свой его ее её их моем моём моей нашем нашей официальном официальной'.split(' '),
);

/**
 * "написал в Twitter", "операционной системы Windows": in Russian text a one-word Latin name the
 * knowledge base does not hold is no organisation when it is software; in NEREL's and factRuEval's
 * convention (`platformsAsPlaces`) a platform someone posted on ("в Twitter", "в Твиттере") is the
 * place the words appeared, known company or not.
 */
export function isProductMention(ctx: RuleContext, m: RawMention, platformsAsPlaces = false): boolean {
  if (m.type !== 'ORG' || m.end - m.start !== 1 || !ctx.cyrillicText) return false;
  const t = ctx.view.tokens[m.start];
  if (!t) return false;
  const word = fold(t.text);
  if (!m.entity && !t.cyrillic && software.has(word)) return true;
  if (!platformsAsPlaces) return false;
  // the platform is a known company all the same ("Twitter", "Твиттер"): what matters is "в" before it
  const platform = platforms.has(word) || (m.entity !== null && platforms.has(m.entity.slug));
  // "в своём Instagram", "на его странице в Facebook"
  const before = fold(ctx.view.tokens[m.start - 1]?.text ?? '');
  const posted =
    postedIn.has(before) ||
    (possessives.has(before) && postedIn.has(fold(ctx.view.tokens[m.start - 2]?.text ?? '')));
  return platform && posted;
}

/** Nouns before a body's name as often as before a work's: "акции Bayer" are its shares. */
const notBeforeWorks: ReadonlySet<string> = new Set(['акция', 'модель', 'марка', 'портал']);
const apostrophes: ReadonlySet<string> = new Set(["'", '’']);

/** Words of an English phrase that no company's name holds and song or album titles do. */
const phraseWords: ReadonlySet<string> = new Set(
  "i m s it my me you your we our us they their what never always must is are was be don't don’t can't can’t".split(
    ' ',
  ),
);

/** Lower-case English prepositions that join the words of a title, not of a body's name (of and for do both). */
const titlePrepositions: ReadonlySet<string> = new Set(['on', 'in', 'to', 'with', 'from', 'at', 'into']);

/**
 * "с альбома The Fat of the Land", "Invaders Must Die (2009)", «It’s My Life»: in Russian text a
 * Latin name the knowledge base does not hold is the title of a work, no body, after a noun for a
 * work (альбом, трек, фильм), before a year in brackets, or as an English phrase in quotes.
 */
export function isWorkTitle(ctx: RuleContext, m: RawMention): boolean {
  const { view } = ctx;
  const { tokens } = view;
  const t = tokens[m.start];
  if (m.entity || !ctx.cyrillicText || !t || t.cyrillic) return false;
  // the run of Latin words the mention belongs to ("The Fat" and "Land" of The Fat of the Land,
  // "It" and "s" of It’s)
  const latin = (k: number) => {
    const tok = tokens[k];
    if (tok?.kind === 'word') return !tok.cyrillic;
    return !!tok && apostrophes.has(tok.text) && !tok.spaceBefore && tokens[k + 1]?.spaceBefore === false;
  };
  let start = m.start;
  while (start > 0 && latin(start - 1)) start--;
  let end = m.end;
  while (latin(end)) end++;
  // the noun before: past the quotes ("Альбом ''Double Fantasy''") and "как" ("песни, как Light My Fire")
  let k = start - 1;
  const quote = (n: number) =>
    openQuotes.has(tokens[n]?.text ?? '') || apostrophes.has(tokens[n]?.text ?? '');
  while (k > 0 && quote(k)) k--;
  if (tokens[k]?.text === 'как') k -= tokens[k - 1]?.text === ',' ? 2 : 1;
  const noun = tokens[k]?.cyrillic ? view.lemma(k) : '';
  if (notOrgDescriptors.has(noun) && !notBeforeWorks.has(noun)) return true;
  // партии «Dog with two tails»
  if (orgDescriptors.has(noun)) return false;
  if (tokens[end]?.text === '(' && /^(?:19|20)\d\d$/.test(tokens[end + 1]?.text ?? '')) return true;
  const quoted = openQuotes.has(tokens[start - 1]?.text ?? '') || closeQuotes.has(tokens[end]?.text ?? '');
  // (not inside a whole English sentence a Russian text quotes)
  for (let n = start; n < end && end - start <= 8; n++) {
    const word = fold(tokens[n]?.text ?? '');
    // "Riders on the Storm", "Light My Fire": a preposition no name of a body joins, or an English
    // phrase word, makes a title even without quotes (where the s of Victoria’s Secret is no phrase)
    if (phraseWords.has(word) && (quoted || (end - start > 1 && word !== 's'))) return true;
    if (titlePrepositions.has(tokens[n]?.text ?? '')) return true;
  }
  return false;
}

/** The same in Russian, as lemmas: шаттл «Дискавери», ледокол «Ленин». */
const craftLemmas: ReadonlySet<string> = new Set(
  'шаттл корабль судно подлодка ледокол крейсер авианосец яхта танкер паром фрегат эсминец'.split(' '),
);

/** "Space Shuttle Columbia", "шаттл «Колумбия»": the name at `i` follows a noun for a craft. */
export function afterCraftNoun(ctx: RuleContext, i: number): boolean {
  const { view } = ctx;
  const quoted = openQuotes.has(view.tokens[i - 1]?.text ?? '');
  const k = quoted ? i - 2 : i - 1;
  const prev = view.tokens[k];
  if (!prev || prev.kind !== 'word') return false;
  // "Командир корабля Юрий Маленченко": in Russian a craft's name is quoted
  if (prev.cyrillic) return quoted && craftLemmas.has(view.lemma(k));
  return craftNouns.has(prev.text.toLowerCase());
}

/** "после «Дискавери» полетит «Атлантис»": a name the text gives a craft elsewhere, alone or quoted. */
export function isCraft(ctx: RuleContext, m: RawMention, crafts: ReadonlySet<string>): boolean {
  if (crafts.size === 0 || m.type === 'PER' || !crafts.has(ctx.view.lemma(m.start))) return false;
  return m.end - m.start === 1 || openQuotes.has(ctx.view.tokens[m.start - 1]?.text ?? '');
}

/** Film, music, press and sport awards, by the name the news gives them (folded: ё as е, ’ as '). */
const awards: ReadonlySet<string> = new Set([
  'oscar',
  'оскар',
  'grammy',
  'грэмми',
  'emmy',
  'эмми',
  'golden globe',
  'золотой глобус',
  'golden raspberry',
  'razzie',
  'золотой малина',
  'bafta',
  'booker',
  'букер',
  'ника',
  'тэффи',
  "palme d'or",
  'пальмовый ветвь',
  "ballon d'or",
  'золотой мяч',
  'золотой орел',
  'victoria cross',
  'george cross',
  'purple heart',
]);
const awardWords: ReadonlySet<string> = new Set(['award', 'awards', 'prize', 'премия']);

/** Words before an award's name that say it is one ("лауреат Оскара", "номинант Эмми"). */
const awardHolders: ReadonlySet<string> = new Set([
  'лауреат',
  'обладатель',
  'обладательница',
  'номинант',
  'номинантка',
  'церемония',
  'статуэтка',
]);

/**
 * "получил «Оскара»", "two Grammy Awards", "a Golden Globe": an award is no body and no person. A
 * name that is also a given name (Оскар, Ника) is the award only in quotes or read as a body.
 */
export function isAward(ctx: RuleContext, m: RawMention): boolean {
  if (m.entity) return false;
  const words = m.words.map(fold).filter((w) => !awardWords.has(w));
  const name = words.join(' ');
  // "награжден крестом Виктории": the cross named after the queen, the Victoria Cross
  const tokens = ctx.view.tokens;
  if (
    m.end - m.start === 1 &&
    fold(tokens[m.start]?.text ?? '').startsWith('виктори') &&
    ctx.view.lemma(m.start - 1) === 'крест'
  )
    return true;
  const singular = name.endsWith('s') && awards.has(name.slice(0, -1)) ? name.slice(0, -1) : name;
  if (!awards.has(singular)) return false;
  return (
    m.type !== 'PER' ||
    m.words.length > 1 ||
    openQuotes.has(ctx.view.tokens[m.start - 1]?.text ?? '') ||
    awardHolders.has(ctx.view.lemma(m.start - 1))
  );
}
