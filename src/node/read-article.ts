import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiErrorShape, ArticleSummary, LoadedArticle, ParsedText } from '../shared/article';
import { toApiError } from '../shared/qos-error';
import { parseArticle } from '../core/corpus/parse-article';
import { datePrefix } from '../core/corpus/read-header';

const leadWords = 14;

/**
 * The first words of the body, for rows of articles that have no headline; a date field written before
 * them ("date 2023-09-25 Kazakh President…") is shown as the row's date, not as its first words.
 */
export function leadOf(parsed: ParsedText): string {
  const first = parsed.paragraphs.find(([s, e]) => parsed.text.slice(s, e).trim() !== parsed.title);
  const body = (first ? parsed.text.slice(first[0], first[1]) : parsed.text).replace(datePrefix, '');
  const words = body.trim().split(/\s+/);
  return words.length > leadWords ? `${words.slice(0, leadWords).join(' ')}…` : words.join(' ');
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parses bytes already in memory; throws QosError when they are not readable text. */
export function articleFromBytes(bytes: Uint8Array, file: string, encoding?: string): LoadedArticle {
  const parsed = parseArticle(bytes, encoding === undefined ? {} : { encoding });
  const hash = contentHash(parsed.text);
  return {
    ...parsed,
    id: hash.slice(0, 16),
    hash,
    file: path.basename(file),
    source: file,
    lead: leadOf(parsed),
  };
}

/** The library row of a file that could not be read: shown with its reason, never dropped. */
export function errorRow(file: string, error: unknown): ArticleSummary {
  return { ...errorSummaryFields(file), error: asFileError(error) };
}

/** File-system failures (vanished, no permission…) are I/O errors, not crashes of Qos. */
export function asFileError(error: unknown): ApiErrorShape {
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) {
    return { code: 'io_error', message: (error as Error).message };
  }
  return toApiError(error);
}

function errorSummaryFields(file: string): Omit<ArticleSummary, 'error'> {
  const id = `error-${contentHash(file).slice(0, 12)}`;
  return { id, file: path.basename(file), lang: 'und', title: null, lead: '', outlet: null, date: null };
}

/**
 * Reads and parses one corpus file. A file that cannot be read becomes an error row (same summary
 * shape, with `error`), so one bad file never stops the others from loading.
 */
export async function readArticleFile(
  file: string,
  encoding?: string,
): Promise<LoadedArticle | ArticleSummary> {
  try {
    const bytes = await fs.readFile(file);
    return articleFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, encoding);
  } catch (error) {
    return errorRow(file, error);
  }
}

export function isArticle(entry: LoadedArticle | ArticleSummary): entry is LoadedArticle {
  return 'text' in entry;
}

export function summaryOf(entry: LoadedArticle | ArticleSummary): ArticleSummary {
  const { id, file, lang, title, lead, outlet, date } = entry;
  const summary = { id, file, lang, title, lead, outlet, date };
  return entry.error ? { ...summary, error: entry.error } : summary;
}
