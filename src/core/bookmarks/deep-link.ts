import type { Bookmark } from '../../shared/bookmarks';

export const qosScheme = 'qos:';

/** `qos://article/<articleId>?start=N&end=M&b=<bookmarkId>`: the exact place a quote came from. */
export function bookmarkLink(bookmark: Pick<Bookmark, 'id' | 'article' | 'position'>): string {
  const { start, end } = bookmark.position;
  return `qos://article/${encodeURIComponent(bookmark.article.id)}?start=${start}&end=${end}&b=${encodeURIComponent(bookmark.id)}`;
}

/** `qos://article/<articleId>`: an article, as the W3C export's `target.source`. */
export function articleLink(articleId: string): string {
  return `qos://article/${encodeURIComponent(articleId)}`;
}

export interface QosLink {
  readonly articleId: string;
  readonly start?: number;
  readonly end?: number;
  readonly bookmarkId?: string;
}

/** Reads a `qos://article/…` link; null for anything else, including malformed offsets. */
export function parseQosLink(link: string): QosLink | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== qosScheme || url.hostname !== 'article') return null;
  const raw = url.pathname.replace(/^\//, '');
  if (raw.length === 0 || raw.includes('/')) return null;
  let articleId: string;
  try {
    articleId = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const num = (name: string): number | undefined | null => {
    const value = url.searchParams.get(name);
    if (value === null) return undefined;
    return /^\d+$/.test(value) ? Number(value) : null;
  };
  const start = num('start');
  const end = num('end');
  if (start === null || end === null || (start !== undefined && end !== undefined && end < start))
    return null;
  const bookmarkId = url.searchParams.get('b');
  return {
    articleId,
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...(bookmarkId === null ? {} : { bookmarkId }),
  };
}
