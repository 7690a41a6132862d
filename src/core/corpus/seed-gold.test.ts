import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedText } from '../../shared/article';
import { encodeSingleByte, encodeUtf16 } from './encode-text';
import { parseArticle } from './parse-article';

const goldPath = path.resolve(__dirname, '../../../../shared/eval/seed-gold.json');
const corpusDir = path.resolve(__dirname, '../../../resources/corpus');

interface GoldArticle {
  lang: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  cites: string | null;
  dateline: string | null;
  authors: string[];
}
interface Gold {
  articles: Record<string, GoldArticle>;
  entities: { id: string; en: string; ru: string }[];
  quotes: { file: string; speaker: string; starts: string }[];
}

function loadGold(): Gold {
  if (!existsSync(goldPath)) {
    throw new Error(
      `seed gold not found at ${goldPath}: this test needs shared/eval/seed-gold.json beside the repo`,
    );
  }
  return JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
}

const gold = loadGold();
const files = Object.keys(gold.articles);
const seedText = (file: string): string => readFileSync(path.join(corpusDir, file), 'utf8');

/** The metadata fields the gold fixes, with strings passed through `fold` (for lossy code pages). */
function metadata(parsed: ParsedText | GoldArticle, fold: (s: string) => string = (s) => s) {
  const f = (s: string | null): string | null => (s === null ? null : fold(s));
  return {
    lang: parsed.lang,
    title: f(parsed.title),
    date: parsed.date,
    outlet: f(parsed.outlet),
    cites: f(parsed.cites),
    dateline: f(parsed.dateline),
    authors: parsed.authors.map(fold),
  };
}

const surname = (name: string): string => (name.trim().split(/\s+/).pop() ?? '').toLowerCase();

function speakerMatches(name: string | undefined, entityId: string): boolean {
  const entity = gold.entities.find((e) => e.id === entityId);
  if (entity === undefined || name === undefined) return false;
  return surname(name) === surname(entity.en) || surname(name) === surname(entity.ru);
}

function expectQuotes(file: string, parsed: ParsedText, fold: (s: string) => string = (s) => s): void {
  for (const quote of gold.quotes.filter((q) => q.file === file)) {
    const found = parsed.quotes.find((q) => q.text.startsWith(fold(quote.starts)));
    expect(found, `${file}: quote "${quote.starts}"`).toBeDefined();
    expect(speakerMatches(found?.speaker?.name, quote.speaker), `${file}: speaker of "${quote.starts}"`).toBe(
      true,
    );
    if (found !== undefined) expect(parsed.text.slice(found.start, found.end)).toBe(found.text);
  }
}

describe('seed gold', () => {
  it('covers the five seeds and eleven quotes', () => {
    expect(files).toHaveLength(5);
    expect(gold.quotes).toHaveLength(11);
  });

  it.each(files)('%s: every metadata field', (file) => {
    const parsed = parseArticle(readFileSync(path.join(corpusDir, file)));
    const expected = gold.articles[file];
    expect(expected).toBeDefined();
    if (expected !== undefined) expect(metadata(parsed)).toEqual(metadata(expected));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.encodingGuessed).toBe(false);
  });

  it.each(files)('%s: every quote with its speaker', (file) => {
    expectQuotes(file, parseArticle(readFileSync(path.join(corpusDir, file))));
  });
});

/** What a converter does with characters KOI8-R and cp866 lack: straight quotes and hyphens. */
const lossy = (s: string): string =>
  s
    .replace(/[«»“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-');
const hasCyrillic = (s: string): boolean => /[а-яё]/i.test(s);

describe('seed gold, re-encoded', () => {
  const cases = files.flatMap((file) => [
    { file, encoding: 'windows-1251', fold: (s: string) => s },
    { file, encoding: 'koi8-r', fold: lossy },
    { file, encoding: 'ibm866', fold: lossy },
    { file, encoding: 'iso-8859-5', fold: lossy },
  ]);

  it.each(cases)('$file in $encoding', ({ file, encoding, fold }) => {
    const text = fold(seedText(file));
    const bytes = encodeSingleByte(text, encoding);
    expect(bytes.includes(0x3f) && !text.includes('?'), 'every character is representable').toBe(false);
    const parsed = parseArticle(bytes);
    expect(parsed.text).toBe(text);
    // English text without curly quotes is plain ASCII, which is valid UTF-8.
    const expectedEncoding = hasCyrillic(text) || /[^ -~\s]/.test(text) ? encoding : 'utf-8';
    expect(parsed.encoding).toBe(expectedEncoding);
    expect(parsed.encodingGuessed).toBe(expectedEncoding !== 'utf-8');
    const expected = gold.articles[file];
    if (expected !== undefined) expect(metadata(parsed)).toEqual(metadata(expected, fold));
    expectQuotes(file, parsed, fold);
  });

  const utf16 = files.flatMap((file) =>
    (['le', 'be'] as const).flatMap((endian) => [true, false].map((bom) => ({ file, endian, bom }))),
  );

  it.each(utf16)('$file in UTF-16 $endian, BOM $bom', ({ file, endian, bom }) => {
    const parsed = parseArticle(encodeUtf16(seedText(file), endian, bom));
    expect(parsed.text).toBe(seedText(file));
    expect(parsed.encoding).toBe(`utf-16${endian}`);
    expect(parsed.encodingGuessed).toBe(!bom);
    const expected = gold.articles[file];
    if (expected !== undefined) expect(metadata(parsed)).toEqual(metadata(expected));
    expectQuotes(file, parsed);
  });

  it.each(files)('%s with a UTF-8 BOM and CRLF line endings', (file) => {
    const crlf = seedText(file).replace(/\n/g, '\r\n');
    const bytes = new TextEncoder().encode(`\uFEFF${crlf}`);
    const parsed = parseArticle(bytes);
    expect(parsed.text).toBe(seedText(file));
    const expected = gold.articles[file];
    if (expected !== undefined) expect(metadata(parsed)).toEqual(metadata(expected));
    expectQuotes(file, parsed);
  });
});
