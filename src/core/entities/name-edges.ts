/** Where a name found whole ends and starts: a company's legal form left out, a republic or initials taken in. */
import { companyForms } from './cue-words';
import type { GazetteerMatch } from './gazetteer';
import { namesOf, type KbEntity } from './kb-schema';
import { speechVerbs } from './english-words';
import { compass } from './nested';
import type { RawMention, RuleContext } from './raw-mention';
import { isHyphenedArticle, latinArabicArticles } from './name-particles';
import { capitalised, fold } from './text-keys';
import { isInitialLetter, writtenText } from './tokenize';
import type { RecognizerView } from './token-view';

/** "Tatneft PJSC" → "Tatneft": the legal form is no part of the name, as for names found by rule. */
export function trimLegalForm(
  view: RecognizerView,
  start: number,
  m: GazetteerMatch | null,
): GazetteerMatch | null {
  if (!m || m.length < 2) return m;
  const last = view.tokens[start + m.length - 1];
  // ("Терскей Ала-Тоо": a word hyphenated into the name is the name's own)
  const form = !!last && companyForms.has(fold(last.text)) && view.tokens[start + m.length - 2]?.text !== '-';
  return form ? { ...m, length: m.length - 1 } : m;
}

/** A state's form before its name: "Республика", "Королевство Эсватини", "Государства Катар". */
export const stateForms: ReadonlySet<string> = new Set([
  'республика',
  'королевство',
  'княжество',
  'султанат',
  'эмират',
  'государство',
]);

/** The same forms in English, before "of" and the state's name ("Kingdom of Bahrain"). */
export const englishStateForms: ReadonlySet<string> = new Set([
  'republic',
  'kingdom',
  'principality',
  'sultanate',
  'emirate',
]);

/** "Республики Казахстан", "Republic of Kazakhstan"; initials before a surname ("М. В. Мишустин"). */
export function extendLeft(view: RecognizerView, start: number, type: string): number {
  const { tokens } = view;
  let s = start;
  if (type === 'LOC') {
    if (tokens[s - 1]?.cap && stateForms.has(view.lemma(s - 1))) return s - 1;
    // "Южная Корея", "South Sudan": a point of the compass before a known place is part of its name
    if (tokens[s - 1]?.cap && !tokens[s]?.lineBefore && compass.has(view.lemma(s - 1))) return s - 1;
    // "Republic of Kazakhstan", "State of Texas", "Kingdom of Bahrain"
    const of = tokens[s - 1]?.text === 'of' && tokens[s - 2]?.cap;
    const form = fold(tokens[s - 2]?.text ?? '');
    if (of && (form === 'state' || englishStateForms.has(form))) return s - 2;
  }
  if (type === 'PER') {
    // (not a unit glued to a number: "38C. Zhanar Tuleuova")
    const initial = (k: number) =>
      tokens[k]?.cap &&
      isInitialLetter(tokens[k]?.text ?? '') &&
      !(tokens[k - 1]?.kind === 'num' && !tokens[k]?.spaceBefore);
    while (tokens[s - 1]?.text === '.' && initial(s - 2)) s -= 2;
    // ("халифу аль-Багдади", "to al-Baghdadi": an Arab name's article in lower case, hyphenated before it)
    const article = tokens[s - 2];
    const glued = tokens[s - 1]?.text === '-' && !tokens[s - 1]?.spaceBefore && !tokens[s]?.spaceBefore;
    const arabic = isHyphenedArticle(article?.text ?? '') || latinArabicArticles.has(article?.text ?? '');
    if (glued && article?.kind === 'word' && !article.cap && arabic) s -= 2;
  }
  return s;
}

/** English words for a country's regions and districts, in the plural, after a list of their names. */
const regionWords: ReadonlyMap<string, string> = new Map([
  ['regions', 'Region'],
  ['oblasts', 'Region'],
  ['provinces', 'Province'],
  ['krais', 'Krai'],
  ['districts', 'District'],
]);

/**
 * "the Kostanay and East Kazakhstan regions", "the Akmola, Kostanay and Pavlodar regions", "the Altai
 * and Perm krais", "the Kochkor, Naryn and At-Bashy districts": a place in a list of names that a
 * plural word for regions ends is the region named with it ("Kostanay Region"), not the city of that
 * name; null when the words after `end` are no such list or the knowledge base holds no such region.
 */
export function regionOfList(ctx: RuleContext, start: number, end: number): KbEntity | null {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText) return null;
  for (let k = end; k <= end + 8; k++) {
    const t = tokens[k];
    if (!t || (k > end && t.lineBefore)) return null;
    const word = regionWords.get(t.text);
    if (word) {
      const region = ctx.gazetteer.byFullName(`${writtenText(tokens, start, end)} ${word}`);
      return region?.type === 'LOC' ? region : null;
    }
    if (!t.cap && !['and', ',', '-'].includes(t.text)) return null;
  }
  return null;
}

