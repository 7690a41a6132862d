import type { Bookmark, ReanchorCounts } from '../../shared/bookmarks';
import { anchorQuote, quoteAt } from './anchor';
import { articleRef, type BookmarkSource } from './create-bookmark';

export interface ReanchorOutcome extends ReanchorCounts {
  readonly bookmarks: readonly Bookmark[];
}

/**
 * Which given article a bookmark belongs to. Article ids are derived from the text, so an edited
 * file comes back under a new id: then the file name finds it, if exactly one given article has it.
 * A wrong guess (two folders with the same file name) can only orphan the bookmark, which keeps its
 * quote and is restored when the right article is checked.
 */
function articleFor(
  bookmark: Bookmark,
  byId: ReadonlyMap<string, BookmarkSource>,
  byFile: ReadonlyMap<string, BookmarkSource | null>,
): BookmarkSource | undefined {
  return byId.get(bookmark.article.id) ?? byFile.get(bookmark.article.file) ?? undefined;
}

/**
 * Re-anchors the bookmarks whose article text changed. Bookmarks of articles not given are left as
 * they are (a missing article is not an orphaned quote); an orphan is not searched again in the same
 * text. `updated` is left alone: it records the reader's edits, and import merges trust it.
 */
export function reanchorBookmarks(
  bookmarks: readonly Bookmark[],
  articles: readonly BookmarkSource[],
  now: string,
): ReanchorOutcome {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byFile = new Map<string, BookmarkSource | null>();
  for (const a of articles) byFile.set(a.file, byFile.has(a.file) ? null : a);

  let checked = 0;
  let moved = 0;
  let restored = 0;
  let orphaned = 0;
  const next = bookmarks.map((bookmark): Bookmark => {
    const article = articleFor(bookmark, byId, byFile);
    if (!article) return bookmark;
    if (bookmark.hash === article.hash) {
      if (!bookmark.orphaned) return bookmark;
      // the text went back to the version the quote was taken from
      restored++;
      return { ...bookmark, article: articleRef(article), orphaned: null };
    }
    if (bookmark.orphaned?.articleHash === article.hash) return bookmark;
    checked++;
    const found = anchorQuote(article.text, bookmark.quote, bookmark.position);
    if (found.status === 'orphaned') {
      if (bookmark.orphaned === null) orphaned++;
      return { ...bookmark, orphaned: { since: now, articleHash: article.hash, reason: found.reason } };
    }
    if (bookmark.orphaned) restored++;
    else if (found.start !== bookmark.position.start || found.end !== bookmark.position.end) moved++;
    return {
      ...bookmark,
      article: articleRef(article),
      hash: article.hash,
      lang: article.lang,
      quote: quoteAt(article.text, found.start, found.end),
      position: { start: found.start, end: found.end },
      orphaned: null,
    };
  });
  return { bookmarks: next, checked, moved, restored, orphaned };
}
