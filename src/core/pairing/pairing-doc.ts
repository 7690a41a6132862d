import type { ArticleLang, Quote, Span } from '../../shared/article';
import type { Annotations, Currency, EntityName, FigureType, MentionType } from '../../shared/entities';
import { capitalisedKeys, cognateKeys, wordKeys } from './name-keys';
import { wordTranslator } from './word-translations';

/**
 * What pairing and story grouping read of an article: plain features, whatever produced them. Plain,
 * structured-clone-safe data, so documents can be built in a worker and ranked elsewhere.
 */
export interface PairingDoc {
  readonly id: string;
  readonly lang: ArticleLang;
  /** ISO `YYYY-MM-DD`, or `--MM-DD` when the year is not stated. */
  readonly date: string | null;
  readonly title: string | null;
  /** Characters of text: translations have comparable lengths. */
  readonly length: number;
  readonly sentences: readonly Span[];
  readonly entities: readonly PairingEntity[];
  readonly figures: readonly PairingFigure[];
  /** Keys of capitalised words, with counts and a spelling: names the annotator did not link still match. */
  readonly names: readonly PairingName[];
  /** Consonant prefixes of longer words with their counts: translations share borrowed vocabulary. */
  readonly cognates: readonly (readonly [key: string, count: number])[];
  /**
   * English stems of ordinary words with their counts, read through the bilingual dictionary from a
   * Russian text: a translation shares its original's vocabulary when it shares no name or figure.
   */
  readonly words: readonly (readonly [key: string, count: number])[];
  /** Keys of the title's words (skeletons of names, numbers, word prefixes). */
  readonly titleKeys: readonly string[];
  readonly quotes: readonly PairingQuote[];
}

export interface PairingEntity {
  readonly id: string;
  readonly count: number;
  readonly type: MentionType;
  readonly name: EntityName;
  /** Named only as the outlet or the source it cites ("Kazinform cites the Akorda press service"). */
  readonly source?: boolean;
}

export interface PairingName {
  readonly key: string;
  readonly count: number;
  /** One spelling of the word as the text has it. */
  readonly word: string;
  /** The text also writes the word in lower case ("President" and "the president"): not a name. */
  readonly common: boolean;
}

export interface PairingFigure {
  readonly type: FigureType;
  /** A number for money, percentages and counts; an ISO date string for dates. */
  readonly value: number | string;
  readonly text: string;
  readonly currency?: Currency;
}

export interface PairingQuote {
  /** A script-independent key of the speaker (entity id or surname skeleton); null when unattributed. */
  readonly speaker: string | null;
  /** The speaker as written, for reasons shown to people. */
  readonly speakerName: string | null;
  /** Figure and name keys inside the quotation: two reports of one quote share them across languages. */
  readonly keys: readonly string[];
}

/** What a PairingDoc is built from: a parsed article and, when there are any, its annotations. */
export interface PairingSource {
  readonly id: string;
  readonly lang: ArticleLang;
  readonly date: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly quotes: readonly Quote[];
  /** The outlet and the source it cites, when the parser found them. */
  readonly outlet?: string | null;
  readonly cites?: string | null;
}

/** The index key of a figure: equal values match whatever the wording or the language. */
export function figureKey(f: { readonly type: FigureType; readonly value: number | string }): string {
  const value = typeof f.value === 'number' ? String(Math.round(f.value * 1000) / 1000) : f.value;
  return `${f.type}:${value}`;
}

/**
 * Counts below 10 repeat everywhere ("two sides"): they identify nothing. Years stay: rarity weighs
 * them, so "in 2021" counts little in a corpus of 2021 news and "in 1963" much.
 */
export function isTellingFigure(f: PairingFigure): boolean {
  if (f.type === 'NUMBER') return typeof f.value === 'number' && f.value >= 10;
  return true;
}

/** The speaker key: a linked id, else the skeleton of the last word of the name. */
export function speakerKey(speaker: Quote['speaker']): string | null {
  if (!speaker) return null;
  if (speaker.id) return speaker.id;
  const last = speaker.name.trim().split(/\s+/u).at(-1) ?? '';
  const keys = wordKeys(last);
  return keys.length > 0 ? `~${keys.at(-1)}` : null;
}

function titleKeysOf(title: string | null): string[] {
  if (!title) return [];
  const keys = new Set<string>();
  for (const m of title.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const word = m[0];
    if (/^\p{N}/u.test(word)) keys.add(`#${word}`);
    else if (word.length >= 4 || word !== word.toLowerCase()) {
      for (const k of wordKeys(word)) keys.add(`~${k}`);
      // same-language titles also share ordinary words; five letters stand in for a stem
      keys.add(word.toLowerCase().slice(0, 5));
    }
  }
  return [...keys];
}

function namesOf(text: string, sentences: readonly Span[]): PairingName[] {
  const lower = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu)) lower.add(m[0]);
  return [...capitalisedKeys(text, sentences)].map(([key, { count, word }]) => ({
    key,
    count,
    word,
    common: lower.has(word.toLowerCase()),
  }));
}

/** Builds the features of one article from its parse and (optionally) its entity annotations. */
export function pairingDocFrom(source: PairingSource, annotations?: Annotations): PairingDoc {
  const entities = new Map<
    string,
    { id: string; count: number; type: MentionType; name: EntityName; source: boolean }
  >();
  // two reports from one wire service share its name, which says nothing about what they report
  for (const m of annotations?.mentions ?? []) {
    const isSource = m.text === source.outlet || (source.cites?.startsWith(m.text) ?? false);
    const e = entities.get(m.id);
    if (e) {
      e.count++;
      e.source &&= isSource;
    } else entities.set(m.id, { id: m.id, count: 1, type: m.type, name: m.name, source: isSource });
  }
  const figures: PairingFigure[] = (annotations?.figures ?? []).map((f) => ({
    type: f.type,
    value: f.value,
    text: f.text,
    ...(f.currency ? { currency: f.currency } : {}),
  }));
  const quotes: PairingQuote[] = source.quotes.map((q) => {
    const keys = new Set<string>();
    for (const f of figures) if (isTellingFigure(f) && q.text.includes(f.text)) keys.add(figureKey(f));
    for (const k of capitalisedKeys(q.text, []).keys()) keys.add(`~${k}`);
    return { speaker: speakerKey(q.speaker), speakerName: q.speaker?.name ?? null, keys: [...keys] };
  });
  return {
    id: source.id,
    lang: source.lang,
    date: source.date,
    title: source.title,
    length: source.text.length,
    sentences: source.sentences,
    entities: [...entities.values()].map(({ source: s, ...e }) => (s ? { ...e, source: true } : e)),
    figures,
    names: namesOf(source.text, source.sentences),
    cognates: [...cognateKeys(source.text)],
    words: [...wordTranslator().keys(source.text, source.lang)],
    titleKeys: titleKeysOf(source.title),
    quotes,
  };
}
