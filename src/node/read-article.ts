import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleSummary, ParsedText } from '../shared/article';
import { toApiError } from '../shared/qos-error';
import { parseArticle } from '../core/corpus/parse-article';

const leadWords = 14;

/** The first words of the body, for rows of articles that have no headline. */
export function leadOf(parsed: ParsedText): string {
  const first = parsed.paragraphs.find(([s, e]) => parsed.text.slice(s, e).trim() !== parsed.title);
  const body = first ? parsed.text.slice(first[0], first[1]) : parsed.text;
  const words = body.trim().split(/\s+/);
  return words.length > leadWords ? `${words.slice(0, leadWords).join(' ')}…` : words.join(' ');
}

export function articleId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads and parses one corpus file. A file that cannot be read becomes an error row (same summary
 * shape, with `error`), so one bad file never stops the others from loading.
 */
export async function readArticleFile(file: string): Promise<Article | ArticleSummary> {
  const name = path.basename(file);
  try {
    const bytes = await fs.readFile(file);
    const parsed = parseArticle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const hash = articleId(parsed.text);
    return { ...parsed, id: hash.slice(0, 16), hash, file: name, source: file, lead: leadOf(parsed) };
  } catch (error) {
    const id = `error-${articleId(file).slice(0, 12)}`;
    return {
      id,
      file: name,
      lang: 'und',
      title: null,
      lead: '',
      outlet: null,
      date: null,
      error: toApiError(error),
    };
  }
}

export function isArticle(entry: Article | ArticleSummary): entry is Article {
  return 'text' in entry;
}

export function summaryOf(entry: Article | ArticleSummary): ArticleSummary {
  const { id, file, lang, title, lead, outlet, date } = entry;
  return entry.error
    ? { id, file, lang, title, lead, outlet, date, error: entry.error }
    : { id, file, lang, title, lead, outlet, date };
}
