import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../shared/bookmarks';
import { csvField, exportCsv, guardFormula } from './export-csv';

const base: Bookmark = {
  id: 'b1',
  article: { id: 'a1', file: 'tass.txt', title: 'Переговоры', outlet: 'ТАСС', date: '2024-03-12' },
  hash: 'h',
  lang: 'ru',
  quote: { exact: 'Мы, безусловно, "за"\nсотрудничество', prefix: 'p', suffix: 's' },
  position: { start: 10, end: 44 },
  speaker: { name: 'Токаев' },
  note: '=HYPERLINK("http://evil.example","click")',
  tags: ['energy', 'transit'],
  created: '2024-03-12T10:00:00.000Z',
  updated: '2024-03-12T10:00:00.000Z',
  orphaned: null,
};

/** A small RFC 4180 reader, to check the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes fields per RFC 4180 and reads back to the same cells', () => {
    const csv = exportCsv([base]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(csv);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('quote')).toBe(base.quote.exact);
    expect(cell('tags')).toBe('energy; transit');
    expect(cell('speaker')).toBe('Токаев');
    expect(cell('link')).toBe('qos://article/a1?start=10&end=44&b=b1');
    expect(cell('note')).toBe(`'${base.note}`);
    expect(row).toHaveLength(header?.length ?? 0);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+7 700', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(guardFormula(bad)).toBe(`'${bad}`);
    for (const ok of ['a=b', '12', 'Токаев', '']) expect(guardFormula(ok)).toBe(ok);
    expect(csvField('-1,5')).toBe(`"'-1,5"`);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('uses the current article details when the library has them, and can start with a BOM', () => {
    const csv = exportCsv(
      [base],
      () => ({ file: 'new.txt', title: 'New title', outlet: 'Reuters', date: null }),
      { bom: true },
    );
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    expect(csv).toContain('new.txt,New title,Reuters,,ru');
  });

  it('marks orphans', () => {
    const orphan = {
      ...base,
      orphaned: { since: base.created, articleHash: 'h2', reason: 'not_found' as const },
    };
    const [header, row] = parseCsv(exportCsv([orphan]));
    expect(row?.[header?.indexOf('orphaned') ?? -1]).toBe('not_found');
  });
});
