import { tokenize, type WordToken } from './search-key';

/**
 * The reader's query language: words (all must match), "exact phrases", prefixes (`Токае*`) and
 * exclusions (`-Putin`, `-"a phrase"`). Parsing never fails: anything that is not one of these is a
 * separator, so lunr's own syntax (`field:`, `^2`, `~1`, a lone `*`) typed by a reader means nothing.
 */

/** `capitals`: which words were typed with a capital (a name, whatever the dictionary says). */
export type QueryPart =
  | { readonly kind: 'word'; readonly key: string; readonly capital: boolean; readonly negated: boolean }
  | { readonly kind: 'prefix'; readonly key: string; readonly negated: boolean }
  | {
      readonly kind: 'phrase';
      readonly keys: readonly string[];
      readonly capitals: readonly boolean[];
      readonly negated: boolean;
    };

export interface ParsedQuery {
  readonly parts: readonly QueryPart[];
  /** More parts were typed than are searched (the first `maxParts` are). */
  readonly truncated: boolean;
}

export const maxParts = 32;
/** Phrases longer than this are cut: a pasted paragraph is a phrase of its first words. */
export const maxPhraseWords = 12;
/** Shorter prefixes expand to too many words to be useful (and cost a scan of the dictionary). */
export const minPrefixLength = 2;

const quotePairs: Readonly<Record<string, string>> = { '"': '"', '«': '»', '“': '”', '„': '“' };
const minus = new Set(['-', '−', '–']);

interface RawItem {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
}

/** Splits on spaces, keeping quoted runs together; an unclosed quote runs to the end. */
function scan(input: string): RawItem[] {
  const items: RawItem[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input.charAt(i))) i++;
    if (i >= input.length) break;
    let negated = false;
    let ch = input.charAt(i);
    if (minus.has(ch) || ch === '+') {
      negated = minus.has(ch);
      i++;
      ch = input.charAt(i);
    }
    const close = quotePairs[ch];
    if (close !== undefined) {
      const end = input.indexOf(close, i + 1);
      const stop = end < 0 ? input.length : end;
      items.push({ text: input.slice(i + 1, stop), quoted: true, negated });
      i = stop + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input.charAt(end)) && quotePairs[input.charAt(end)] === undefined)
      end++;
    items.push({ text: input.slice(i, end), quoted: false, negated });
    i = end;
  }
  return items;
}

function partsOf(item: RawItem): QueryPart[] {
  const negated = item.negated;
  const phrase = (tokens: readonly WordToken[]): QueryPart => {
    const kept = tokens.slice(0, maxPhraseWords);
    const [only] = kept;
    return kept.length === 1 && only
      ? { kind: 'word', key: only.key, capital: only.capitalised, negated }
      : { kind: 'phrase', keys: kept.map((t) => t.key), capitals: kept.map((t) => t.capitalised), negated };
  };
  if (item.quoted) {
    const tokens = tokenize(item.text);
    return tokens.length === 0 ? [] : [phrase(tokens)];
  }
  // A star ends a prefix; anything after it starts a new word (`Токае*в` is `Токае*` and `в`).
  const pieces = item.text.split('*');
  const parts: QueryPart[] = [];
  pieces.forEach((piece, index) => {
    const starred = index < pieces.length - 1;
    const tokens = tokenize(piece);
    const [only] = tokens;
    if (!only) return;
    if (starred && tokens.length === 1 && only.key.length >= minPrefixLength) {
      parts.push({ kind: 'prefix', key: only.key, negated });
    } else {
      // Касым-Жомарт, covid-19, U.S.: the pieces of one written word stand next to each other.
      parts.push(phrase(tokens));
    }
  });
  return parts;
}

export function parseQuery(input: string): ParsedQuery {
  const parts: QueryPart[] = [];
  let truncated = false;
  for (const item of scan(typeof input === 'string' ? input : '')) {
    for (const part of partsOf(item)) {
      if (parts.length >= maxParts) truncated = true;
      else parts.push(part);
    }
    if (truncated) break;
  }
  return { parts, truncated };
}

/** The parts as words for display: `-` before exclusions, quotes around phrases, `*` after prefixes. */
export function describeParts(parts: readonly QueryPart[]): string[] {
  return parts.map((part) => {
    const sign = part.negated ? '-' : '';
    if (part.kind === 'phrase') return `${sign}"${part.keys.join(' ')}"`;
    return `${sign}${part.key}${part.kind === 'prefix' ? '*' : ''}`;
  });
}
