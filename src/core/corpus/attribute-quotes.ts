import type { Quote, Span, Speaker } from '../../shared/article';
import { isNotName, type PersonMention } from './find-people';
import type { QuoteSpan } from './find-quote-spans';
import { indexKey } from './index-key';
import { PeopleIndex } from './people-index';
import { roleOf } from './roles';

const enVerbs =
  'said|says|say|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|' +
  'claimed|claims|told|tells|explained|explains|stated|states|declared|declares|remarked|pointed out|' +
  'asked|asks|replied|replies|answered|continued|concluded|announced|believes|commented|insisted|' +
  'recalled|highlighted|admitted|warned|assured|acknowledged|observed|wrote|writes|urged|reiterated|' +
  'confirmed|suggested|argued|summed up|went on';
const ruVerbs =
  '(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|указал|заметил|констатировал|рассказал|' +
  'уточнил|напомнил|признал|резюмировал|ответил|продолжил|написал|выразил|заверил|призвал|поделил)' +
  '(?:а|и|ся|ась|ись)?|считает|говорит|деді|айтты|атап өтті|мәлімдеді';
const verbs = `(?:${enVerbs}|${ruVerbs})`;

/** "…,” said the Russian PM" / "«…», — заявил Токаев" */
const verbThenSpeaker = new RegExp(
  `^(?:,\\s*|\\s+)(?:[—–-]+\\s*)?${verbs}\\s+([^,.;:!?\\n«»“”]{1,100})`,
  'iu',
);
/** "…,” the President of Kazakhstan said" / "…” he said" */
const speakerThenVerb = new RegExp(
  `^(?:,\\s*|\\s+)(?:[—–-]+\\s*)?((?:[\\p{L}’'.-]+\\s+){1,8}?)${verbs}(?![\\p{L}])`,
  'iu',
);
/** "Tokayev said: “…" / "Токаев заявил: «…" / "According to X, “…" */
const speakerBefore = new RegExp(
  `((?:[\\p{L}’'.-]+\\s+){1,8}?)${verbs}(?:\\s+[\\p{Ll}’'-]+){0,3}\\s*[:,]\\s*$`,
  'iu',
);
const accordingTo = /(?:according to|по словам)\s+([^,.;:!?\n]{2,80}),\s*$/iu;

const pronouns = new Set(['he', 'she', 'он', 'она', 'ол']);
const minUnattributedWords = 8;

/**
 * Gives each quote its speaker. Names resolve to the fullest form the article gives; "he" and "she" to
 * the last speaker; descriptions ("the Tatar President") to the last person introduced with a role
 * that fits. Quotes with no reporting clause are kept only when long and standing on their own.
 */
export function attributeQuotes(
  text: string,
  spans: readonly QuoteSpan[],
  paragraphs: readonly Span[],
  mentions: readonly PersonMention[],
): Quote[] {
  const people = new PeopleIndex(mentions);
  const quotes: Quote[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastQuoteEnd = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const [paragraphStart, paragraphEnd] = paragraphs[span.paragraph] ?? [0, text.length];
    if (span.interviewSpeaker === undefined && namesSomething(text, span)) continue;
    const phrase = span.interviewSpeaker ?? attributionPhrase(text, span, paragraphStart, paragraphEnd);
    let speaker: Speaker | null = null;
    if (phrase !== null) {
      // A new subject counts for "he" only from the previous paragraph on: farther back, the last
      // speaker is the safer reading.
      const previousParagraph = paragraphs[span.paragraph - 1]?.[0] ?? paragraphStart;
      const since = Math.max(lastQuoteEnd, previousParagraph);
      speaker = resolveSpeaker(phrase, span.start, people, lastSpeaker, since);
    } else if (!standsAlone(text, span, paragraphStart) || wordCount(text, span) < minUnattributedWords) {
      continue;
    }
    if (speaker !== null) {
      lastSpeaker = speaker;
      lastQuoteEnd = span.close;
    }
    quotes.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), speaker });
  }
  return quotes;
}

