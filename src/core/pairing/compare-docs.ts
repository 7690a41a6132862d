import { lengthFit } from '../align/length-fit';
import { expectedRatio } from '../align/length-model';
import { dayDistance, fuller } from './dates';
import { wordKeys } from './name-keys';
import { surnameKey } from './doc-features';
import { figureKey, type PairingDoc, type PairingQuote } from './pairing-doc';
import { dateLabel, figureLabel } from './reasons';
import { wordTranslator } from './word-translations';
import type { PairReason } from '../../shared/pairing';

/** An article as the index holds it: its features with their kind weights, and its norm under the current IDF. */
export interface DocVector {
  readonly doc: PairingDoc;
  readonly features: ReadonlyMap<string, number>;
  readonly norm: number;
}

/** Everything the ranking and the story grouping weigh about one pair of articles. */
export interface PairEvidence {
  /** 0..1: IDF-weighted cosine of the features plus date, title and quote terms. */
  readonly score: number;
  readonly cosine: number;
  /** Days between the stated dates; null when either is unknown. */
  readonly days: number | null;
  /** Shared money, percentages and counts (dates excluded). */
  readonly figures: number;
  /** Quotations both articles report (same speaker or the same figures and names inside). */
  readonly quotes: number;
  /** Shared people and organisations. */
  readonly parties: number;
  /** Dice coefficient of the titles' keys; 0 when either has no title. */
  readonly title: number;
  /** How well the sentence lengths fit a translation (`lengthFit`): about 1.2 for translations. */
  readonly structure: number;
  readonly reasons: readonly PairReason[];
}

const maxReasons = 8;
/** A few shared words happen between any two texts; a reason needs more. */
const minSharedWords = 3;
const wordsShown = 3;

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  const shared = b.filter((k) => set.has(k)).length;
  return (2 * shared) / (a.length + b.length);
}

/**
 * Quotations two articles both report. Names alone are not enough (one speaker names the same partners
 * on every visit): a shared figure is, or most of the names when the speaker is the same.
 */
function quoteMatches(a: readonly PairingQuote[], b: readonly PairingQuote[]): PairingQuote[] {
  const matched: PairingQuote[] = [];
  for (const qa of a) {
    const keys = new Set(qa.keys);
    const hit = b.some((qb) => {
      const shared = qb.keys.filter((k) => keys.has(k));
      const sameSpeaker = qa.speaker !== null && qa.speaker === qb.speaker;
      const open = qa.speaker === null || qb.speaker === null || sameSpeaker;
      if (open && shared.some((k) => !k.startsWith('~'))) return true;
      const smaller = Math.min(qa.keys.length, qb.keys.length);
      return sameSpeaker && shared.length >= 3 && shared.length * 2 >= smaller;
    });
    if (hit) matched.push(qa);
  }
  return matched;
}

function dateTerm(days: number | null): number {
  if (days === null) return 0;
  if (days === 0) return 0.05;
  if (days <= 3) return 0.03;
  return days > 30 ? -0.05 : 0;
}

/** 0..1 and still ordered near the top: near-identical articles keep their date and length terms. */
function softCap(raw: number): number {
  if (raw <= 0) return 0;
  return raw <= 0.9 ? raw : 0.9 + 0.1 * Math.tanh((raw - 0.9) / 0.1);
}

/**
 * A translation is the best counterpart there is: sentence lengths that fit one (see `lengthFit`)
 * add up to 0.25, less for documents of a few sentences, whose lengths fit by chance more often.
 */
function structureTerm(fit: number, sentences: number): number {
  const likeness = Math.min(1, Math.max(0, (fit - 0.4) / 0.6));
  return 0.25 * likeness * Math.min(1, sentences / 8);
}

/** Prefers the English spelling, then a person's surname alone, as people cite them. */
function entityLabel(a: PairingDoc, b: PairingDoc, id: string): PairReason | null {
  const ea = a.entities.find((e) => e.id === id);
  const eb = b.entities.find((e) => e.id === id);
  const e = b.lang === 'en' && eb ? eb : (ea ?? eb);
  // the wire service both cite is not news they share
  if (!e || ea?.source === true || eb?.source === true) return null;
  const full = e.name.en ?? e.name.ru ?? id;
  const label = e.type === 'PER' ? (full.trim().split(/\s+/u).at(-1) ?? full) : full;
  return { kind: 'entity', label, id, name: e.name };
}

