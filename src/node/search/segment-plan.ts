import type { SegmentEntry } from './manifest';

/**
 * When segments are merged and compacted. New articles go to a small delta segment (cheap to rebuild
 * on every addition); a full delta is sealed; small sealed segments are merged once there are enough
 * of them, and a segment with many removed articles is rebuilt without them.
 */

export interface SegmentSizes {
  /** Target size of a sealed segment. */
  readonly segmentSize: number;
  /** Most articles the delta segment holds before it is sealed. */
  readonly deltaSize: number;
}

export const defaultSizes: SegmentSizes = { segmentSize: 1000, deltaSize: 32 };

/** Small segments wait for this many of their kind before they are merged. */
const mergeFanIn = 4;
/** A segment is rebuilt without its removed articles when they are this share of it. */
const purgeShare = 0.3;

export function liveCount(entry: SegmentEntry): number {
  return entry.docIds.length - entry.deleted.length;
}

export interface CompactionPlan {
  /** Groups of sealed segments each rebuilt into one. */
  readonly merge: readonly (readonly SegmentEntry[])[];
  /** Segments rebuilt alone, dropping removed articles. */
  readonly purge: readonly SegmentEntry[];
  /** Segments with nothing left: removed from the manifest. */
  readonly empty: readonly SegmentEntry[];
}

export function planCompaction(segments: readonly SegmentEntry[], sizes: SegmentSizes): CompactionPlan {
  const sealed = segments.filter((s) => !s.delta);
  const empty = segments.filter((s) => liveCount(s) === 0);
  const small = sealed
    .filter((s) => liveCount(s) > 0 && liveCount(s) < sizes.segmentSize / 2)
    .sort((a, b) => a.id - b.id);
  const merge: SegmentEntry[][] = [];
  if (small.length >= mergeFanIn) {
    let group: SegmentEntry[] = [];
    let size = 0;
    for (const segment of small) {
      if (size + liveCount(segment) > sizes.segmentSize && group.length > 0) {
        if (group.length > 1) merge.push(group);
        group = [];
        size = 0;
      }
      group.push(segment);
      size += liveCount(segment);
    }
    if (group.length > 1) merge.push(group);
  }
  const merging = new Set(merge.flat().map((s) => s.id));
  const purge = sealed.filter(
    (s) => !merging.has(s.id) && liveCount(s) > 0 && s.deleted.length > s.docIds.length * purgeShare,
  );
  return { merge, purge, empty };
}

/**
 * Where a batch of new articles goes. A batch that fits stays in the delta; a small batch that does
 * not seals the delta together with it; a large batch becomes sealed segments of its own, at least one
 * per worker so that both cores build, at most `segmentSize` each.
 */
export function chunkAddition<T>(
  docs: readonly T[],
  deltaLive: number,
  sizes: SegmentSizes,
  workers: number,
): { sealed: T[][]; delta: T[]; sealDelta: boolean } {
  if (deltaLive + docs.length <= sizes.deltaSize) return { sealed: [], delta: [...docs], sealDelta: false };
  if (docs.length < sizes.deltaSize) return { sealed: [], delta: [...docs], sealDelta: true };
  const parts = Math.max(
    Math.ceil(docs.length / sizes.segmentSize),
    Math.min(workers, Math.floor(docs.length / sizes.deltaSize)),
  );
  const size = Math.ceil(docs.length / parts);
  const sealed: T[][] = [];
  for (let at = 0; at < docs.length; at += size) sealed.push(docs.slice(at, at + size));
  return { sealed, delta: [], sealDelta: false };
}
