import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectionOffsets } from './selection-offsets';

export interface PendingSelection {
  readonly start: number;
  readonly end: number;
  /** Where to show the button: just above the end of the selection, in page coordinates. */
  readonly top: number;
  readonly left: number;
}

/**
 * Follows the reader's text selection inside the article body and offers it for bookmarking:
 * a button by the selection, and Ctrl/Cmd+B.
 */
export function useSelectionBookmark(
  body: RefObject<HTMLElement | null>,
  onBookmark: (start: number, end: number) => void,
) {
  const [pending, setPending] = useState<PendingSelection | null>(null);

  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const offsets = range && body.current ? selectionOffsets(range, body.current) : null;
      if (!range || !offsets) return setPending(null);
      const rect = range.getBoundingClientRect();
      setPending({ ...offsets, top: rect.top + window.scrollY - 40, left: rect.right + window.scrollX - 60 });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [body]);

  const commit = useCallback(() => {
    if (!pending) return;
    onBookmark(pending.start, pending.end);
    document.getSelection()?.removeAllRanges();
    setPending(null);
  }, [pending, onBookmark]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'b' && pending) {
        event.preventDefault();
        commit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pending, commit]);

  return { pending, commit };
}