function nameLabel(a: PairingDoc, b: PairingDoc, key: string): string | null {
  const latin = (d: PairingDoc) => d.names.find((n) => n.key === key && !/[\u0400-\u04ff]/u.test(n.word));
  const any = (d: PairingDoc) => d.names.find((n) => n.key === key);
  return (latin(b) ?? latin(a) ?? any(a) ?? any(b))?.word ?? null;
}

/** A speaker as people cite them: the surname of the person entity behind the key, else the name given. */
function speakerLabel(a: PairingDoc, b: PairingDoc, speaker: string): string | null {
  const key = speaker.startsWith('~') ? speaker.slice(1) : null;
  for (const d of [b, a]) {
    const e = d.entities.find(
      (x) => x.id === speaker || (key !== null && x.type === 'PER' && surnameKey(x.id, x.name.en) === key),
    );
    if (e) {
      const r = entityLabel(a, b, e.id);
      if (r) return r.label;
    }
  }
  return [...a.quotes, ...b.quotes].find((x) => x.speaker === speaker)?.speakerName ?? null;
}

function figureReason(a: PairingDoc, key: string): PairReason | null {
  const f = a.figures.find((x) => `f:${figureKey(x)}` === key) ?? null;
  const [, type, ...rest] = key.split(':');
  const raw = rest.join(':');
  if (type === 'DATE') return { kind: 'date', label: dateLabel(raw), value: raw };
  if (type !== 'MONEY' && type !== 'PERCENT' && type !== 'NUMBER') return null;
  const value = Number(raw);
  const currency = f?.currency;
  return {
    kind: 'figure',
    label: figureLabel(type, value, currency),
    type,
    value,
    ...(currency ? { currency } : {}),
  };
}

function reasonFor(a: PairingDoc, b: PairingDoc, key: string): PairReason | null {
  const body = key.slice(2);
  switch (key.charAt(0)) {
    case 'e':
      return entityLabel(a, b, body);
    case 'f':
      return figureReason(a, key);
    case 's':
    case 'n': {
      const label = nameLabel(a, b, body);
      return label === null ? null : { kind: 'name', label };
    }
    case 'q': {
      const label = speakerLabel(a, b, body);
      return label === null ? null : { kind: 'speaker', label };
    }
    default:
      return null;
  }
}

function isCommon(a: PairingDoc, b: PairingDoc, key: string): boolean {
  return [a, b].some((d) => d.names.some((n) => n.key === key && n.common));
}

/** Reasons, strongest first, without saying one name twice (Tokayev as an entity and as a word). */
function buildReasons(
  a: PairingDoc,
  b: PairingDoc,
  shared: readonly (readonly [string, number])[],
  days: number | null,
  quotes: readonly PairingQuote[],
): PairReason[] {
  const reasons: PairReason[] = [];
  const said = new Set<string>();
  const keysOf = (text: string) => text.split(/[\s-]+/u).flatMap(wordKeys);
  const sayOnce = (r: PairReason | null) => {
    if (r === null) return;
    const keys = r.kind === 'figure' || r.kind === 'date' ? [`#${r.label}`] : keysOf(r.label);
    if (keys.length > 0 && keys.every((k) => said.has(k))) return;
    for (const k of keys) said.add(k);
    // a person's given name is said with the surname
    if (r.kind === 'entity')
      for (const n of [r.name.en, r.name.ru]) if (n) for (const k of keysOf(n)) said.add(k);
    reasons.push(r);
  };
  const ordered = [...shared].sort((x, y) => y[1] - x[1]);
  // weak shared words (a capitalised "Forum") would drown the names that matter
  const floor = 0.2 * (ordered[0]?.[1] ?? 0);
  let words = 0;
  for (const [key] of ordered)
    if (key.startsWith('e:') || key.startsWith('f:')) sayOnce(reasonFor(a, b, key));
  if (days === 0 && a.date !== null && b.date !== null) {
    const value = fuller(a.date, b.date);
    sayOnce({ kind: 'date', label: dateLabel(value), value });
  }
  const quoted = new Set<string>();
  for (const q of quotes) {
    const label = q.speaker === null ? null : speakerLabel(a, b, q.speaker);
    if (label !== null && !quoted.has(label)) reasons.push({ kind: 'quote', label });
    if (label !== null) quoted.add(label);
  }
  const speakers = new Set([...quoted].flatMap((l) => l.split(/[\s-]+/u).flatMap(wordKeys)));
  for (const [key, weight] of ordered) {
    if (key.startsWith('e:') || key.startsWith('f:')) continue;
    if (key.startsWith('q:') && speakers.has(key.replace(/^q:~?/u, ''))) continue;
    if (key.startsWith('n:') && (isCommon(a, b, key.slice(2)) || weight < floor || words >= 3)) continue;
    const before = reasons.length;
    sayOnce(reasonFor(a, b, key));
    if (key.startsWith('n:') && reasons.length > before) words++;
  }
  const vocabulary = ordered.filter(([key]) => key.startsWith('w:'));
  if (vocabulary.length >= minSharedWords) {
    const translator = wordTranslator();
    const label = vocabulary
      .slice(0, wordsShown)
      .map(([key]) => translator.wordOf(key.slice(2)) ?? key.slice(2))
      .join(', ');
    reasons.splice(Math.min(reasons.length, maxReasons - 1), 0, {
      kind: 'words',
      label,
      count: vocabulary.length,
    });
  }
  return reasons.slice(0, maxReasons);
}

