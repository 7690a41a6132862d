import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedText, Span } from '../../shared/article';
import { QosError } from '../../shared/qos-error';
import { encodeSingleByte, encodeUtf16 } from './encode-text';
import { isInvisible, stripInvisibles } from './normalize';
import { parseArticle, parseText } from './parse-article';

const corpusDir = path.resolve(__dirname, '../../../resources/corpus');
const seed = (name: string): string => readFileSync(path.join(corpusDir, name), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof QosError)) throw error;
    return error.code;
  }
}

/** Every offset inside the text, every list in order, every span well-formed. */
function expectConsistent(parsed: ParsedText): void {
  const { text } = parsed;
  const inside = ([s, e]: Span): boolean =>
    Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length;
  const ordered = (spans: readonly Span[]): boolean =>
    spans.every((span, i) => i === 0 || (spans[i - 1]?.[1] ?? 0) <= span[0]);
  expect(parsed.paragraphs.every(inside)).toBe(true);
  expect(parsed.sentences.every(inside)).toBe(true);
  expect(ordered(parsed.paragraphs)).toBe(true);
  expect(ordered(parsed.sentences)).toBe(true);
  for (const [s, e] of parsed.sentences) {
    expect(parsed.paragraphs.some(([ps, pe]) => ps <= s && e <= pe)).toBe(true);
  }
  for (const quote of parsed.quotes) {
    expect(inside([quote.start, quote.end])).toBe(true);
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  }
  expect(ordered(parsed.quotes.map((q) => [q.start, q.end] as const))).toBe(true);
  expect(
    parsed.invisibles.every(
      (o, i) => isInvisible(text.charAt(o)) && (i === 0 || (parsed.invisibles[i - 1] ?? -1) < o),
    ),
  ).toBe(true);
  expect(parsed.langConfidence).toBeGreaterThanOrEqual(0);
  expect(parsed.langConfidence).toBeLessThanOrEqual(1);
}

describe('parseArticle on bad input', () => {
  it('refuses empty, binary and oversized files with their codes', () => {
    expect(codeOf(() => parseArticle(new Uint8Array()))).toBe('empty_file');
    expect(
      codeOf(() =>
        parseArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      ),
    ).toBe('not_a_text_file');
    expect(codeOf(() => parseArticle(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20)))).toBe(
      'file_too_large',
    );
  });

  it('refuses a text with a NUL byte after the first kilobyte', () => {
    const bytes = Uint8Array.from(utf8(seed('000_cce68e04d03525b8.txt')));
    bytes[1200] = 0;
    expect(codeOf(() => parseArticle(bytes))).toBe('not_a_text_file');
  });

  it('parses a 2 MB single line in reasonable time', () => {
    const line = 'Kazakh President Kassym-Jomart Tokayev said “we agree” and «да» on Aug. 19, ';
    const text = line.repeat(Math.ceil((2 * 1024 * 1024) / line.length));
    const started = performance.now();
    const parsed = parseArticle(utf8(text));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(parsed.title).toBeNull();
    expect(parsed.paragraphs).toHaveLength(1);
    expectConsistent(parsed);
  });

  it('reads through Latin look-alikes inside Cyrillic words', () => {
    // "Тoкaев" below has a Latin o and a; the text keeps them, matching folds them.
    const text =
      'Президент Казахстана Касым-Жомарт Токаев встретился с гостями.\n\n«Мы рады сотрудничеству», — заявил Тoкaев.';
    const parsed = parseText(text);
    expect(parsed.text).toBe(text);
    expect(parsed.lang).toBe('ru');
    expect(parsed.quotes.map((q) => q.speaker?.name)).toEqual(['Касым-Жомарт Токаев']);
  });

  it('keeps invisible characters, reports them, and reads the same metadata as without them', () => {
    const clean = seed('003_d03093df481e4224.txt');
    const noisy = clean
      .replace('Tokayev', 'To\u200Bkayev')
      .replace('Kazinform cites', 'Kazin\u00ADform\u200D cites')
      .replace('Russian PM', '\u202ERussian PM\u202C')
      .replace('NUR-SULTAN', '\u200ENUR-SULTAN');
    const parsed = parseText(noisy);
    const reference = parseText(clean);
    expect(parsed.text).toBe(noisy);
    expect(parsed.invisibles).toHaveLength(6);
    expect(stripInvisibles(parsed.text)).toBe(clean);
    const meta = ({ title, date, outlet, dateline, authors, cites, lang }: ParsedText) => ({
      title,
      date,
      outlet,
      dateline,
      authors,
      cites,
      lang,
    });
    expect(meta(parsed)).toEqual(meta(reference));
    expect(parsed.quotes.map((q) => q.speaker?.name)).toEqual(reference.quotes.map((q) => q.speaker?.name));
    expect(parsed.quotes.map((q) => stripInvisibles(q.text))).toEqual(reference.quotes.map((q) => q.text));
    expect(parsed.sentences).toHaveLength(reference.sentences.length);
    expectConsistent(parsed);
  });

  it('records the encoding and whether it was guessed', () => {
    const russian = seed('002_f0529af44c44d162.txt');
    expect(parseArticle(utf8(russian))).toMatchObject({
      encoding: 'utf-8',
      encodingGuessed: false,
      lang: 'ru',
    });
    expect(parseArticle(encodeSingleByte(russian, 'windows-1251'))).toMatchObject({
      encoding: 'windows-1251',
      encodingGuessed: true,
    });
    expect(parseArticle(encodeUtf16(russian, 'le', true))).toMatchObject({
      encoding: 'utf-16le',
      encodingGuessed: false,
    });
    expect(parseArticle(encodeSingleByte(russian, 'windows-1251'), { encoding: 'cp1251' })).toMatchObject({
      encoding: 'windows-1251',
      encodingGuessed: false,
    });
  });
});

