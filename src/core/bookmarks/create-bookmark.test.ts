import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/article';
import {
  createBookmark,
  normalizeTags,
  patchBookmark,
  relocateBookmark,
  speakerFor,
} from './create-bookmark';

const text =
  'АСТАНА, 12 марта. «Товарооборот вырос на 12 процентов», — заявил Касым-Жомарт Токаев. Песков отказался от комментариев.';
const quoteStart = text.indexOf('«') + 1;
const quoteEnd = text.indexOf('»');
const quotes: Quote[] = [
  {
    start: quoteStart,
    end: quoteEnd,
    text: text.slice(quoteStart, quoteEnd),
    speaker: { name: 'Касым-Жомарт Токаев', id: 'Q4209' },
  },
];
const article = {
  id: 'a1',
  file: 'tass.txt',
  hash: 'h1',
  lang: 'ru' as const,
  text,
  title: 'Товарооборот',
  outlet: 'ТАСС',
  date: '2024-03-12',
  quotes,
};

describe('createBookmark', () => {
  it('stores the quote with its context, offsets, hash, language and article details', () => {
    const start = text.indexOf('вырос');
    const b = createBookmark(
      { article, start, end: start + 'вырос на 12 процентов'.length, note: 'рост', tags: ['торговля'] },
      'id-1',
      '2024-03-12T10:00:00.000Z',
    );
    expect(b).toMatchObject({
      id: 'id-1',
      article: { id: 'a1', file: 'tass.txt', title: 'Товарооборот', outlet: 'ТАСС', date: '2024-03-12' },
      hash: 'h1',
      lang: 'ru',
      quote: { exact: 'вырос на 12 процентов', prefix: text.slice(Math.max(0, start - 32), start) },
      position: { start, end: start + 21 },
      speaker: { name: 'Касым-Жомарт Токаев', id: 'Q4209' },
      note: 'рост',
      tags: ['торговля'],
      created: '2024-03-12T10:00:00.000Z',
      updated: '2024-03-12T10:00:00.000Z',
      orphaned: null,
    });
    expect(structuredClone(b)).toEqual(b);
  });

  it('has no speaker outside detected quotes, and an explicit one wins', () => {
    const start = text.indexOf('Песков');
    expect(createBookmark({ article, start, end: start + 6 }, 'x', 't').speaker).toBeNull();
    const own = createBookmark(
      { article, start, end: start + 6, speaker: { name: 'Дмитрий Песков' } },
      'x',
      't',
    );
    expect(own.speaker).toEqual({ name: 'Дмитрий Песков' });
  });

  it('trims the white space a selection carries and refuses empty or out-of-range ones', () => {
    const start = text.indexOf(' Песков');
    const b = createBookmark({ article, start, end: start + 8 }, 'x', 't');
    expect(b.quote.exact).toBe('Песков');
    expect(() => createBookmark({ article, start: 5, end: 5 }, 'x', 't')).toThrow(/range/);
    expect(() => createBookmark({ article, start: 0, end: text.length + 1 }, 'x', 't')).toThrow(/range/);
    expect(() => createBookmark({ article, start: 1.5, end: 4 }, 'x', 't')).toThrow(/range/);
    const space = text.indexOf(' ');
    expect(() => createBookmark({ article, start: space, end: space + 1 }, 'x', 't')).toThrow(/white space/);
  });

  it('picks the innermost quote when quotes nest', () => {
    const nested: Quote[] = [
      { start: 0, end: 100, text: '', speaker: { name: 'Outer' } },
      { start: 10, end: 20, text: '', speaker: { name: 'Inner' } },
    ];
    expect(speakerFor(nested, 12, 18)).toEqual({ name: 'Inner' });
    expect(speakerFor(nested, 5, 18)).toEqual({ name: 'Outer' });
    expect(speakerFor(nested, 90, 120)).toBeNull();
  });
});

describe('tags, patches and relocation', () => {
  it('normalizes tags: trimmed, collapsed, no empties or repeats', () => {
    expect(normalizeTags(['  energy ', 'energy', '', 'grain\n exports', 'Energy'])).toEqual([
      'energy',
      'grain exports',
      'Energy',
    ]);
  });

  it('patches note, tags and speaker and moves `updated` only', () => {
    const b = createBookmark({ article, start: quoteStart, end: quoteEnd }, 'x', '2024-01-01T00:00:00.000Z');
    const p = patchBookmark(b, { note: 'n', tags: ['t'], speaker: null }, '2024-02-02T00:00:00.000Z');
    expect(p).toEqual({ ...b, note: 'n', tags: ['t'], speaker: null, updated: '2024-02-02T00:00:00.000Z' });
  });

  it('relocates an orphan to a passage the reader picked and clears the orphan mark', () => {
    const b = {
      ...createBookmark({ article, start: quoteStart, end: quoteEnd }, 'x', '2024-01-01T00:00:00.000Z'),
      orphaned: { since: '2024-01-02T00:00:00.000Z', articleHash: 'h2', reason: 'not_found' as const },
    };
    const edited = { ...article, id: 'a2', hash: 'h2', text: `Новый текст. ${text}` };
    const start = edited.text.indexOf('Песков');
    const moved = relocateBookmark(b, edited, start, start + 6, '2024-01-03T00:00:00.000Z');
    expect(moved).toMatchObject({
      hash: 'h2',
      article: { id: 'a2' },
      quote: { exact: 'Песков' },
      position: { start },
      orphaned: null,
    });
  });
});
