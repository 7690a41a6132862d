import type { AlignLink } from './align';
import type { Span } from '../../shared/article';

/** One side of an aligned pair, as exports need it. */
export interface ExportSide {
  readonly text: string;
  /** A BCP 47 tag for `xml:lang`: `ru`, `en`. */
  readonly lang: string;
  readonly sentences: readonly Span[];
}

export interface TmxOptions {
  /** Written as `creationtoolversion`. */
  readonly toolVersion?: string;
  /** UTC time of creation, written as `creationdate` (TMX's YYYYMMDDThhmmssZ); left out when absent. */
  readonly created?: Date;
  /** Links below this score are left out (default 0). */
  readonly minScore?: number;
}

/** XML 1.0 cannot carry C0 controls other than tab and line breaks, U+FFFE/U+FFFF or lone surrogates. */
function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const control = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (!control && !surrogate && c !== 0xfffe && c !== 0xffff) out += ch;
  }
  return out;
}

/** Escapes text for an XML element or a double-quoted attribute, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The text of a link's sentences on one side, joined by a space, line breaks flattened. */
export function segmentText(side: ExportSide, indexes: readonly number[]): string {
  return indexes
    .map((i) => side.sentences[i])
    .filter((s): s is Span => s !== undefined)
    .map(([s, e]) => side.text.slice(s, e).replace(/\s+/gu, ' ').trim())
    .join(' ');
}

function tmxDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A TMX 1.4 translation memory of the links that join sentences on both sides (unlinked sentences
 * have no translation unit). Each unit carries its score as an `x-score` property.
 */
export function toTmx(
  a: ExportSide,
  b: ExportSide,
  links: readonly AlignLink[],
  options: TmxOptions = {},
): string {
  const attrs = [
    `creationtool="Qos"`,
    `creationtoolversion="${escapeXml(options.toolVersion ?? '0')}"`,
    `segtype="sentence"`,
    `o-tmf="Qos"`,
    `adminlang="en"`,
    `srclang="${escapeXml(a.lang)}"`,
    `datatype="plaintext"`,
    ...(options.created ? [`creationdate="${tmxDate(options.created)}"`] : []),
  ];
  const units: string[] = [];
  for (const link of links) {
    if (link.a.length === 0 || link.b.length === 0 || link.score < (options.minScore ?? 0)) continue;
    units.push(
      [
        '    <tu>',
        `      <prop type="x-score">${link.score.toFixed(3)}</prop>`,
        `      <tuv xml:lang="${escapeXml(a.lang)}"><seg>${escapeXml(segmentText(a, link.a))}</seg></tuv>`,
        `      <tuv xml:lang="${escapeXml(b.lang)}"><seg>${escapeXml(segmentText(b, link.b))}</seg></tuv>`,
        '    </tu>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header ${attrs.join(' ')}/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
