/**
 * Whether a name read in an English text and in its Russian translation gets one id: the reader's
 * cross-language highlight rests on it. Each document is annotated whole in both languages, as the app
 * reads an article, and the ids of persons, organisations and places are compared segment by segment
 * (segment i translates segment i). No one marked the names, so an id found on one side only may be a
 * recognition miss, a name the translator left out, or a link that failed; agreement (the Dice
 * coefficient of the two sides' ids) is a floor, and its changes are what it is for.
 */
import type { Annotator } from '../../src/core/entities/annotator';
import type { ParallelDoc } from './parallel-data';

type Side = 'en' | 'ru';
const types = ['PER', 'ORG', 'LOC'] as const;
type Compared = (typeof types)[number];

export interface Agreement {
  /** Per type: ids found in both sides of a segment, in the English side only, in the Russian side only. */
  readonly counts: Record<Compared, { both: number; en: number; ru: number }>;
}

/** The ids (and their types) an annotated document has in each of its segments. */
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
  let segment = 0;
  const mentions = [...annotator.annotate(text, lang).mentions].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (m.type === 'EVENT') continue;
    while (segment + 1 < starts.length && (starts[segment + 1] ?? Infinity) <= m.start) segment++;
    const ids = out[segment];
    if (ids && !ids.has(m.id)) ids.set(m.id, m.type);
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

const dice = (c: { both: number; en: number; ru: number }) => (2 * c.both) / (2 * c.both + c.en + c.ru);

export function formatAgreement(name: string, docs: number, a: Agreement): string {
  const all = { both: 0, en: 0, ru: 0 };
  const lines = types.map((t) => {
    const c = a.counts[t];
    all.both += c.both;
    all.en += c.en;
    all.ru += c.ru;
    return `  ${t.padEnd(4)} agreement ${dice(c).toFixed(3)}   (one id in both ${c.both}, English only ${c.en}, Russian only ${c.ru})`;
  });
  lines.push(
    `  all  agreement ${dice(all).toFixed(3)}   (one id in both ${all.both}, English only ${all.en}, Russian only ${all.ru})`,
  );
  return `${name}: ${docs} documents, ids of one name in English and in its Russian translation\n${lines.join('\n')}\n`;
}
