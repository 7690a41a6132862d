import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../shared/bookmarks';
import { annotationContext, exportAnnotations, extensionKey } from './export-annotations';
import { parseAnnotations } from './import-annotations';
import { mergeBookmarks } from './merge-bookmarks';

const b1: Bookmark = {
  id: '6f1c7f5e-2a54-4a8e-9d0e-0c5d1b8f2e11',
  article: { id: 'a1', file: 'tass.txt', title: 'Переговоры', outlet: 'ТАСС', date: '2024-03-12' },
  hash: 'ab'.repeat(32),
  lang: 'ru',
  quote: { exact: 'вырос на 12 процентов', prefix: 'Товарооборот ', suffix: ', — заявил' },
  position: { start: 13, end: 34 },
  speaker: { name: 'Токаев', id: 'Q4209' },
  note: 'проверить',
  tags: ['торговля', 'ЕАЭС'],
  created: '2024-03-12T10:00:00.000Z',
  updated: '2024-03-12T11:00:00.000Z',
  orphaned: null,
};
const b2: Bookmark = {
  ...b1,
  id: '9d2e0c5d-1b8f-4e11-8a54-6f1c7f5e2a54',
  note: '',
  tags: [],
  speaker: null,
  lang: 'en',
  quote: { exact: 'trade', prefix: '', suffix: '' },
  position: { start: 0, end: 5 },
  orphaned: { since: '2024-03-13T00:00:00.000Z', articleHash: 'cd', reason: 'context_mismatch' },
};

let counter = 0;
const newId = () => `new-${++counter}`;
const now = '2024-04-01T00:00:00.000Z';

describe('W3C Web Annotation export', () => {
  const json = exportAnnotations([b1, b2], now);
  const data = JSON.parse(json);

  it('is an AnnotationCollection of Annotations with quote and position selectors', () => {
    expect(data).toMatchObject({
      '@context': annotationContext,
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage' },
    });
    const [item] = data.first.items;
    expect(item).toMatchObject({
      id: `urn:uuid:${b1.id}`,
      type: 'Annotation',
      motivation: 'bookmarking',
      created: b1.created,
      modified: b1.updated,
      target: {
        source: 'qos://article/a1',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: b1.quote.exact,
            prefix: b1.quote.prefix,
            suffix: b1.quote.suffix,
          },
          { type: 'TextPositionSelector', start: 13, end: 34 },
        ],
      },
      body: [
        { type: 'TextualBody', value: 'проверить', purpose: 'commenting' },
        { type: 'TextualBody', value: 'торговля', purpose: 'tagging' },
        { type: 'TextualBody', value: 'ЕАЭС', purpose: 'tagging' },
      ],
    });
    expect(item[extensionKey]).toMatchObject({
      speaker: { name: 'Токаев', id: 'Q4209' },
      hash: b1.hash,
      file: 'tass.txt',
    });
    expect(data.first.items[1].body).toBeUndefined();
  });

  it('imports back to the same bookmarks', () => {
    expect(parseAnnotations(json, newId, now)).toEqual({ bookmarks: [b1, b2], skipped: [] });
  });

  it('reads other tools’ annotations of Qos articles and skips the rest, saying why', () => {
    const foreign = [
      {
        type: 'Annotation',
        id: 'https://hyp.example/a/1',
        target: {
          source: 'qos://article/a9',
          selector: { type: 'TextQuoteSelector', exact: 'Astana', prefix: 'in ', suffix: ' on' },
        },
        body: 'a note',
      },
      {
        type: 'Annotation',
        target: { source: 'https://example.com/page', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
      },
      { type: 'Annotation', target: { source: 'qos://article/a9' } },
      'junk',
    ];
    const out = parseAnnotations({ type: 'AnnotationCollection', first: { items: foreign } }, newId, now);
    expect(out.bookmarks).toHaveLength(1);
    expect(out.bookmarks[0]).toMatchObject({
      id: 'https://hyp.example/a/1',
      article: { id: 'a9' },
      hash: '',
      lang: 'en',
      note: 'a note',
      position: { start: 0, end: 6 },
      created: now,
    });
    expect(out.skipped.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(out.skipped[0]?.reason).toMatch(/not a Qos article/);
    expect(() => parseAnnotations('{', newId, now)).toThrow(/not JSON/);
    expect(() => parseAnnotations('{"type":"Other"}', newId, now)).toThrow(/collection/);
  });
});

describe('mergeBookmarks', () => {
  it('adds new ones, skips copies, and lets the later modification win', () => {
    const edited = { ...b1, note: 'newer note', updated: '2024-05-01T00:00:00.000Z' };
    const stale = { ...b2, note: 'stale', updated: '2020-01-01T00:00:00.000Z' };
    const fresh = {
      ...b1,
      id: 'c3',
      quote: { ...b1.quote, exact: 'другое' },
      position: { start: 40, end: 46 },
    };
    const out = mergeBookmarks([b1, b2], [edited, stale, fresh, fresh]);
    expect(out).toMatchObject({ added: 1, updated: 1, unchanged: 2 });
    expect(out.bookmarks).toEqual([edited, b2, fresh]);
  });

  it('treats the same text version and selectors under another id as the same bookmark, keeping the stored id', () => {
    const copy = {
      ...b1,
      id: 'other-id',
      note: 'from the laptop',
      updated: '2024-06-01T00:00:00.000Z',
      created: '2024-01-01T00:00:00.000Z',
    };
    const out = mergeBookmarks([b1], [copy]);
    expect(out).toMatchObject({ added: 0, updated: 1 });
    expect(out.bookmarks).toEqual([{ ...copy, id: b1.id, created: '2024-01-01T00:00:00.000Z' }]);
    const older = { ...copy, updated: '2000-01-01T00:00:00.000Z' };
    expect(mergeBookmarks([b1], [older])).toMatchObject({ unchanged: 1, bookmarks: [b1] });
  });

  it('does not match by selectors when the text version is unknown', () => {
    const a = { ...b1, hash: '' };
    const b = { ...a, id: 'x' };
    expect(mergeBookmarks([a], [b]).added).toBe(1);
  });
});
