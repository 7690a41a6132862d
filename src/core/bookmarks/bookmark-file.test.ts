import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../shared/bookmarks';
import {
  BookmarkFileError,
  migrateBookmarkFile,
  NewerBookmarkFileError,
  serializeBookmarkFile,
  validateBookmark,
} from './bookmark-file';

const sample: Bookmark = {
  id: '0b6f7c1e-8d1c-4c1e-9f1e-3f2d1c0b9a88',
  article: { id: 'a1', file: 'tass.txt', title: 'Title', outlet: 'ТАСС', date: '2024-03-12' },
  hash: 'ab'.repeat(32),
  lang: 'ru',
  quote: { exact: 'вырос на 12 процентов', prefix: 'Товарооборот ', suffix: ', — заявил' },
  position: { start: 13, end: 34 },
  speaker: { name: 'Токаев', id: 'Q4209' },
  note: 'note',
  tags: ['trade'],
  created: '2024-03-12T10:00:00.000Z',
  updated: '2024-03-12T11:00:00.000Z',
  orphaned: null,
};

const bookmarkArb: fc.Arbitrary<Bookmark> = fc
  .record({
    id: fc.uuid(),
    article: fc.record({
      id: fc.string({ minLength: 1 }),
      file: fc.string(),
      title: fc.option(fc.string(), { nil: null }),
      outlet: fc.option(fc.string(), { nil: null }),
      date: fc.option(fc.string(), { nil: null }),
    }),
    hash: fc.string(),
    lang: fc.constantFrom('ru', 'en', 'kk', 'und'),
    quote: fc.record({ exact: fc.string({ minLength: 1 }), prefix: fc.string(), suffix: fc.string() }),
    start: fc.nat({ max: 1_000_000 }),
    length: fc.integer({ min: 1, max: 1000 }),
    speaker: fc.option(fc.record({ name: fc.string() }), { nil: null }),
    note: fc.string(),
    tags: fc.array(fc.string()),
    created: fc.date({ noInvalidDate: true, min: new Date(0) }).map((d) => d.toISOString()),
    orphaned: fc.option(
      fc.record({
        since: fc.constant('2024-01-01T00:00:00.000Z'),
        articleHash: fc.string(),
        reason: fc.constantFrom('not_found' as const, 'context_mismatch' as const),
      }),
      { nil: null },
    ),
  })
  .map(({ start, length, ...b }) => ({ ...b, position: { start, end: start + length }, updated: b.created }));

describe('bookmark file', () => {
  it('round-trips any bookmarks through serialize and migrate', () => {
    fc.assert(
      fc.property(fc.uniqueArray(bookmarkArb, { selector: (b) => b.id, maxLength: 20 }), (bookmarks) => {
        const { file, migratedFrom } = migrateBookmarkFile(JSON.parse(serializeBookmarkFile(bookmarks)));
        expect(migratedFrom).toBeNull();
        expect(file.bookmarks).toEqual(bookmarks);
      }),
      { numRuns: 200 },
    );
  });

  it('writes one bookmark per line under a version number', () => {
    const text = serializeBookmarkFile([sample, { ...sample, id: 'other' }]);
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(text.split('\n').filter((l) => l.includes('"quote"'))).toHaveLength(2);
    expect(JSON.parse(serializeBookmarkFile([]))).toEqual({ version: 1, bookmarks: [] });
  });

  it('rejects damaged data and says where', () => {
    const bad = (patch: Record<string, unknown>) => ({ version: 1, bookmarks: [{ ...sample, ...patch }] });
    expect(() => migrateBookmarkFile(bad({ position: { start: 5, end: 5 } }))).toThrow(
      /bookmarks\[0\]\.position/,
    );
    expect(() => migrateBookmarkFile(bad({ quote: { exact: '', prefix: '', suffix: '' } }))).toThrow(/exact/);
    expect(() => migrateBookmarkFile(bad({ lang: 'de' }))).toThrow(/lang/);
    expect(() => migrateBookmarkFile(bad({ created: 'yesterday' }))).toThrow(/created/);
    expect(() => migrateBookmarkFile(bad({ tags: 'a,b' }))).toThrow(/tags/);
    expect(() => migrateBookmarkFile({ version: 1 })).toThrow(BookmarkFileError);
    expect(() => migrateBookmarkFile({ bookmarks: [] })).toThrow(/version/);
    expect(() => migrateBookmarkFile(null)).toThrow(BookmarkFileError);
    expect(() => migrateBookmarkFile('{')).toThrow(BookmarkFileError);
  });

  it('recognises a file from a newer version instead of calling it damaged', () => {
    expect(() => migrateBookmarkFile({ version: 2, bookmarks: 'whatever' })).toThrow(NewerBookmarkFileError);
  });

  it('keeps the later edit of a bookmark stored twice', () => {
    const older = { ...sample, note: 'old', updated: '2024-03-12T10:30:00.000Z' };
    const { file } = migrateBookmarkFile({ version: 1, bookmarks: [sample, older] });
    expect(file.bookmarks).toEqual([sample]);
  });

  it('drops unknown fields and accepts a missing optional speaker id', () => {
    const b = validateBookmark({ ...sample, speaker: { name: 'X' }, extra: 1 });
    expect(b.speaker).toEqual({ name: 'X' });
    expect('extra' in b).toBe(false);
  });

  it('migrates the v0 shape: bare list, quote without context, epoch times', () => {
    const v0 = [
      {
        id: 'old-1',
        articleId: 'a1',
        file: 'tass.txt',
        text: 'вырос на 12 процентов',
        start: 13,
        end: 34,
        note: 'n',
        createdAt: 1710237600000,
      },
      {
        id: 'old-2',
        articleId: 'a2',
        file: 'reuters.txt',
        text: 'trade grew',
        start: 0,
        end: 10,
        createdAt: 1710237600000,
      },
    ];
    const { file, migratedFrom } = migrateBookmarkFile(v0);
    expect(migratedFrom).toBe(0);
    expect(file.version).toBe(1);
    expect(file.bookmarks[0]).toEqual({
      id: 'old-1',
      article: { id: 'a1', file: 'tass.txt', title: null, outlet: null, date: null },
      hash: '',
      lang: 'ru',
      quote: { exact: 'вырос на 12 процентов', prefix: '', suffix: '' },
      position: { start: 13, end: 34 },
      speaker: null,
      note: 'n',
      tags: [],
      created: '2024-03-12T10:00:00.000Z',
      updated: '2024-03-12T10:00:00.000Z',
      orphaned: null,
    });
    expect(file.bookmarks[1]).toMatchObject({ lang: 'en', note: '' });
    // and the result is a valid current file
    expect(migrateBookmarkFile(JSON.parse(serializeBookmarkFile(file.bookmarks))).file).toEqual(file);
    expect(() =>
      migrateBookmarkFile([{ id: 'x', articleId: 'a', file: 'f', text: 't', start: 0, end: 1 }]),
    ).toThrow(/createdAt/);
  });
});
