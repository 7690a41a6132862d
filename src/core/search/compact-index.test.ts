import { describe, expect, it } from 'vitest';
import { noMorphology } from '../entities/morphology';
import { createAnalyzer } from './analyzer';
import {
  buildCompactIndex,
  findTerm,
  positionsOf,
  termsWithPrefix,
  type DocumentTerms,
} from './compact-index';
import { lunrView } from './lunr-view';
import { lunr } from './lunr-setup';
import { documentTerms, searchFields } from './segment-build';
import { decodeSegment, encodeSegment, SegmentFormatError, segmentFormat } from './segment-file';

const texts = [
  'Kassym-Jomart Tokayev received Rustam Minnikhanov in Astana. Trade between Kazakhstan and Tatarstan rose.',
  'Касым-Жомарт Токаев и Рустам Минниханов обсудили сотрудничество Казахстана и Татарстана.',
  'Prime Minister Mikhail Mishustin met Tokayev; trade grew by 26 percent in five months.',
  'Президент Казахстана Токаев провёл встречу с Мишустиным. Товарооборот вырос.',
  'The situation in Afghanistan was discussed. Trade, trade and more trade.',
];
const analyzer = createAnalyzer(noMorphology);
const docs: DocumentTerms[] = texts.map((text, i) =>
  documentTerms(
    {
      id: String(i),
      file: `${i}.txt`,
      title: text.split('.')[0] ?? null,
      text,
      lang: /[а-я]/i.test(text) ? 'ru' : 'en',
      date: null,
      outlet: null,
      entities: i === 1 ? [{ id: 'Q1', names: ['Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'] }] : [],
    },
    analyzer,
  ),
);

/** The index as stock lunr.Builder makes it, from the same analyzed terms. */
function lunrBuilt(): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  (builder as unknown as { tokenizer: (v: unknown) => unknown }).tokenizer = (value) => value;
  builder.ref('ref');
  const scored = searchFields.filter((f) => f.scored !== false);
  for (const field of scored) builder.field(field.name, { boost: field.boost });
  docs.forEach((doc, i) => builder.add({ ref: String(i), ...doc.fields }));
  return builder.build();
}

type Clause = Partial<lunr.Query.Clause> & { term: string };

