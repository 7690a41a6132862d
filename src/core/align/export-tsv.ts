import type { AlignLink } from './align';
import { segmentText, type ExportSide } from './export-tmx';

export interface TsvOptions {
  /** Also write the rows of unlinked sentences, with an empty cell opposite (default false). */
  readonly unlinked?: boolean;
  /** Write a header row naming the columns (default true). */
  readonly header?: boolean;
}

/** Tabs and line breaks inside a cell would break the row: they become spaces. */
const cell = (text: string) => text.replace(/[\t\r\n]+/gu, ' ');

/** Tab-separated rows: A's text, B's text, score; one row per link, in text order. */
export function toTsv(
  a: ExportSide,
  b: ExportSide,
  links: readonly AlignLink[],
  options: TsvOptions = {},
): string {
  const rows: string[] = [];
  if (options.header ?? true) rows.push([a.lang, b.lang, 'score'].map(cell).join('\t'));
  for (const link of links) {
    const linked = link.a.length > 0 && link.b.length > 0;
    if (!linked && !options.unlinked) continue;
    rows.push([cell(segmentText(a, link.a)), cell(segmentText(b, link.b)), link.score.toFixed(3)].join('\t'));
  }
  return rows.length > 0 ? `${rows.join('\n')}\n` : '';
}