/** Corpus statistics the comparison weighs features by. */
export interface CorpusStats {
  /** Articles in the corpus. */
  readonly size: number;
  /** Articles holding the feature. */
  df(key: string): number;
  idf(key: string): number;
}

/** A figure counts as evidence of one event only when few articles state it. */
const rareFigure = (stats: CorpusStats, key: string) => stats.df(key) <= Math.max(3, stats.size * 0.01);

/** What a comparison may skip when the index only needs to order candidates. */
export interface CompareOptions {
  /** Fit the sentence lengths of articles in two languages (default true): a small alignment. */
  readonly structure?: boolean;
  /** Build the reasons (default true). */
  readonly reasons?: boolean;
}

/** Compares two articles: the index calls it only for the candidates its postings found. */
export function compareDocs(
  a: DocVector,
  b: DocVector,
  stats: CorpusStats,
  options: CompareOptions = {},
): PairEvidence {
  const [small, large] = a.features.size <= b.features.size ? [a, b] : [b, a];
  const shared: [string, number][] = [];
  let dot = 0;
  for (const [key, w] of small.features) {
    const other = large.features.get(key);
    if (other === undefined) continue;
    const i = stats.idf(key);
    const c = w * other * i * i;
    dot += c;
    shared.push([key, c]);
  }
  const cosine = a.norm > 0 && b.norm > 0 ? Math.min(1, dot / (a.norm * b.norm)) : 0;
  const days = dayDistance(a.doc.date, b.doc.date);
  const quotes = quoteMatches(a.doc.quotes, b.doc.quotes);
  const title = dice(a.doc.titleKeys, b.doc.titleKeys);
  const figures = shared.filter(
    ([k]) => k.startsWith('f:') && !k.startsWith('f:DATE') && rareFigure(stats, k),
  ).length;
  const parties = shared.filter(([k]) => {
    if (!k.startsWith('e:')) return false;
    const e = a.doc.entities.find((x) => `e:${x.id}` === k);
    return e !== undefined && e.type !== 'LOC';
  }).length;
  // a report in the same language is never a translation, and its lengths may fit by chance
  const structure =
    a.doc.lang === b.doc.lang || options.structure === false
      ? 0
      : lengthFit(
          a.doc.sentences.map(([s, e]) => e - s),
          b.doc.sentences.map(([s, e]) => e - s),
          expectedRatio(a.doc.lang, b.doc.lang),
        );
  const raw =
    cosine +
    dateTerm(days) +
    0.1 * title +
    Math.min(0.1, 0.05 * quotes.length) +
    structureTerm(structure, a.doc.sentences.length + b.doc.sentences.length);
  return {
    score: softCap(raw),
    cosine,
    days,
    figures,
    quotes: quotes.length,
    parties,
    title,
    structure,
    reasons: options.reasons === false ? [] : buildReasons(a.doc, b.doc, shared, days, quotes),
  };
}