function results(index: lunr.Index, clauses: Clause[]): [string, number][] {
  return index
    .query((q) => {
      for (const clause of clauses) q.clause({ usePipeline: false, ...clause } as lunr.Query.Clause);
    })
    .map((r) => [r.ref, r.score] as [string, number])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('compact index', () => {
  it('gives the same matches and scores as the index lunr.Builder makes', () => {
    const stock = lunrBuilt();
    const compact = lunrView(buildCompactIndex(searchFields, docs)).index;
    const queries: Clause[][] = [
      [{ term: 'trade' }],
      [{ term: 'токаев' }, { term: 'tokayev' }],
      [{ term: 'tokayev', fields: ['entities'] }],
      [
        { term: 'r~tkv', fields: ['translit'] },
        { term: 'l~tkv', fields: ['translit'] },
      ],
      [{ term: 'каз', wildcard: lunr.Query.wildcard.TRAILING }],
      [{ term: 'trade' }, { term: 'afghanistan', presence: 3 } as Clause],
      [{ term: 'nothing-like-this' }],
    ];
    for (const clauses of queries) {
      const expected = results(stock, clauses);
      const actual = results(compact, clauses);
      expect(
        actual.map((r) => r[0]),
        JSON.stringify(clauses),
      ).toEqual(expected.map((r) => r[0]));
      actual.forEach(([, score], i) => expect(score).toBeCloseTo((expected[i] as [string, number])[1], 5));
    }
  });

  it('scores the same when lunr is shown only some documents', () => {
    const view = lunrView(buildCompactIndex(searchFields, docs));
    const clauses: Clause[] = [
      { term: 'trade' },
      { term: 'tokayev' },
      { term: 'l~tkv', fields: ['translit'] },
    ];
    const all = results(view.index, clauses);
    view.restrict(Uint8Array.from([1, 0, 1, 0, 1]));
    const some = results(view.index, clauses);
    view.restrict(null);
    expect(some).toEqual(all.filter(([ref]) => ['0', '2', '4'].includes(ref)));
    expect(results(view.index, clauses)).toEqual(all);
  });

  it('keeps the word positions of every term, function words included', () => {
    const index = buildCompactIndex(searchFields, docs);
    const field = (name: string): number => index.fields.indexOf(name);
    // Document 4: "The situation in Afghanistan was discussed." (title), then the body after a gap.
    const at = (f: string, term: string, doc: number): number[] => [
      ...positionsOf(index, field(f), findTerm(index.terms, term), doc),
    ];
    expect(at('title', 'afghanistan', 4)).toEqual([3]);
    expect(at('stop', 'in', 4)).toEqual([2, 9]);
    expect(at('body', 'afghanistan', 4)).toEqual([10]);
    expect(at('body', 'trade', 4)).toEqual([13, 14, 17]);
    expect(at('body', 'trade', 3)).toEqual([]);
  });

  it('finds terms and prefixes in its sorted term list', () => {
    const index = buildCompactIndex(searchFields, docs);
    expect(index.terms).toEqual([...index.terms].sort());
    expect(findTerm(index.terms, 'trade')).toBeGreaterThanOrEqual(0);
    expect(findTerm(index.terms, 'zzz')).toBe(-1);
    expect(termsWithPrefix(index.terms, 'каз').every((t) => t.startsWith('каз'))).toBe(true);
    expect(termsWithPrefix(index.terms, 'каз').length).toBeGreaterThan(0);
  });

  it('survives encoding to bytes and back', () => {
    const index = buildCompactIndex(searchFields, docs);
    const header = { format: segmentFormat, pipeline: 'test', docs: [] };
    const bytes = encodeSegment({ ...header, docs: [] }, { ...index, docCount: 0 }, ['a', 'b']);
    expect(() => decodeSegment(bytes)).toThrow(SegmentFormatError);
    const stored = texts.map((_, i) => ({
      id: String(i),
      file: '',
      title: null,
      lang: 'en' as const,
      date: null,
      outlet: null,
      entities: [],
      textStart: 0,
      textBytes: 0,
      textHash: '',
    }));
    const decoded = decodeSegment(encodeSegment({ ...header, docs: stored }, index, ['alpha', 'beta']));
    expect(decoded.index.terms).toEqual(index.terms);
    expect([...(decoded.index.vectorElements[1] as Float32Array)]).toEqual([
      ...(index.vectorElements[1] as Float32Array),
    ]);
    expect([...(decoded.index.postingDocs[1] as Uint16Array)]).toEqual([
      ...(index.postingDocs[1] as Uint16Array),
    ]);
    expect(decoded.vocabulary()).toEqual(['alpha', 'beta']);
    expect(decoded.header.docs).toEqual(stored);
  });

  it('refuses damaged bytes with a format error, not a crash', () => {
    const index = buildCompactIndex(searchFields, docs);
    const bytes = encodeSegment(
      { format: segmentFormat, pipeline: 'test', docs: [] },
      { ...index, docCount: 0 },
      [],
    );
    expect(() => decodeSegment(bytes.subarray(0, 3))).toThrow(SegmentFormatError);
    expect(() => decodeSegment(bytes.subarray(0, bytes.length - 40))).toThrow(SegmentFormatError);
    const garbled = bytes.slice();
    garbled[10] = 0x7b;
    garbled[11] = 0x7b;
    expect(() => decodeSegment(garbled)).toThrow(SegmentFormatError);
    expect(() => decodeSegment(new TextEncoder().encode('{"not":"a segment"}'))).toThrow(SegmentFormatError);
  });
});