function attributionPhrase(
  text: string,
  span: QuoteSpan,
  paragraphStart: number,
  paragraphEnd: number,
): string | null {
  const after = text.slice(span.close, Math.min(paragraphEnd, span.close + 160));
  const verbFirst = verbThenSpeaker.exec(after)?.[1];
  const afterPhrase = verbFirst === undefined ? speakerThenVerb.exec(after)?.[1] : speakerWords(verbFirst);
  if (afterPhrase !== undefined && plausibleSpeaker(afterPhrase)) return afterPhrase;
  const before = text.slice(Math.max(paragraphStart, span.open - 200), span.open);
  const clause = before.split(/[.!?…»”]\s+/).pop() ?? '';
  // Both patterns need the clause to end in a colon or comma; testing that first keeps the costly
  // verb pattern off most quotes.
  if (!/[:,]\s*$/.test(clause)) return null;
  const beforeMatch = accordingTo.exec(clause) ?? speakerBefore.exec(clause);
  const phrase = beforeMatch?.[1]?.split(/,\s*/).pop();
  return phrase !== undefined && plausibleSpeaker(phrase) ? phrase : null;
}

/** Words that start an adverbial, not a speaker: "— сказал в этой беседе Андрей", "said at the meeting". */
const prepositions = new Set(
  'в во на с со по при после до для из о об к у за перед через in at on during after before with to from by via'.split(
    ' ',
  ),
);

/**
 * The speaker part of a reporting clause: its words up to an adverbial. When the clause opens with one
 * and ends in a name ("сказал в этой беседе Андрей"), the name is the speaker.
 */
function speakerWords(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const cut = words.findIndex((word) => prepositions.has(word.toLowerCase()));
  if (cut < 0) return words.join(' ');
  if (cut > 0) return words.slice(0, cut).join(' ');
  const last = words[words.length - 1] ?? '';
  return words.length <= 6 && isNameWord(last) ? last : '';
}

/** A pronoun, a name or an office: "the interlocutors noted" or "sources say" name nobody. */
function plausibleSpeaker(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (phrase.trim() === '') return false;
  if (words.length === 1 && pronouns.has((words[0] ?? '').toLowerCase())) return true;
  return nameIn(phrase) !== null || roleOf(phrase) !== null;
}

/** The trailing run of name words in a phrase: "Президент Республики Казахстан Касым-Жомарт Токаев" → the name. */
function nameIn(phrase: string): string | null {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  let end = words.length;
  while (end > 0 && !isNameWord(words[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && isNameWord(words[start - 1] ?? '')) start--;
  return end > start ? words.slice(start, end).join(' ') : null;
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !isNotName(word);
}

function resolveSpeaker(
  phrase: string,
  at: number,
  people: PeopleIndex,
  lastSpeaker: Speaker | null,
  subjectSince: number,
): Speaker | null {
  const words = phrase.trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  if (pronouns.has(first) && words.length <= 2) {
    // "he" is the last speaker, unless the text has since made someone else the subject of a
    // sentence ("Trump took a more optimistic view. “…,” he said.").
    const subject = people.lastSubject(subjectSince, at);
    if (subject !== null) return { name: subject };
    if (lastSpeaker !== null) return lastSpeaker;
    const previous = people.lastBefore(at);
    return previous === null ? null : { name: previous };
  }
  const name = nameIn(phrase);
  if (name !== null) {
    const surname = indexKey(name.split(/\s+/).pop() ?? name);
    if (namesSomeoneElse(phrase, name, surname, people)) return null;
    return {
      name: people.fullestName(surname) ?? (name.includes(' ') ? null : people.byGivenName(name)) ?? name,
    };
  }
  const description = roleOf(phrase);
  const fitting = description === null ? null : people.lastFitting(description, at);
  return fitting === null ? null : { name: fitting };
}

/**
 * "a spokesman for Obama", "представитель Обамы": the name is a complement and the speaker someone
 * unnamed. In Russian the complement shows in the case: a lone surname in another form than the one the
 * article introduced the person with.
 */
function namesSomeoneElse(phrase: string, name: string, surname: string, people: PeopleIndex): boolean {
  const before = phrase.slice(0, phrase.lastIndexOf(name)).trim().split(/\s+/).pop() ?? '';
  if (/^(?:of|for|to)$/i.test(before)) return true;
  // Only a noun before the name can govern its case; a name standing alone is the subject.
  return before !== '' && !name.includes(' ') && /[а-яё]/.test(surname) && people.inOtherCase(surname);
}

function standsAlone(text: string, span: QuoteSpan, paragraphStart: number): boolean {
  return (
    span.open === paragraphStart ||
    /:\s*$/.test(text.slice(Math.max(paragraphStart, span.open - 3), span.open))
  );
}

/** «Голосу Америки», “Innoprom”: a few capitalised words in quotes name a thing; nobody says them. */
function namesSomething(text: string, span: QuoteSpan): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

function wordCount(text: string, span: QuoteSpan): number {
  return text.slice(span.start, span.end).match(/\p{L}+/gu)?.length ?? 0;
}
