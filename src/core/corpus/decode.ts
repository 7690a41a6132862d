import { QosError } from '../../shared/qos-error';
import { scoreRussian } from './score-russian';

export const maxFileBytes = 20 * 1024 * 1024;

export interface DecodedText {
  readonly text: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `windows-1251`, `utf-16le`. */
  readonly encoding: string;
  /** True when no BOM, no caller and no strict validation settled it: a sniff or a frequency guess. */
  readonly guessed: boolean;
}

export interface DecodeOptions {
  /** Any WHATWG encoding label; skips detection. */
  readonly encoding?: string;
}

/** The legacy code pages Russian text still arrives in, in the order ties are broken. */
export const legacyCyrillicEncodings = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const;

/** Enough bytes to tell the encodings apart; scoring the whole of a 20 MB file would gain nothing. */
const sampleBytes = 64 * 1024;

/** The error for a file over the limit; callers that know the size before reading use it too. */
export function tooLarge(size: number): QosError {
  const mb = (size / 1024 / 1024).toFixed(size < 21 * 1024 * 1024 ? 2 : 1);
  return new QosError('file_too_large', `The file is too large (${mb} MB): Qos reads files up to 20 MB.`);
}

const notText = (): QosError => new QosError('not_a_text_file', 'This is not a text file.');

/**
 * Bytes to text. Order matters: size and emptiness, then a BOM (the only certain signal), then NUL
 * bytes (UTF-16 without a BOM, or binary), then strict UTF-8, and only then a guess among the Cyrillic
 * code pages. Throws QosError (`empty_file`, `file_too_large`, `not_a_text_file`, `bad_request`).
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new QosError('empty_file', 'The file is empty.');
  if (bytes.length > maxFileBytes) throw tooLarge(bytes.length);
  const decoded = options.encoding === undefined ? detect(bytes) : decodeAs(bytes, options.encoding);
  if (decoded.text.trim().length === 0) throw new QosError('empty_file', 'The file holds no text.');
  if (!decoded.encoding.startsWith('utf-16') && looksBinary(decoded.text)) throw notText();
  return decoded;
}

function decodeAs(bytes: Uint8Array, label: string): DecodedText {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    throw new QosError('bad_request', `Unknown encoding: ${label}`);
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding, guessed: false };
}

function detect(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom !== null) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, guessed: false };
  if (bytes.indexOf(0) >= 0) {
    const utf16 = sniffUtf16(bytes);
    if (utf16 === null) throw notText();
    const text = new TextDecoder(utf16).decode(bytes);
    if (looksBinary(text) || replacementShare(text) > 0.01) throw notText();
    return { text, encoding: utf16, guessed: true };
  }
  if (hasMagicNumber(bytes)) throw notText();
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      guessed: false,
    };
  } catch {
    // Not strict UTF-8: a damaged UTF-8 file still has almost all its high bytes in valid sequences,
    // which legacy Cyrillic text practically never does.
  }
  if (utf8Share(bytes) >= 0.9) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', guessed: true };
  }
  return guessLegacy(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  // UTF-32 LE also starts with FF FE; WHATWG has no UTF-32 decoder, so it is not readable text here.
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 && bytes.length >= 4 ? null : 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 text puts the zero high byte of every ASCII character (spaces at least) on one parity; binary
 * data scatters NULs over both.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, sampleBytes) & ~1;
  if (length < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  if (odd >= pairs * 0.05 && even <= odd * 0.02) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even * 0.02) return 'utf-16be';
  return null;
}

/** Formats that can pass as valid UTF-8 in their first bytes but are not text. */
const magicNumbers: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, epub
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
];

function hasMagicNumber(bytes: Uint8Array): boolean {
  return magicNumbers.some((magic) => magic.every((byte, i) => bytes[i] === byte));
}

/** Control characters other than tab, line feed, form feed and carriage return mark binary data. */
function looksBinary(text: string): boolean {
  let controls = 0;
  const limit = Math.min(text.length, sampleBytes * 4);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f) controls++;
  }
  return controls >= 2 && controls > limit * 0.01;
}

function replacementShare(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count / Math.max(1, text.length);
}

/** Share of the bytes ≥ 0x80 that sit in well-formed UTF-8 sequences. */
function utf8Share(bytes: Uint8Array): number {
  let high = 0;
  let valid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const size =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let ok = size > 0 && i + size <= bytes.length;
    for (let k = 1; ok && k < size; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += size;
      high += size;
      i += size - 1;
    } else {
      high++;
    }
  }
  return high === 0 ? 1 : valid / high;
}

function guessLegacy(bytes: Uint8Array): DecodedText {
  const sample = bytes.subarray(0, sampleBytes);
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of legacyCyrillicEncodings) {
    const score = scoreRussian(new TextDecoder(encoding).decode(sample));
    if (best === null || score > best.score) best = { encoding, score };
  }
  const encoding = best?.encoding ?? 'windows-1251';
  return { text: new TextDecoder(encoding).decode(bytes), encoding, guessed: true };
}
