import type { Bookmark } from '../../shared/bookmarks';
import { bookmarkLink } from './deep-link';
import { metaFor, type ArticleLookup, type ArticleMeta } from './format-citation';

/**
 * Article text is untrusted: backslash-escape what Markdown would read as markup (links, emphasis,
 * inline HTML, code), so the export shows the words and nothing else.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function blockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim().length === 0 ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n');
}

function articleHeading(meta: ArticleMeta): string {
  const title = meta.title?.trim() || meta.file;
  const details = [meta.outlet, meta.date, meta.title ? meta.file : null].filter(
    (d): d is string => typeof d === 'string' && d.length > 0,
  );
  return [
    `## ${escapeMarkdown(title)}`,
    ...(details.length ? ['', escapeMarkdown(details.join(' · '))] : []),
  ].join('\n');
}

function entry(bookmark: Bookmark): string {
  const lines = [blockquote(bookmark.quote.exact), ''];
  if (bookmark.speaker) lines.push(`— ${escapeMarkdown(bookmark.speaker.name)}`, '');
  if (bookmark.orphaned) {
    lines.push('**Orphaned:** this quote is no longer in the current text of the article.', '');
  }
  if (bookmark.note.trim().length > 0) lines.push(`**Note:** ${escapeMarkdown(bookmark.note.trim())}`, '');
  if (bookmark.tags.length > 0)
    lines.push(`**Tags:** ${bookmark.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`, '');
  lines.push(`[Open in Qos](<${bookmarkLink(bookmark)}>)`);
  return lines.join('\n');
}

/**
 * Markdown for notes apps: one section per article (title, outlet, date), each quote as a
 * blockquote with its speaker, note, tags and a `qos://` link back to the exact place.
 */
export function exportMarkdown(bookmarks: readonly Bookmark[], lookup?: ArticleLookup): string {
  const groups = new Map<string, Bookmark[]>();
  for (const b of bookmarks) {
    const list = groups.get(b.article.id);
    if (list) list.push(b);
    else groups.set(b.article.id, [b]);
  }
  const sections = [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.position.start - b.position.start);
    const first = sorted[0] as Bookmark;
    return [articleHeading(metaFor(first, lookup)), ...sorted.map(entry)].join('\n\n');
  });
  return `# Qos bookmarks\n\n${sections.join('\n\n---\n\n')}\n`;
}
