import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Span } from '../../../shared/article';
import { findMatches } from './find-matches';

/** State of the in-article find bar, opened by Ctrl/Cmd+F instead of the browser's own. */
export function useFind(text: string | null) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const matches: Span[] = useMemo(() => (open && text ? findMatches(text, query) : []), [open, text, query]);
  const safeCurrent = matches.length === 0 ? 0 : Math.min(current, matches.length - 1);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.querySelector('.find-hit--current')?.scrollIntoView({ block: 'center' });
  }, [safeCurrent, matches]);

  const step = useCallback(
    (delta: 1 | -1) =>
      setCurrent((c) => (matches.length === 0 ? 0 : (c + delta + matches.length) % matches.length)),
    [matches.length],
  );
  const update = useCallback((q: string) => {
    setQuery(q);
    setCurrent(0);
  }, []);
  const close = useCallback(() => setOpen(false), []);

  return { open, setOpen, query, setQuery: update, matches, current: safeCurrent, step, close };
}
