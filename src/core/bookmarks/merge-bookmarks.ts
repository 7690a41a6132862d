import type { Bookmark } from '../../shared/bookmarks';

export interface MergeOutcome {
  readonly bookmarks: readonly Bookmark[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Same text version and same selectors: the same bookmark, even under another id. */
function selectorKey(b: Bookmark): string | null {
  // Without a hash the offsets mean nothing, so a match would only be a guess.
  if (b.hash.length === 0) return null;
  const { exact, prefix, suffix } = b.quote;
  return JSON.stringify([b.hash, exact, prefix, suffix, b.position.start, b.position.end]);
}

const time = (iso: string): number => Date.parse(iso);

/**
 * Merges imported bookmarks into the stored ones without duplicates: the same id, or the same
 * article text and selectors, is one bookmark, and the copy modified later wins. A matched bookmark
 * keeps its stored id, so links to it keep working.
 */
export function mergeBookmarks(existing: readonly Bookmark[], incoming: readonly Bookmark[]): MergeOutcome {
  const result = [...existing];
  const byId = new Map<string, number>();
  const bySelector = new Map<string, number>();
  const index = (b: Bookmark, at: number): void => {
    byId.set(b.id, at);
    const key = selectorKey(b);
    if (key !== null) bySelector.set(key, at);
  };
  result.forEach(index);

  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const b of incoming) {
    const key = selectorKey(b);
    const at = byId.get(b.id) ?? (key === null ? undefined : bySelector.get(key));
    if (at === undefined) {
      result.push(b);
      index(b, result.length - 1);
      added++;
      continue;
    }
    const current = result[at] as Bookmark;
    if (time(b.updated) > time(current.updated)) {
      const merged = {
        ...b,
        id: current.id,
        created: time(b.created) < time(current.created) ? b.created : current.created,
      };
      result[at] = merged;
      index(merged, at);
      updated++;
    } else {
      unchanged++;
    }
  }
  return { bookmarks: result, added, updated, unchanged };
}
