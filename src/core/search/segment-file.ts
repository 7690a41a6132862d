import type { ArticleLang } from '../../shared/article';
import type { SearchEntity } from '../../shared/search';
import type { CompactIndex } from './compact-index';

/**
 * The on-disk form of one segment's index: a magic number, a JSON header (format, documents' stored
 * fields, section table) and the CompactIndex arrays, each 8-byte aligned so that loading is a view
 * onto the file's bytes rather than a parse. The documents themselves live in a store file beside it.
 */

export const segmentFormat = 2;
const magic = 0x31475351; // "QSG1" little-endian

/** What a segment keeps about each article besides its index terms. */
export interface StoredDoc {
  readonly id: string;
  readonly file: string;
  readonly title: string | null;
  readonly lang: ArticleLang;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly entities: readonly SearchEntity[];
  /** Byte range of the document's line in the segment's store, and a hash of its text to check it. */
  readonly textStart: number;
  readonly textBytes: number;
  readonly textHash: string;
}

export interface SegmentHeader {
  readonly format: number;
  /** Analyzer and pipeline version the terms were made with. */
  readonly pipeline: string;
  readonly docs: readonly StoredDoc[];
}

type SectionKind = 'u32' | 'u16' | 'f32' | 'utf8';

interface Section {
  readonly name: string;
  readonly kind: SectionKind;
  readonly offset: number;
  readonly length: number;
}

interface FileHeader extends SegmentHeader {
  readonly fields: readonly string[];
  readonly docCount: number;
  readonly sections: readonly Section[];
}

const align = (n: number): number => Math.ceil(n / 8) * 8;

/** FNV-1a over UTF-16 code units, hex: cheap enough to check every text read from disk. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * `vocabulary`: the segment's word keys, sorted, for prefix queries (the index holds stems, and
 * `talki*` must reach `talking`, indexed as `talk`).
 */
export function encodeSegment(
  header: SegmentHeader,
  index: CompactIndex,
  vocabulary: readonly string[],
): Uint8Array {
  const encoder = new TextEncoder();
  const arrays: { name: string; kind: SectionKind; bytes: Uint8Array; length: number }[] = [];
  const add = (name: string, kind: SectionKind, view: ArrayBufferView & { length: number }): void => {
    arrays.push({
      name,
      kind,
      bytes: new Uint8Array(view.buffer, view.byteOffset, view.byteLength),
      length: view.length,
    });
  };
  add('terms', 'utf8', encoder.encode(index.terms.join('\n')));
  add('vocab', 'utf8', encoder.encode(vocabulary.join('\n')));
  index.fields.forEach((field, f) => {
    add(`po:${field}`, 'u32', index.postingOffsets[f] as Uint32Array);
    add(`pd:${field}`, 'u16', index.postingDocs[f] as Uint16Array);
    add(`vo:${field}`, 'u32', index.vectorOffsets[f] as Uint32Array);
    add(`ve:${field}`, 'f32', index.vectorElements[f] as Float32Array);
    add(`xo:${field}`, 'u32', index.positionOffsets[f] as Uint32Array);
    add(`xs:${field}`, 'u16', index.positions[f] as Uint16Array);
  });
  let offset = 0;
  const sections: Section[] = arrays.map((a) => {
    const section = { name: a.name, kind: a.kind, offset, length: a.length };
    offset = align(offset + a.bytes.byteLength);
    return section;
  });
  const fileHeader: FileHeader = { ...header, fields: index.fields, docCount: index.docCount, sections };
  const headerBytes = encoder.encode(JSON.stringify(fileHeader));
  const dataStart = align(8 + headerBytes.byteLength);
  const out = new Uint8Array(dataStart + offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, true);
  view.setUint32(4, headerBytes.byteLength, true);
  out.set(headerBytes, 8);
  arrays.forEach((a, i) => out.set(a.bytes, dataStart + (sections[i] as Section).offset));
  return out;
}

export class SegmentFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SegmentFormatError';
  }
}

/** Decodes a segment file; throws SegmentFormatError when it is not one (or is cut short). */
export interface DecodedSegment {
  readonly header: SegmentHeader;
  readonly index: CompactIndex;
  /** Split on first use: most queries have no prefix. */
  readonly vocabulary: () => readonly string[];
}

export function decodeSegment(input: Uint8Array): DecodedSegment {
  // Typed-array views need aligned offsets; a small file read by Node may sit in a shared pool.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.byteLength < 8) throw new SegmentFormatError('segment file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== magic) throw new SegmentFormatError('not a segment file');
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.byteLength) throw new SegmentFormatError('segment header cut short');
  let header: FileHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as FileHeader;
  } catch {
    throw new SegmentFormatError('segment header unreadable');
  }
  if (header.format !== segmentFormat || !Array.isArray(header.docs) || !Array.isArray(header.sections))
    throw new SegmentFormatError('segment format not supported');
  const dataStart = bytes.byteOffset + align(8 + headerLength);
  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const take = <T>(name: string, kind: SectionKind, make: (offset: number, length: number) => T): T => {
    const s = sections.get(name);
    const width = kind === 'u16' ? 2 : kind === 'utf8' ? 1 : 4;
    if (
      !s ||
      s.kind !== kind ||
      dataStart + s.offset + s.length * width > bytes.byteOffset + bytes.byteLength
    )
      throw new SegmentFormatError(`segment section ${name} missing or cut short`);
    return make(dataStart + s.offset, s.length);
  };
  const buffer = bytes.buffer;
  const termText = take('terms', 'utf8', (o, n) => new TextDecoder().decode(new Uint8Array(buffer, o, n)));
  const terms = termText === '' ? [] : termText.split('\n');
  const vocabBytes = take('vocab', 'utf8', (o, n) => new Uint8Array(buffer, o, n));
  let vocabulary: readonly string[] | null = null;
  const index: CompactIndex = {
    fields: header.fields,
    docCount: header.docCount,
    terms,
    postingOffsets: header.fields.map((f) => take(`po:${f}`, 'u32', (o, n) => new Uint32Array(buffer, o, n))),
    postingDocs: header.fields.map((f) => take(`pd:${f}`, 'u16', (o, n) => new Uint16Array(buffer, o, n))),
    vectorOffsets: header.fields.map((f) => take(`vo:${f}`, 'u32', (o, n) => new Uint32Array(buffer, o, n))),
    vectorElements: header.fields.map((f) =>
      take(`ve:${f}`, 'f32', (o, n) => new Float32Array(buffer, o, n)),
    ),
    positionOffsets: header.fields.map((f) =>
      take(`xo:${f}`, 'u32', (o, n) => new Uint32Array(buffer, o, n)),
    ),
    positions: header.fields.map((f) => take(`xs:${f}`, 'u16', (o, n) => new Uint16Array(buffer, o, n))),
  };
  if (
    index.postingOffsets.some((o) => o.length !== terms.length + 1) ||
    index.vectorOffsets.some((o) => o.length !== header.docCount + 1 && o.length !== 0) ||
    index.positionOffsets.some(
      (o, f) => o.length !== 0 && o.length !== (index.postingDocs[f]?.length ?? 0) + 1,
    ) ||
    header.docs.length !== header.docCount
  )
    throw new SegmentFormatError('segment tables disagree');
  return {
    header: { format: header.format, pipeline: header.pipeline, docs: header.docs },
    index,
    vocabulary: () => {
      if (vocabulary === null) {
        const text = new TextDecoder().decode(vocabBytes);
        vocabulary = text === '' ? [] : text.split('\n');
      }
      return vocabulary;
    },
  };
}
