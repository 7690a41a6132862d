import type { Span } from '../../shared/article';
import { findDate } from './find-date';

/** What the top of an article says about it: headline, date line, dateline and the lead paragraph. */
export interface Header {
  readonly title: string | null;
  /** Index of the title paragraph, or -1. */
  readonly titleParagraph: number;
  readonly date: string | null;
  readonly dateline: string | null;
  /** The agency named in the dateline ("KAZINFORM", "/ТАСС/", "(Reuters)"), as written, unwrapped. */
  readonly datelineAgency: string | null;
  /** Index of the lead: the first paragraph of the body. */
  readonly leadParagraph: number;
  /** Where the lead's own words start, after any date prefix and dateline. */
  readonly leadStart: number;
}

/** "date 2023-09-25" before the first words: a date field that some exports write into the text. */
export const datePrefix = /^\s*(?:date|дата|күні)\s*:?\s*((?:19|20)\d\d-\d\d-\d\d)\b\s*/iu;
const upperWord = "\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)*";
const city = `(${upperWord}(?:\\s${upperWord}){0,3})`;
const dash = '\\s*[–—-]\\s+';
const wrappedAgency = '(/[^/\\n]{2,40}/|\\([^()\\n]{2,40}\\))';
const agency = `(/[^/\\n]{2,40}/|\\([^()\\n]{2,40}\\)|${upperWord}(?:\\s${upperWord}){0,2})`;
/**
 * Datelines in the shapes agencies use: "NUR-SULTAN –", "NUR-SULTAN. KAZINFORM –",
 * "АСТАНА, 3 июля. /ТАСС/.", "ASTANA, Aug 19 (Reuters) -", "MOSCOW (AP) —".
 */
const datelines: readonly RegExp[] = [
  new RegExp(`^${city}\\.\\s+${agency}${dash}`, 'u'),
  new RegExp(`^${city},\\s+([^/()\\n]{3,30}?)\\.?\\s*${agency}?\\.?(?:${dash}|\\s+(?=\\p{Lu}))`, 'u'),
  new RegExp(`^${city}\\s*${wrappedAgency}${dash}`, 'u'),
  new RegExp(`^${city}${dash}`, 'u'),
];

/** A line that is nothing but a date, maybe a weekday and a time, as news sites print under the headline. */
function dateLine(line: string): string | null {
  if (line.length > 60) return null;
  const found = findDate(line);
  if (found === null) return null;
  const rest = line.slice(0, found.index) + line.slice(found.index + found.length);
  const letters = rest.replace(/\d{1,2}:\d\d(?::\d\d)?/g, '').replace(/[^\p{L}]/gu, '');
  return letters.length <= 12 ? found.iso : null;
}

export function readHeader(text: string, paragraphs: readonly Span[]): Header {
  let index = 0;
  let date: string | null = null;
  let leadStart = paragraphs[0]?.[0] ?? 0;
  let title: string | null = null;
  let titleParagraph = -1;

  const first = paragraphs[0];
  const firstText = first === undefined ? '' : text.slice(first[0], Math.min(first[1], first[0] + 400));
  const prefix = datePrefix.exec(firstText);
  if (prefix !== null && first !== undefined) {
    date = prefix[1] ?? null;
    leadStart = first[0] + prefix[0].length;
  } else if (first !== undefined && paragraphs.length > 1 && isHeadline(text.slice(first[0], first[1]))) {
    title = text.slice(first[0], first[1]).replace(/\s+/g, ' ');
    titleParagraph = 0;
    index = 1;
    const next = paragraphs[1];
    const nextText = next === undefined ? '' : text.slice(next[0], next[1]);
    const lineDate = next === undefined ? null : dateLine(nextText);
    if (lineDate !== null && paragraphs.length > 2) {
      date = lineDate;
      index = 2;
    }
    leadStart = paragraphs[index]?.[0] ?? leadStart;
  }

  const lead = paragraphs[index];
  const leadText = lead === undefined ? '' : text.slice(leadStart, Math.min(lead[1], leadStart + 2000));
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  for (const re of datelines) {
    const m = re.exec(leadText.slice(0, 200));
    if (m === null) continue;
    dateline = m[1] ?? null;
    const wrapped = re === datelines[1] ? m[3] : m[2];
    datelineAgency = wrapped === undefined ? null : wrapped.replace(/^[/(]|[/)]$/g, '').trim();
    if (re === datelines[1]) {
      const inDateline = findDate(m[2] ?? '');
      // "ASTANA, Kazakhstan –" names a country, not a date; only a date makes the comma form a dateline.
      if (inDateline === null) {
        dateline = null;
        datelineAgency = null;
        continue;
      }
      date ??= inDateline.iso;
    }
    leadStart += m[0].length;
    break;
  }
  // The article's date is stated at its top: a date prefix, a date line, the dateline, or the lead
  // paragraph. Dates further down are dates of the events it reports ("On 25 January, …").
  if (date === null && lead !== undefined) date = findDate(text.slice(leadStart, lead[1]))?.iso ?? null;
  return { title, titleParagraph, date, dateline, datelineAgency, leadParagraph: index, leadStart };
}

/**
 * A headline is one short line that does not end like a sentence. Bylines, interview speaker lines and
 * datelines are not headlines.
 */
function isHeadline(paragraph: string): boolean {
  if (paragraph.length > 250 || paragraph.includes('\n')) return false;
  const words = paragraph.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));
  if (words.length < 2 || words.length > 30) return false;
  if (/[.,;:]$/.test(paragraph)) return false;
  if (!/^[\p{Lu}\d«“‘"'„]/u.test(paragraph)) return false;
  return !datelines.some((re) => re.test(paragraph));
}
