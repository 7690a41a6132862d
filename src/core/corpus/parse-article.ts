import type { ParsedText, Span } from '../../shared/article';
import { QosError } from '../../shared/qos-error';

const maxBytes = 20 * 1024 * 1024;

/** Decodes and parses one article file. Throws QosError when the bytes are not readable text. */
export function parseArticle(bytes: Uint8Array, options: { encoding?: string } = {}): ParsedText {
  if (bytes.length === 0) throw new QosError('empty_file', 'The file is empty.');
  if (bytes.length > maxBytes) throw new QosError('file_too_large', 'The file is larger than 20 MB.');
  if (bytes.includes(0)) throw new QosError('not_a_text_file', 'This is not a text file.');
  const encoding = options.encoding ?? 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  return parseText(text, encoding);
}

/** Parses text that is already decoded. */
export function parseText(text: string, encoding = 'utf-8'): ParsedText {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  const paragraphs: Span[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (const m of normalized.matchAll(re)) paragraphs.push([m.index, m.index + m[0].length]);
  return {
    lang: /[а-яё]/i.test(normalized) ? 'ru' : 'en',
    langConfidence: 0.5,
    encoding,
    encodingGuessed: false,
    title: null,
    date: null,
    outlet: null,
    dateline: null,
    authors: [],
    cites: null,
    text: normalized,
    paragraphs,
    sentences: paragraphs,
    quotes: [],
    invisibles: [],
  };
}
