import { useCallback, useEffect, useState } from 'react';
import type { Article, Quote } from '../../../shared/article';
import type { Bookmark } from '../../../shared/bookmarks';
import { useApi } from '../../platform/api-context';

/** The bookmarks of one article, kept fresh, and the ways the reader makes new ones. */
export function useArticleBookmarks(article: Article | null) {
  const api = useApi();
  const [all, setAll] = useState<readonly Bookmark[]>([]);
  const [last, setLast] = useState<Bookmark | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      api.bookmarks.list().then(
        (list) => live && setAll(list),
        (e: unknown) => live && setError(e),
      );
    void load();
    const stop = api.on('bookmarks.changed', () => void load());
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const run = useCallback(async (work: () => Promise<Bookmark>) => {
    setError(null);
    try {
      setLast(await work());
    } catch (e) {
      setError(e);
    }
  }, []);
  const add = useCallback(
    (start: number, end: number) =>
      article && void run(() => api.bookmarks.add({ articleId: article.id, start, end })),
    [api, article, run],
  );
  const addQuote = useCallback((quote: Quote) => add(quote.start, quote.end), [add]);
  const relocate = useCallback(
    (id: string, start: number, end: number) =>
      article && void run(() => api.bookmarks.relocate({ id, articleId: article.id, start, end })),
    [api, article, run],
  );

  const here = article ? all.filter((b) => b.article.id === article.id && !b.orphaned) : [];
  return { here, last, error, add, addQuote, relocate, dismiss: () => setLast(null) };
}
