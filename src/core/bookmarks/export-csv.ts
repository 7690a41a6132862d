import type { Bookmark } from '../../shared/bookmarks';
import { bookmarkLink } from './deep-link';
import { metaFor, type ArticleLookup } from './format-citation';

const columns = [
  'id',
  'article_id',
  'file',
  'title',
  'outlet',
  'date',
  'lang',
  'quote',
  'prefix',
  'suffix',
  'start',
  'end',
  'speaker',
  'speaker_id',
  'note',
  'tags',
  'created',
  'updated',
  'orphaned',
  'link',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
 * strip before looking) as a formula: a quote like "=HYPERLINK(…)" must stay text. OWASP's advice:
 * prefix such cells with a single quote.
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(cell: string): string {
  const safe = guardFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per bookmark, CRLF line ends (RFC 4180). `bom` helps spreadsheets read Cyrillic as UTF-8. */
export function exportCsv(
  bookmarks: readonly Bookmark[],
  lookup?: ArticleLookup,
  options: { readonly bom?: boolean } = {},
): string {
  const rows = bookmarks.map((b) => {
    const meta = metaFor(b, lookup);
    const cells: Record<(typeof columns)[number], string> = {
      id: b.id,
      article_id: b.article.id,
      file: meta.file,
      title: meta.title ?? '',
      outlet: meta.outlet ?? '',
      date: meta.date ?? '',
      lang: b.lang,
      quote: b.quote.exact,
      prefix: b.quote.prefix,
      suffix: b.quote.suffix,
      start: String(b.position.start),
      end: String(b.position.end),
      speaker: b.speaker?.name ?? '',
      speaker_id: b.speaker?.id ?? '',
      note: b.note,
      tags: b.tags.join('; '),
      created: b.created,
      updated: b.updated,
      orphaned: b.orphaned ? b.orphaned.reason : '',
      link: bookmarkLink(b),
    };
    return columns.map((c) => csvField(cells[c])).join(',');
  });
  return `${options.bom ? '\uFEFF' : ''}${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}
