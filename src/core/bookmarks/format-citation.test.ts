import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../shared/bookmarks';
import { formatCitation } from './format-citation';

const ru: Bookmark = {
  id: 'b1',
  article: {
    id: 'a1',
    file: 'tass.txt',
    title: 'Токаев и Путин обсудили транзит',
    outlet: 'ТАСС',
    date: '2024-03-12',
  },
  hash: 'h',
  lang: 'ru',
  quote: { exact: 'Мы поддерживаем «Средний коридор»\nи будем его развивать', prefix: '', suffix: '' },
  position: { start: 10, end: 60 },
  speaker: { name: 'Касым-Жомарт Токаев' },
  note: '',
  tags: [],
  created: '2024-03-12T10:00:00.000Z',
  updated: '2024-03-12T10:00:00.000Z',
  orphaned: null,
};

describe('formatCitation', () => {
  it('cites Russian text in guillemets, nested quotes as „…“', () => {
    expect(formatCitation(ru)).toBe(
      '«Мы поддерживаем „Средний коридор“ и будем его развивать» — Касым-Жомарт Токаев, ТАСС, 2024-03-12. Токаев и Путин обсудили транзит. qos://article/a1?start=10&end=60&b=b1',
    );
  });

  it('cites English text in curly quotes and leaves out what is unknown', () => {
    const en: Bookmark = {
      ...ru,
      lang: 'en',
      quote: { ...ru.quote, exact: 'We back the “Middle Corridor”' },
      speaker: null,
      article: { ...ru.article, outlet: null, date: null, title: 'Talks end?' },
    };
    expect(formatCitation(en)).toBe(
      '“We back the ‘Middle Corridor’”. Talks end? qos://article/a1?start=10&end=60&b=b1',
    );
  });

  it('prefers the library’s current details', () => {
    const out = formatCitation(ru, () => ({
      file: 'f',
      title: 'Новый заголовок',
      outlet: 'РИА Новости',
      date: '2024-03-13',
    }));
    expect(out).toContain('— Касым-Жомарт Токаев, РИА Новости, 2024-03-13. Новый заголовок.');
  });
});
