import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AlignedLink } from '../../../shared/pairing';

/** The first sentence whose bottom is below the top of its scrolling column. */
function topSentence(column: HTMLElement): { index: number; offset: number } | null {
  const top = column.getBoundingClientRect().top;
  for (const el of column.querySelectorAll<HTMLElement>('[data-s]')) {
    const rect = el.getBoundingClientRect();
    if (rect.bottom > top + 4) return { index: Number(el.dataset.s), offset: rect.top - top };
  }
  return null;
}

function scrollToSentence(column: HTMLElement, index: number, offset: number): void {
  const el = column.querySelector<HTMLElement>(`[data-s="${index}"]`);
  if (!el) return;
  const delta = el.getBoundingClientRect().top - column.getBoundingClientRect().top - offset;
  column.scrollTop += delta;
}

/**
 * Scrolls one column along with the other: by alignment (the linked sentence is put level with the
 * one at the top), or, after the reader sets a manual sync point, keeping their distance as it was.
 */
export function useSyncedScroll(
  left: RefObject<HTMLElement | null>,
  right: RefObject<HTMLElement | null>,
  links: readonly AlignedLink[],
) {
  const [enabled, setEnabled] = useState(true);
  const [manualDelta, setManualDelta] = useState<number | null>(null);
  const driving = useRef<'left' | 'right' | null>(null);

  const follow = useCallback(
    (from: HTMLElement, to: HTMLElement, side: 'a' | 'b') => {
      if (manualDelta !== null) {
        to.scrollTop = side === 'a' ? from.scrollTop + manualDelta : from.scrollTop - manualDelta;
        return;
      }
      const top = topSentence(from);
      if (!top) return;
      const other = side === 'a' ? 'b' : 'a';
      // the nearest linked sentence at or after the top one
      const link = links
        .filter((l) => l[side].length > 0 && l[other].length > 0 && Math.max(...l[side]) >= top.index)
        .sort((x, y) => Math.min(...x[side]) - Math.min(...y[side]))[0];
      if (link) scrollToSentence(to, Math.min(...link[other]), top.offset);
    },
    [links, manualDelta],
  );

  useEffect(() => {
    const a = left.current;
    const b = right.current;
    if (!a || !b || !enabled) return;
    const onA = () => {
      if (driving.current === 'right') return;
      driving.current = 'left';
      follow(a, b, 'a');
      requestAnimationFrame(() => (driving.current = null));
    };
    const onB = () => {
      if (driving.current === 'left') return;
      driving.current = 'right';
      follow(b, a, 'b');
      requestAnimationFrame(() => (driving.current = null));
    };
    a.addEventListener('scroll', onA, { passive: true });
    b.addEventListener('scroll', onB, { passive: true });
    return () => {
      a.removeEventListener('scroll', onA);
      b.removeEventListener('scroll', onB);
    };
  }, [left, right, enabled, follow]);

  const setSyncPoint = () => {
    if (left.current && right.current) setManualDelta(right.current.scrollTop - left.current.scrollTop);
  };
  const clearSyncPoint = useCallback(() => setManualDelta(null), []);

  return { enabled, setEnabled, manual: manualDelta !== null, setSyncPoint, clearSyncPoint };
}
