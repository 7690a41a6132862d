import type { Span } from '../../../shared/article';

/** Case, ё/е and compatibility forms folded, one character for one, so offsets stay the text's own. */
function foldChar(c: string): string {
  const lower = c.toLocaleLowerCase();
  const folded = lower === 'ё' ? 'е' : lower.normalize('NFKC');
  return folded.length === 1 ? folded : lower.length === 1 ? lower : c;
}

export function foldForFind(text: string): string {
  let out = '';
  for (const c of text) out += c.length === 1 ? foldChar(c) : c;
  return out;
}

/** Every occurrence of `query` in `text` (folded), as spans of the original text; at most `limit`. */
export function findMatches(text: string, query: string, limit = 1000): Span[] {
  const needle = foldForFind(query.trim());
  if (needle.length === 0) return [];
  const hay = foldForFind(text);
  const out: Span[] = [];
  for (
    let at = hay.indexOf(needle);
    at !== -1 && out.length < limit;
    at = hay.indexOf(needle, at + needle.length)
  ) {
    out.push([at, at + needle.length]);
  }
  return out;
}
