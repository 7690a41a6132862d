import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../../shared/bookmarks';
import { emptyFilter, groupBookmarks, matches } from './bookmark-groups';

const make = (id: string, over: Partial<Bookmark>): Bookmark => ({
  id,
  article: { id: 'a', file: 'a.txt', title: 'Article A', outlet: null, date: null },
  hash: 'h',
  lang: 'ru',
  quote: { exact: 'Мы очень хорошо знаем татарскую культуру', prefix: '', suffix: '' },
  position: { start: 10, end: 50 },
  speaker: { name: 'Касым-Жомарт Токаев', id: 'tokayev' },
  note: '',
  tags: [],
  created: '2026-01-01T00:00:00Z',
  updated: '2026-01-01T00:00:00Z',
  orphaned: null,
  ...over,
});

describe('bookmark panel grouping and filters', () => {
  const list = [
    make('1', { tags: ['culture'] }),
    make('2', {
      speaker: null,
      lang: 'en',
      quote: { exact: 'Trade grew by 26%', prefix: '', suffix: '' },
      position: { start: 5, end: 20 },
    }),
    make('3', {
      article: { id: 'b', file: 'b.txt', title: 'Article B', outlet: null, date: null },
      tags: ['culture', 'trade'],
    }),
  ];

  it('groups by article, speaker and tag, with the unattributed group last', () => {
    expect(groupBookmarks(list, 'article', '—').map(([k, v]) => [k, v.map((b) => b.id)])).toEqual([
      ['Article A', ['2', '1']],
      ['Article B', ['3']],
    ]);
    expect(groupBookmarks(list, 'speaker', '—').map(([k]) => k)).toEqual(['Касым-Жомарт Токаев', '—']);
    expect(groupBookmarks(list, 'tag', '—').map(([k, v]) => [k, v.length])).toEqual([
      ['culture', 2],
      ['trade', 1],
      ['—', 1],
    ]);
  });

  it('filters by text (case and ё folded), speaker, tag and language', () => {
    expect(list.filter((b) => matches(b, { ...emptyFilter, text: 'ТАТАРСКУЮ' })).map((b) => b.id)).toEqual([
      '1',
      '3',
    ]);
    expect(list.filter((b) => matches(b, { ...emptyFilter, lang: 'en' })).map((b) => b.id)).toEqual(['2']);
    expect(list.filter((b) => matches(b, { ...emptyFilter, tag: 'trade' })).map((b) => b.id)).toEqual(['3']);
    expect(
      list.filter((b) => matches(b, { ...emptyFilter, speaker: 'Касым-Жомарт Токаев' })).map((b) => b.id),
    ).toEqual(['1', '3']);
  });
});
