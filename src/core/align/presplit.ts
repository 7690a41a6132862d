import type { Span } from '../../shared/article';

/**
 * Sentences given one per line (`--presplit`, corpora that are already segmented): each non-empty
 * line is a sentence, trimmed; blank lines separate paragraphs.
 */
export function presplit(text: string): { sentences: Span[]; paragraphs: Span[] } {
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  let open: [number, number] | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === '') {
      if (open) paragraphs.push(open);
      open = null;
    } else {
      const span: Span = [offset + lead, offset + lead + body.length];
      sentences.push(span);
      if (open) open[1] = span[1];
      else open = [span[0], span[1]];
    }
    offset += line.length + 1;
  }
  if (open) paragraphs.push(open);
  return { sentences, paragraphs };
}
