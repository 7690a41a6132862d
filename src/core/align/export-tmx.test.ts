import { describe, expect, it } from 'vitest';
import type { AlignLink } from './align';
import { escapeXml, toTmx, type ExportSide } from './export-tmx';
import { toTsv } from './export-tsv';

const a: ExportSide = {
  text: 'Токаев сказал: «Цены <выросли> на 5% & больше».\nВторое предложение.\nТретье.',
  lang: 'ru',
  sentences: [
    [0, 47],
    [48, 67],
    [68, 75],
  ],
};
const b: ExportSide = {
  text: 'Tokayev said: "Prices <rose> by 5% & more."\tAnd\nSecond sentence.',
  lang: 'en',
  sentences: [
    [0, 47],
    [48, 64],
  ],
};
const links: AlignLink[] = [
  { a: [0], b: [0], score: 0.97 },
  { a: [1], b: [1], score: 0.81 },
  { a: [2], b: [], score: 0 },
];

/**
 * A strict well-formedness check for the XML subset TMX uses: one root, balanced tags, quoted
 * attributes, only the five predefined entities and character references.
 */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/u, '').replace(/^<!DOCTYPE[^>]*>\s*/u, '');
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<\/?([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);|[<&]/giu;
  for (const m of body.matchAll(token)) {
    const [whole, name, , selfClosing] = m;
    if (whole === '<' || whole === '&') return false;
    if (name === undefined) continue;
    if (whole.startsWith('</')) {
      if (stack.pop() !== name) return false;
    } else if (selfClosing !== '/') {
      if (stack.length === 0) roots++;
      stack.push(name);
    }
  }
  return stack.length === 0 && roots === 1;
}

describe('TMX export', () => {
  const tmx = toTmx(a, b, links, { toolVersion: '1.2.3', created: new Date(Date.UTC(2024, 2, 14, 9, 5, 7)) });

  it('is well-formed TMX 1.4 with a Qos header', () => {
    expect(wellFormed(tmx)).toBe(true);
    expect(tmx).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/u);
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toMatch(
      /<header creationtool="Qos" creationtoolversion="1\.2\.3" segtype="sentence" o-tmf="Qos" adminlang="en" srclang="ru" datatype="plaintext" creationdate="20240314T090507Z"\/>/u,
    );
  });

  it('writes one unit per link with xml:lang and escaped text, and none for unlinked sentences', () => {
    expect(tmx.match(/<tu>/gu)).toHaveLength(2);
    expect(tmx).toContain(
      '<tuv xml:lang="ru"><seg>Токаев сказал: «Цены &lt;выросли&gt; на 5% &amp; больше».</seg></tuv>',
    );
    expect(tmx).toContain(
      '<tuv xml:lang="en"><seg>Tokayev said: &quot;Prices &lt;rose&gt; by 5% &amp; more.&quot; And</seg></tuv>',
    );
    expect(tmx).toContain('<prop type="x-score">0.970</prop>');
    expect(tmx).not.toContain('Третье');
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d\ufffee\tf')).toBe('abcde\tf');
    expect(wellFormed(toTmx({ ...a, text: `x\u0001<${a.text.slice(2)}` }, b, links))).toBe(true);
  });
});

describe('TSV export', () => {
  it('writes a header and one row per link, with tabs and line breaks flattened', () => {
    const rows = toTsv(a, b, links).trimEnd().split('\n');
    expect(rows[0]).toBe('ru\ten\tscore');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.split('\t')).toEqual([
      'Токаев сказал: «Цены <выросли> на 5% & больше».',
      'Tokayev said: "Prices <rose> by 5% & more." And',
      '0.970',
    ]);
  });

  it('can list unlinked sentences with an empty cell opposite', () => {
    const rows = toTsv(a, b, links, { unlinked: true, header: false }).trimEnd().split('\n');
    expect(rows.at(-1)).toBe('Третье.\t\t0.000');
  });
});
