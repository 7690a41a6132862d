/**
 * Whether a name read in an English text and in its Russian translation gets one id, and a figure one
 * value: the reader's cross-language highlight and the pairing of reports rest on it. Each document is
 * annotated whole in both languages, as the app reads an article, and the ids of persons,
 * organisations and places are compared segment by segment (segment i translates segment i). No one marked the names, so an id found on one side only may be a
 * recognition miss, a name the translator left out, or a link that failed; agreement (the Dice
 * coefficient of the two sides' ids) is a floor, and its changes are what it is for. Figures are compared
 * by value (`figureKey`), so "$3-5 billion" and "3–5 млрд долларов" agree only when both ends are read
 * as sums; a number one side spells out ("two") is missing from it.
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

/** The ids and figure values (and their types) an annotated document has in each of its segments. */
function idsBySegment(
  annotator: Annotator,
  segments: readonly string[],
  lang: Side,
): Map<string, Compared>[] {
  const separator = '\n\n';
  const text = segments.join(separator);
  const starts: number[] = [];
  let at = 0;
  for (const s of segments) {
    starts.push(at);
    at += s.length + separator.length;
  }
  const out = segments.map(() => new Map<string, Compared>());
  const { mentions, figures } = annotator.annotate(text, lang);
  const found = [
    ...mentions.flatMap((m) => (m.type === 'EVENT' ? [] : [{ start: m.start, key: m.id, type: m.type }])),
    ...figures.map((f) => ({ start: f.start, key: figureKey(f), type: f.type })),
  ].sort((a, b) => a.start - b.start);
  let segment = 0;
  for (const { start, key, type } of found) {
    while (segment + 1 < starts.length && (starts[segment + 1] ?? Infinity) <= start) segment++;
    const keys = out[segment];
    if (keys && !keys.has(key)) keys.set(key, type);
  }
  return out;
}

export function crossLanguageAgreement(annotator: Annotator, docs: readonly ParallelDoc[]): Agreement {
  const counts = Object.fromEntries(types.map((t) => [t, { both: 0, en: 0, ru: 0 }])) as Agreement['counts'];
  for (const doc of docs) {
    const en = idsBySegment(annotator, doc.en, 'en');
    const ru = idsBySegment(annotator, doc.ru, 'ru');
    en.forEach((enIds, i) => {
      const ruIds = ru[i] ?? new Map<string, Compared>();
      for (const [id, type] of enIds) counts[type][ruIds.has(id) ? 'both' : 'en']++;
      for (const [id, type] of ruIds) if (!enIds.has(id)) counts[type].ru++;
    });
  }
  return { counts };
}

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
