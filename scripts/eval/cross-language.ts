/**
 * Whether a name read in an English text and in its Russian translation gets one id, and a figure one
 * value: the reader's cross-language highlight and the pairing of reports rest on it. Each document is
 * annotated whole in both languages, as the app reads an article, and the ids of persons,
 * organisations and places are compared segment by segment (segment i translates segment i). No one
 * marked the names, so an id found on one side only may be a recognition miss, a name the translator
 * left out, or a link that failed; agreement (the Dice coefficient of the two sides' ids) is a floor,
 * and its changes are what it is for. Figures are compared by value (`figureKey`), so "$3-5 billion"
 * and "3–5 млрд долларов" agree only when both ends are read as sums; a number one side spells out
 * ("two") is missing from it.
 */
import type { Annotator } from '../../src/core/entities/annotator';
import { figureKey } from '../../src/core/pairing/pairing-doc';
import type { ParallelDoc } from './parallel-data';

type Side = 'en' | 'ru';
const names = ['PER', 'ORG', 'LOC'] as const;
const figureTypes = ['MONEY', 'PERCENT', 'DATE', 'NUMBER'] as const;
const types = [...names, ...figureTypes] as const;
type Compared = (typeof types)[number];
type Counts = { both: number; en: number; ru: number };

export interface Agreement {
  /**
   * Per type: ids (figure values) found in both sides of a segment, in the English side only, in the
   * Russian side only.
   */
  readonly counts: Record<Compared, Counts>;
}

type Found = { readonly type: Compared; readonly text: string };

/**
 * The ids and figure values an annotated document has in each of its segments, with their types and
 * the text of each one's first mention.
 */
function idsBySegment(annotator: Annotator, segments: readonly string[], lang: Side): Map<string, Found>[] {
  const separator = '\n\n';
  const text = segments.join(separator);
  const starts: number[] = [];
  let at = 0;
  for (const s of segments) {
    starts.push(at);
    at += s.length + separator.length;
  }
  const out = segments.map(() => new Map<string, Found>());
  const { mentions, figures } = annotator.annotate(text, lang);
  const found = [
    ...mentions.flatMap((m) =>
      m.type === 'EVENT' ? [] : [{ start: m.start, key: m.id, type: m.type, text: m.text }],
    ),
    ...figures.map((f) => ({ start: f.start, key: figureKey(f), type: f.type, text: f.text })),
  ].sort((a, b) => a.start - b.start);
  let segment = 0;
  for (const { start, key, type, text: said } of found) {
    while (segment + 1 < starts.length && (starts[segment + 1] ?? Infinity) <= start) segment++;
    const keys = out[segment];
    if (keys && !keys.has(key)) keys.set(key, { type, text: said });
  }
  return out;
}

/** Both sides of every segment of every document, annotated. */
function* segmentPairs(annotator: Annotator, docs: readonly ParallelDoc[]) {
  for (const doc of docs) {
    const en = idsBySegment(annotator, doc.en, 'en');
    const ru = idsBySegment(annotator, doc.ru, 'ru');
    for (const [i, enIds] of en.entries()) {
      yield { doc: doc.id, segment: i, en: enIds, ru: ru[i] ?? new Map<string, Found>() };
    }
  }
}

export function crossLanguageAgreement(annotator: Annotator, docs: readonly ParallelDoc[]): Agreement {
  const counts = Object.fromEntries(types.map((t) => [t, { both: 0, en: 0, ru: 0 }])) as Agreement['counts'];
  for (const { en, ru } of segmentPairs(annotator, docs)) {
    for (const [id, { type }] of en) counts[type][ru.has(id) ? 'both' : 'en']++;
    for (const [id, { type }] of ru) if (!en.has(id)) counts[type].ru++;
  }
  return { counts };
}

/**
 * `--list TYPE`: one line per segment whose two sides disagree on an id (a value) of that type, the
 * English side's own ones, then the Russian side's, each as its first mention's text and its id. Most
 * of what the sound key and the knowledge base learnt from NTREX was found by reading this list.
 */
export function* disagreements(
  annotator: Annotator,
  docs: readonly ParallelDoc[],
  type: string,
): Generator<string> {
  const own = (side: Map<string, Found>, other: Map<string, Found>) =>
    [...side]
      .filter(([id, f]) => f.type === type && !other.has(id))
      .map(([id, f]) => `${f.text} = ${id}`)
      .join('; ');
  for (const { doc, segment, en, ru } of segmentPairs(annotator, docs)) {
    const enOnly = own(en, ru);
    const ruOnly = own(ru, en);
    if (enOnly || ruOnly) yield `${doc}#${segment}\tEN ${enOnly}\tRU ${ruOnly}\n`;
  }
}

export const comparedTypes: readonly string[] = types;

const dice = (c: Counts) => (2 * c.both) / (2 * c.both + c.en + c.ru);

function lines(a: Agreement, group: readonly Compared[], total: string, what: string): string[] {
  const all = { both: 0, en: 0, ru: 0 };
  const line = (t: string, c: Counts) =>
    `  ${t.padEnd(7)} agreement ${dice(c).toFixed(3)}   (one ${what} in both ${c.both}, English only ${c.en}, Russian only ${c.ru})`;
  const out = group.map((t) => {
    const c = a.counts[t];
    all.both += c.both;
    all.en += c.en;
    all.ru += c.ru;
    return line(t, c);
  });
  return [...out, line(total, all)];
}

export function formatAgreement(name: string, docs: number, a: Agreement): string {
  return [
    `${name}: ${docs} documents, ids of one name in English and in its Russian translation`,
    ...lines(a, names, 'all', 'id'),
    `${name}: values of one figure in English and in its Russian translation`,
    ...lines(a, figureTypes, 'figures', 'value'),
    '',
  ].join('\n');
}
