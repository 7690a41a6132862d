import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../shared/search';
import { noMorphology } from '../entities/morphology';
import { createAnalyzer } from './analyzer';
import { lunrView } from './lunr-view';
import { createQueryCompiler } from './compile-query';
import { parseStoreLine } from './document-store';
import { buildSegment, documentTerms, pipelineId } from './segment-build';
import { decodeSegment } from './segment-file';
import { filtersOf } from './segment-filters';
import { hitLookups, searchSegment, type LoadedSegment } from './segment-search';
import { matchedRanges } from './phrase-check';
import { makeSnippet, matchSpans, spansOfRanges, wordCount } from './snippet';

const analyzer = createAnalyzer(noMorphology);
const compile = createQueryCompiler(analyzer);

const docs: SearchDocument[] = [
  {
    id: 'en-talks',
    file: 'talks.txt',
    title: 'Talking trade in Astana',
    text: 'President Tokayev was talking about trade turnover with Tatarstan. The trade turnover grew.',
    lang: 'en',
    date: '2021-08-19',
    outlet: 'Kazinform',
  },
  {
    id: 'ru-talks',
    file: 'talks-ru.txt',
    title: 'Переговоры в Астане',
    text: 'Президент Токаев и Рустам Минниханов обсудили товарооборот Казахстана и Татарстана.',
    lang: 'ru',
    date: '2022-01-25',
    outlet: 'Хабар 24',
    entities: [{ id: 'Q1', names: ['Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'] }],
  },
  {
    id: 'en-putin',
    file: 'putin.txt',
    title: null,
    text: 'Mishustin conveyed greetings from Vladimir Putin. Turnover of trade rose by a third.',
    lang: 'en',
    date: '2021-07-01',
    outlet: 'Astana Times',
  },
  {
    id: 'en-old',
    file: 'old.txt',
    title: 'Undated note',
    text: 'A note on the trade turnover, without a date.',
    lang: 'en',
    date: null,
    outlet: null,
  },
];

function segmentOf(input: readonly SearchDocument[], deleted: string[] = []): LoadedSegment {
  const built = buildSegment(input, (d) => documentTerms(d, analyzer), pipelineId('none'));
  const decoded = decodeSegment(built.index);
  const decoder = new TextDecoder();
  return {
    data: decoded.index,
    lunr: lunrView(decoded.index),
    vocabulary: decoded.vocabulary,
    docs: decoded.header.docs,
    deleted: new Set(deleted),
    text(doc) {
      const stored = decoded.header.docs[doc];
      if (!stored) throw new Error('no such document');
      const line = decoder.decode(
        built.store.subarray(stored.textStart, stored.textStart + stored.textBytes),
      );
      return parseStoreLine(line)?.text ?? '';
    },
  };
}

const segment = segmentOf(docs);

function ids(text: string, extra: Parameters<typeof filtersOf>[0] = { text: '' }, seg = segment): string[] {
  return searchSegment(seg, compile(text), filtersOf({ ...extra, text }), analyzer)
    .map((m) => seg.docs[m.doc]?.id ?? '')
    .sort();
}

