/** Text as every later step sees it, with the offsets of the invisible characters it kept. */
export interface NormalizedText {
  readonly text: string;
  readonly invisibles: readonly number[];
}

/**
 * Zero-width characters, the soft hyphen and bidi controls. They are kept in the text (removing them
 * would move every offset a bookmark or highlight points at) but reported, so the reader can show them
 * and index keys can drop them.
 */
const invisibleClass =
  '\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const invisibleRe = new RegExp(`[${invisibleClass}]`, 'g');
const invisibleTest = new RegExp(`[${invisibleClass}]`);

const loneSurrogateRe = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isInvisible(char: string): boolean {
  return invisibleTest.test(char);
}

/** NFC, `\n` line endings, lone surrogates replaced by U+FFFD; invisible characters kept and listed. */
export function normalizeText(input: string): NormalizedText {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Lone surrogates first: NFC and later JSON/IPC would otherwise carry invalid UTF-16 around.
  text = text.replace(loneSurrogateRe, '\uFFFD');
  // U+2029 separates paragraphs, so it becomes a blank line; the other separators end a line.
  text = text.replace(/\r\n?|\u2028|\u0085/g, '\n').replace(/\u2029/g, '\n\n');
  text = text.normalize('NFC');
  const invisibles: number[] = [];
  if (invisibleTest.test(text)) {
    for (const match of text.matchAll(invisibleRe)) invisibles.push(match.index);
  }
  return { text, invisibles };
}

/** Drops invisible and bidi control characters: for index keys and comparisons, never for display. */
export function stripInvisibles(text: string): string {
  return invisibleTest.test(text) ? text.replace(invisibleRe, '') : text;
}

/**
 * The text with its invisible characters removed, for pattern matching (a zero-width space inside
 * "Tokayev" must not hide the name), and a way back to offsets in the full text.
 */
export interface CleanView {
  readonly clean: string;
  /** Offset in the full text of a start offset in `clean`. */
  readonly toFullStart: (offset: number) => number;
  /** Offset in the full text of an end (exclusive) offset in `clean`. */
  readonly toFullEnd: (offset: number) => number;
}

export function cleanView(text: string, invisibles: readonly number[]): CleanView {
  if (invisibles.length === 0) {
    const same = (offset: number): number => offset;
    return { clean: text, toFullStart: same, toFullEnd: same };
  }
  // positions[i] is where the i-th kept character sits in the full text; the extra last entry maps
  // an offset at the very end.
  const positions = new Uint32Array(text.length - invisibles.length + 1);
  let kept = 0;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    if (next < invisibles.length && invisibles[next] === i) {
      next++;
      continue;
    }
    positions[kept++] = i;
  }
  positions[kept] = text.length;
  const clean = stripInvisibles(text);
  return {
    clean,
    toFullStart: (offset) => positions[Math.min(offset, kept)] ?? text.length,
    toFullEnd: (offset) => (offset <= 0 ? 0 : (positions[Math.min(offset, kept) - 1] ?? text.length - 1) + 1),
  };
}
