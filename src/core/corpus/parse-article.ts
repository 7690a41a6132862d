import type { ParsedText, Quote, Span } from '../../shared/article';
import { attributeQuotes } from './attribute-quotes';
import { decodeBytes, type DecodeOptions } from './decode';
import { detectLanguage } from './detect-language';
import { findPeople } from './find-people';
import { findQuoteSpans } from './find-quote-spans';
import { cleanView, normalizeText } from './normalize';
import { readHeader } from './read-header';
import { readSources } from './read-sources';
import { splitParagraphs } from './split-paragraphs';
import { splitSentences } from './split-sentences';

/*
 * The ingestion pipeline: bytes → decode (decode.ts) → normalize (normalize.ts) → language, paragraphs,
 * sentences → header (headline, date, dateline) → sources (outlet, authors, cited source) → people and
 * attributed quotes. Every offset in the result is a UTF-16 offset into the normalized text.
 *
 * The article's date is taken only from its top: a date prefix, a date line under the headline, the
 * dateline, or the lead paragraph. Dates further down belong to the events reported ("On 25 January, the
 * delegation visited…") and are not the article's date.
 */

/** Decodes and parses one article file. Throws QosError when the bytes are not readable text. */
export function parseArticle(bytes: Uint8Array, options: DecodeOptions = {}): ParsedText {
  const decoded = decodeBytes(bytes, options);
  return parseDecoded(decoded.text, decoded.encoding, decoded.guessed);
}

/** Parses text that is already decoded; `encoding` is only recorded. */
export function parseText(text: string, encoding = 'utf-8'): ParsedText {
  return parseDecoded(text, encoding, false);
}

function parseDecoded(input: string, encoding: string, encodingGuessed: boolean): ParsedText {
  const { text, invisibles } = normalizeText(input);
  // Patterns run on the text without invisible characters (a zero-width space inside a name must not
  // hide it); spans found there are mapped back to offsets in the text as stored.
  const view = cleanView(text, invisibles);
  const clean = view.clean;
  const { lang, confidence } = detectLanguage(clean);
  const paragraphs = splitParagraphs(clean);
  const sentences = splitSentences(clean, paragraphs, lang);
  const header = readHeader(clean, paragraphs);
  const sources = readSources(clean, paragraphs, header);
  const skip = new Set(header.titleParagraph >= 0 ? [header.titleParagraph] : []);
  const people = findPeople(clean);
  const quotes = attributeQuotes(clean, findQuoteSpans(clean, paragraphs, skip), paragraphs, people);

  const span = ([s, e]: Span): Span => [
    view.toFullStart(s),
    Math.max(view.toFullStart(s), view.toFullEnd(e)),
  ];
  const quote = (q: Quote): Quote => {
    const [start, end] = span([q.start, q.end]);
    return { start, end, text: text.slice(start, end), speaker: q.speaker };
  };
  return {
    lang,
    langConfidence: confidence,
    encoding,
    encodingGuessed,
    title: header.title,
    date: header.date,
    outlet: sources.outlet,
    dateline: header.dateline,
    authors: sources.authors,
    cites: sources.cites,
    text,
    paragraphs: paragraphs.map(span),
    sentences: sentences.map(span),
    quotes: quotes.map(quote),
    invisibles,
  };
}
