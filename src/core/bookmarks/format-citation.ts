import type { Bookmark } from '../../shared/bookmarks';
import { bookmarkLink } from './deep-link';

/** Current details of a bookmark's article, when the library still has it. */
export interface ArticleMeta {
  readonly file: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
}

export type ArticleLookup = (articleId: string) => ArticleMeta | undefined;

/** The library's details when it has the article, else the ones saved with the bookmark. */
export function metaFor(bookmark: Bookmark, lookup?: ArticleLookup): ArticleMeta {
  return lookup?.(bookmark.article.id) ?? bookmark.article;
}

/** Quote marks by the language of the quoted text: Russian guillemets, English curly quotes. */
function quoted(text: string, lang: Bookmark['lang']): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // Nested quotes take the language's second level: „…“ inside «…», ‘…’ inside “…”.
  if (lang === 'ru' || lang === 'kk') return `«${flat.replace(/«/g, '„').replace(/»/g, '“')}»`;
  return `“${flat.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** `«quote» — Speaker, Outlet, date. Title. qos://…`, leaving out what is not known. */
export function formatCitation(bookmark: Bookmark, lookup?: ArticleLookup): string {
  const meta = metaFor(bookmark, lookup);
  const source = [bookmark.speaker?.name, meta.outlet, meta.date].filter(
    (part): part is string => typeof part === 'string' && part.trim().length > 0,
  );
  let citation = quoted(bookmark.quote.exact, bookmark.lang);
  if (source.length > 0) citation += ` — ${sentence(source.join(', '))}`;
  else citation += '.';
  if (meta.title && meta.title.trim().length > 0) citation += ` ${sentence(meta.title)}`;
  return `${citation} ${bookmarkLink(bookmark)}`;
}
