import { useCallback, useRef, useState } from 'react';
import { highlightKinds, type HighlightKind } from './marks';

/** Which kinds of highlight are shown, which entity is selected, which mention is being inspected. */
export function useEntityHighlights() {
  const [shown, setShown] = useState<ReadonlySet<HighlightKind>>(() => new Set(highlightKinds));
  const [selected, setSelected] = useState<string | null>(null);
  const [inspected, setInspected] = useState<{ id: string; anchor: HTMLElement } | null>(null);

  const toggle = useCallback((kind: HighlightKind) => {
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }, []);
  const select = useCallback((id: string) => setSelected((prev) => (prev === id ? null : id)), []);
  // The card closes a moment after the pointer leaves, so it can be reached and used.
  const hide = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keep = useCallback(() => clearTimeout(hide.current), []);
  const inspect = useCallback((id: string, anchor: HTMLElement) => {
    clearTimeout(hide.current);
    setInspected({ id, anchor });
  }, []);
  const leave = useCallback(() => {
    clearTimeout(hide.current);
    hide.current = setTimeout(() => setInspected(null), 250);
  }, []);
  /** Selects an entity and brings its first mention into view. */
  const jumpTo = useCallback((id: string) => {
    setSelected(id);
    const first = document.querySelector<HTMLElement>(`[data-entity="${CSS.escape(id)}"]`);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first?.focus({ preventScroll: true });
  }, []);

  return { shown, toggle, selected, select, inspected, inspect, leave, keep, jumpTo };
}
