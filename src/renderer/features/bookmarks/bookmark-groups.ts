import type { Bookmark } from '../../../shared/bookmarks';

export type GroupBy = 'article' | 'speaker' | 'tag';

export interface BookmarkFilter {
  readonly text: string;
  readonly speaker: string;
  readonly tag: string;
  readonly lang: string;
}

export const emptyFilter: BookmarkFilter = { text: '', speaker: '', tag: '', lang: '' };

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/ё/g, 'е');

export function matches(b: Bookmark, f: BookmarkFilter): boolean {
  if (f.lang && b.lang !== f.lang) return false;
  if (f.speaker && b.speaker?.name !== f.speaker) return false;
  if (f.tag && !b.tags.includes(f.tag)) return false;
  if (f.text) {
    const hay = fold(
      [b.quote.exact, b.note, b.article.title ?? '', b.speaker?.name ?? '', ...b.tags].join(' '),
    );
    if (
      !fold(f.text)
        .split(/\s+/)
        .every((w) => hay.includes(w))
    )
      return false;
  }
  return true;
}

/** Groups for the panel, in a stable order: articles by title, speakers and tags alphabetically. */
export function groupBookmarks(
  bookmarks: readonly Bookmark[],
  by: GroupBy,
  none: string,
): [string, Bookmark[]][] {
  const groups = new Map<string, Bookmark[]>();
  const add = (key: string, b: Bookmark) => groups.set(key, [...(groups.get(key) ?? []), b]);
  for (const b of bookmarks) {
    if (by === 'article') add(b.article.title ?? b.article.file, b);
    else if (by === 'speaker') add(b.speaker?.name ?? none, b);
    else if (b.tags.length === 0) add(none, b);
    else b.tags.forEach((tag) => add(tag, b));
  }
  for (const list of groups.values()) list.sort((x, y) => x.position.start - y.position.start);
  return [...groups].sort(([a], [b]) => (a === none ? 1 : b === none ? -1 : a.localeCompare(b)));
}