describe('searchSegment', () => {
  it('requires every word, through any of its keys', () => {
    expect(ids('trade turnover')).toEqual(['en-old', 'en-putin', 'en-talks']);
    expect(ids('trade Tatarstan')).toEqual(['en-talks']);
    expect(ids('trade Afghanistan')).toEqual([]);
  });

  it('verifies phrases against the text', () => {
    expect(ids('"trade turnover"')).toEqual(['en-old', 'en-talks']);
    expect(ids('"turnover trade"')).toEqual([]);
    expect(ids('"turnover of trade"')).toEqual(['en-putin']);
  });

  it('finds phrases and words of function words only through their positions', () => {
    expect(ids('"on the"')).toEqual(['en-old']);
    expect(ids('the')).toEqual(['en-old', 'en-talks']);
    expect(ids('"the on"')).toEqual([]);
  });

  it('finds a phrase stated only in an entity name', () => {
    expect(ids('"Kassym-Jomart Tokayev"')).toEqual(['ru-talks']);
  });

  it('expands prefixes through the words of the text, not only the stems', () => {
    // "talking" is indexed by its stem "talk", which "talki" does not start with
    expect(ids('talki*')).toEqual(['en-talks']);
    expect(ids('Тока*')).toEqual(['ru-talks']);
  });

  it('excludes words, prefixes and phrases', () => {
    expect(ids('trade -Putin')).toEqual(['en-old', 'en-talks']);
    expect(ids('trade -Puti*')).toEqual(['en-old', 'en-talks']);
    expect(ids('trade -"trade turnover"')).toEqual(['en-putin']);
    expect(ids('-trade')).toEqual(['ru-talks']);
  });

  it('finds articles by their outlet', () => {
    expect(ids('Kazinform')).toEqual(['en-talks']);
    expect(ids('Хабар')).toEqual(['ru-talks']);
  });

  it('finds the other script through translit keys', () => {
    expect(ids('Tokayev')).toEqual(['en-talks', 'ru-talks']);
    expect(ids('Minnikhanov')).toEqual(['ru-talks']);
    expect(ids('Мишустин')).toEqual(['en-putin']);
  });

  it('applies language, outlet, date and entity filters', () => {
    expect(ids('Tokayev', { text: '', lang: 'ru' })).toEqual(['ru-talks']);
    expect(ids('trade', { text: '', outlets: ['kazinform', 'Astana Times'] })).toEqual([
      'en-putin',
      'en-talks',
    ]);
    expect(ids('trade', { text: '', dateFrom: '2021-08-01', dateTo: '2021-12-31' })).toEqual(['en-talks']);
    expect(ids('', { text: '', dateFrom: '2022' })).toEqual(['ru-talks']);
    expect(ids('', { text: '', entityIds: ['Q1'] })).toEqual(['ru-talks']);
  });

  it('matches everything (within filters) when there is nothing to search for', () => {
    expect(ids('')).toEqual(['en-old', 'en-putin', 'en-talks', 'ru-talks']);
    expect(ids('', { text: '', lang: 'ru' })).toEqual(['ru-talks']);
  });

  it('leaves out removed articles', () => {
    expect(ids('trade turnover', { text: '' }, segmentOf(docs, ['en-old']))).toEqual([
      'en-putin',
      'en-talks',
    ]);
  });

  it('never throws on hostile input', () => {
    const hostile = [
      'Касым-Жомарт:',
      '*',
      '"',
      '+',
      '-',
      '~2',
      '^',
      '',
      ' ',
      'a*',
      '"""',
      '-"',
      'x'.repeat(10_000),
    ];
    hostile.push('Токаев Tokayev "trade" -x '.repeat(400));
    for (const text of hostile) expect(() => ids(text)).not.toThrow();
  });
});

describe('snippets', () => {
  const text = docs[0]?.text ?? '';

  it('marks matched words with offsets into the snippet', () => {
    const snippet = makeSnippet(text, compile('turnover Tatarstan'), analyzer);
    const marked = snippet.highlights.map(([s, e]) => snippet.text.slice(s, e));
    expect(marked).toEqual(['turnover', 'Tatarstan', 'turnover']);
    expect(text.slice(snippet.start, snippet.start + snippet.text.length)).toBe(snippet.text);
  });

  it('marks a phrase as one run, and the other script', () => {
    const phrase = makeSnippet(text, compile('"trade turnover"'), analyzer);
    expect(phrase.highlights.map(([s, e]) => phrase.text.slice(s, e))).toEqual([
      'trade turnover',
      'trade turnover',
    ]);
    const cross = makeSnippet(docs[1]?.text ?? '', compile('Tokayev'), analyzer);
    expect(cross.highlights.map(([s, e]) => cross.text.slice(s, e))).toEqual(['Токаев']);
  });

  it('picks the passage with the most matches in a long text', () => {
    const long = `${'Filler sentence without the word. '.repeat(40)}Tokayev and Tokayev met Tokayev. ${'More filler. '.repeat(40)}`;
    const snippet = makeSnippet(long, compile('Tokayev'), analyzer);
    expect(snippet.highlights).toHaveLength(3);
    expect(snippet.text.length).toBeLessThanOrEqual(300);
  });
});

describe('highlights from word positions', () => {
  it('mark the same words as reading the text', () => {
    const queries = [
      'trade turnover',
      '"trade turnover"',
      'Tokayev',
      'talki*',
      'Тока*',
      'Минниханов',
      '"on the"',
      'the',
    ];
    for (const text of queries) {
      const compiled = compile(text);
      const lookups = hitLookups(segment, compiled, analyzer);
      segment.docs.forEach((stored, doc) => {
        const body = segment.text(doc);
        const ranges = matchedRanges(segment.data, doc, lookups.words, lookups.phrases);
        expect(ranges, text).not.toBeNull();
        const fromPositions = spansOfRanges(body, wordCount(stored.title ?? ''), ranges ?? []);
        expect(fromPositions, `${text} in ${stored.id}`).toEqual(matchSpans(body, compiled, analyzer));
      });
    }
  });
});
