import { useEffect, useState } from 'react';
import type { SearchQuery, SearchResult } from '../../../shared/search';
import { useApi } from '../../platform/api-context';

const typingPauseMs = 120;

/** Search as you type: the query runs once typing pauses; an older answer never replaces a newer one. */
export function useSearch(query: SearchQuery, version: number) {
  const api = useApi();
  const [result, setResult] = useState<{ key: string; value: SearchResult } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = JSON.stringify(query);

  useEffect(() => {
    if (!query.text.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      api.search.query(JSON.parse(key) as SearchQuery).then(
        (value) => {
          if (!live) return;
          setError(null);
          setResult({ key, value });
        },
        (e: unknown) => live && setError(e),
      );
    }, typingPauseMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for the query's content
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, version]);

  return { result: query.text.trim() ? (result?.value ?? null) : null, fresh: result?.key === key, error };
}