/** Pieces that exercise every rule: seed phrases, quote marks, datelines, dashes, invisibles, line breaks. */
const pieces = [
  ...seed('000_cce68e04d03525b8.txt')
    .split(/(?<=[ .,\n])/)
    .slice(0, 60),
  ...seed('002_f0529af44c44d162.txt')
    .split(/(?<=[ .,\n])/)
    .slice(0, 60),
  '“',
  '”',
  '«',
  '»',
  '„',
  '‘',
  '’',
  '"',
  ' said Tokayev.',
  ', — сказал он.',
  'NUR-SULTAN. KAZINFORM – ',
  'АСТАНА, 3 июля. /ТАСС/. ',
  ' date 2023-09-25 ',
  'Имя Фамилия, Президент:\n\n- ',
  '\n',
  '\n\n',
  '\r\n',
  '\u2029',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\u00AD',
  '\uD800',
  '\uDC00',
  'e\u0301',
  ' М. В. ',
  ' Mr. ',
  ' г. ',
  'Tatiana Leukhina, Daria Pinegina\nAnalytics Tatarstan',
];
const articleText = fc.array(
  fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 8 })),
  {
    maxLength: 80,
  },
);

describe('properties', () => {
  it('parseText never throws and keeps every offset inside the text, in order', () => {
    fc.assert(
      fc.property(articleText, (parts) => {
        expectConsistent(parseText(parts.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('parseArticle throws nothing but QosError on arbitrary bytes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      articleText.map((parts) => utf8(parts.join(''))),
      articleText.map((parts) => encodeSingleByte(parts.join(''), 'windows-1251')),
      articleText.map((parts) => encodeUtf16(parts.join(''), 'be', false)),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          expectConsistent(parseArticle(input));
        } catch (error) {
          if (!(error instanceof QosError)) throw error;
          expect(['empty_file', 'not_a_text_file']).toContain(error.code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('overriding the encoding never throws anything but QosError', () => {
    const labels = fc.constantFrom(
      'utf-8',
      'utf-16le',
      'koi8-r',
      'ibm866',
      'iso-8859-5',
      'windows-1251',
      'nope',
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), labels, (input, encoding) => {
        try {
          expectConsistent(parseArticle(input, { encoding }));
        } catch (error) {
          if (!(error instanceof QosError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });
});