/**
 * "the Almaty and Zhambyl regions": capitalised words at `i` that the knowledge base knows only with
 * the list's region word after them ("Zhambyl Region"); null when they are no such item.
 */
export function unknownRegionOfList(ctx: RuleContext, i: number): RawMention | null {
  const { tokens } = ctx.view;
  if (ctx.cyrillicText) return null;
  // ("At-Bashy": a hyphen joins a name's words)
  for (let end = i + 1; end <= i + 5; end++) {
    const last = tokens[end - 1];
    if (last?.text === '-' && !last.spaceBefore && end > i + 1) continue;
    if (!last?.cap || last.kind !== 'word') return null;
    const region = regionOfList(ctx, i, end);
    if (region) return { start: i, end, type: 'LOC', entity: region, words: [] };
  }
  return null;
}

/** English words of an amount that a company's name is spelled as too ("Total", TotalEnergies). */
const amountWords: ReadonlySet<string> = new Set(['total']);

/**
 * "Total trade turnover reached $1 billion": a known one-word name that is a word of an amount, opening
 * a sentence before a word in lower case, is that word, unless the text writes it capitalised
 * mid-sentence too ("… operated by Total. Total plans …") or a verb of speech follows ("Total said").
 */
function amountOpening(ctx: RuleContext, i: number, m: GazetteerMatch): boolean {
  const t = ctx.view.tokens[i];
  const next = ctx.view.tokens[i + 1];
  const low = t?.text.toLowerCase() ?? '';
  return (
    !ctx.cyrillicText &&
    m.length === 1 &&
    !!t?.sentenceStart &&
    amountWords.has(low) &&
    next?.kind === 'word' &&
    !next.cap &&
    !speechVerbs.has(next.text) &&
    !ctx.midSentenceCaps.has(low)
  );
}

/**
 * The known name at `i`, its legal form left out (trimLegalForm); a known person matched by an alias
 * that opens with a title ("King Salman"), where the same person's longer name starts after the
 * title's word and goes on beyond the alias, is named by that longer name ("King Salman bin Abdulaziz
 * Al Saud").
 */
export function knownNameAt(ctx: RuleContext, i: number): GazetteerMatch | null {
  const m = trimLegalForm(ctx.view, i, ctx.gazetteer.match(ctx.view, i, ctx.seen));
  if (m && amountOpening(ctx, i, m)) return null;
  // "The Caspian Pipeline Consortium": an alias with its article ("the Caspian") gives way to a longer
  // name after the article
  if (m && ctx.view.tokens[i]?.text === 'The') {
    const after = ctx.gazetteer.match(ctx.view, i + 1, ctx.seen);
    if (after && 1 + after.length > m.length) return null;
  }
  // "Трасса Алматы – Астана открыта": a case form of a known person's surname alone ("Трасс") that is a
  // common word the dictionary reads first, opening a sentence, is that word, unless the text named
  // them before (not "Трамп", the surname as written)
  const t = ctx.view.tokens[i];
  if (
    m?.entity.type === 'PER' &&
    m.length === 1 &&
    t?.sentenceStart &&
    t.cyrillic &&
    ctx.view.flags(i).common &&
    !ctx.seen.has(m.entity.id) &&
    !namesOf(m.entity).some((name) => name.split(' ').some((w) => fold(w) === fold(t.text)))
  )
    return null;
  if (!m || m.length < 2 || m.entity.type !== 'PER') return m;
  const inner = ctx.gazetteer.match(ctx.view, i + 1, ctx.seen);
  return inner?.entity === m.entity && 1 + inner.length > m.length ? { ...m, length: 1 + inner.length } : m;
}

/**
 * A person's name with the initials before it ("М. В. Мишустин"), and with the given name before those,
 * found alone just before ("Дионисио А. Линд", "Майкл Дж. Фокс"): one unknown person, not two. The given
 * name's mention leaves `out` and the name takes its place.
 */
export function withInitials(out: RawMention[], view: RecognizerView, r: RawMention): RawMention {
  const start = extendLeft(view, r.start, 'PER');
  if (start === r.start || r.entity || r.words.length !== 1) return { ...r, start };
  const before = out.at(-1);
  if (before?.end === start) {
    if (before.type !== 'PER' || before.entity || before.end - before.start !== 1) return { ...r, start };
    out.pop();
    return { ...r, start: before.start, words: [...before.words, ...r.words] };
  }
  // ("Майкл Дж. Смит звонит.": a given name that opens a sentence was no mention of its own)
  const opening = view.tokens[start - 1];
  if (opening?.sentenceStart && opening.cyrillic && opening.cap && view.flags(start - 1).name)
    return { ...r, start: start - 1, words: [capitalised(view.lemma(start - 1)), ...r.words] };
  return { ...r, start };
}
