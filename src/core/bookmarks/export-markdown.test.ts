import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../shared/bookmarks';
import { escapeMarkdown, exportMarkdown } from './export-markdown';

const b1: Bookmark = {
  id: 'b1',
  article: { id: 'a1', file: 'tass.txt', title: 'Переговоры в Астане', outlet: 'ТАСС', date: '2024-03-12' },
  hash: 'h',
  lang: 'ru',
  quote: { exact: 'Товарооборот вырос на 12 процентов', prefix: '', suffix: '' },
  position: { start: 50, end: 84 },
  speaker: { name: 'Касым-Жомарт Токаев' },
  note: 'Сравнить с данными Reuters',
  tags: ['торговля'],
  created: '2024-03-12T10:00:00.000Z',
  updated: '2024-03-12T10:00:00.000Z',
  orphaned: null,
};
const b0 = {
  ...b1,
  id: 'b0',
  quote: { ...b1.quote, exact: 'Первая цитата' },
  position: { start: 5, end: 18 },
  speaker: null,
  note: '',
  tags: [],
};
const other = {
  ...b1,
  id: 'b2',
  article: { id: 'a2', file: 'reuters.txt', title: null, outlet: null, date: null },
  lang: 'en' as const,
};

describe('Markdown export', () => {
  const md = exportMarkdown([b1, other, b0]);

  it('groups quotes by article, in text order, with title, outlet and date', () => {
    expect(md).toContain('## Переговоры в Астане\n\nТАСС · 2024-03-12 · tass.txt');
    expect(md).toContain('## reuters.txt');
    expect(md.indexOf('Первая цитата')).toBeLessThan(md.indexOf('Товарооборот'));
    expect(md.indexOf('Товарооборот')).toBeLessThan(md.indexOf('## reuters.txt'));
  });

  it('shows each quote as a blockquote with speaker, note, tags and a link to the exact place', () => {
    expect(md).toContain('> Товарооборот вырос на 12 процентов\n\n— Касым-Жомарт Токаев');
    expect(md).toContain('**Note:** Сравнить с данными Reuters');
    expect(md).toContain('**Tags:** `торговля`');
    expect(md).toContain('[Open in Qos](<qos://article/a1?start=50&end=84&b=b1>)');
  });

  it('keeps article text from turning into markup', () => {
    const hostile = {
      ...b1,
      quote: { ...b1.quote, exact: '# Title\n<script>alert(1)</script> [x](javascript:y) *b*' },
    };
    const out = exportMarkdown([hostile]);
    expect(out).toContain('> \\# Title\n> \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:y) \\*b\\*');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
  });

  it('says when a quote is orphaned', () => {
    const orphan = { ...b1, orphaned: { since: b1.created, articleHash: 'x', reason: 'not_found' as const } };
    expect(exportMarkdown([orphan])).toContain('**Orphaned:**');
  });
});
