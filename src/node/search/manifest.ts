import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fingerprintOf } from '../../core/search/document-store';
import { writeFileAtomic } from '../atomic-file';

/**
 * `<store>/index/manifest.json`: the list of segments that make up the search index. It is written
 * last and atomically, so a crash while a segment is being saved leaves the previous, complete index.
 */

export const manifestFormat = 1;

export interface SegmentEntry {
  readonly id: number;
  /** Bumped on every rebuild of the segment; part of its file names, so old files stay valid until swapped. */
  readonly gen: number;
  /** The delta segment takes new articles; the others are sealed. */
  readonly delta: boolean;
  readonly indexSha256: string;
  readonly indexBytes: number;
  readonly storeSha256: string;
  readonly storeBytes: number;
  /** Article ids in document order. */
  readonly docIds: readonly string[];
  /** Ids removed since the segment was built, filtered at query time until compaction. */
  readonly deleted: readonly string[];
}

export interface Manifest {
  readonly format: number;
  /** Analyzer and segment format (see pipelineId): another value means every segment is rebuilt. */
  readonly pipeline: string;
  readonly nextSegmentId: number;
  /** fingerprintOf the articles the index holds: a caller compares it with its own library's. */
  readonly fingerprint: string;
  readonly segments: readonly SegmentEntry[];
}

/** The fingerprint of the articles the segments hold (less their tombstones). */
export function liveFingerprint(segments: readonly SegmentEntry[]): string {
  return fingerprintOf(
    (function* () {
      for (const segment of segments) {
        const deleted = new Set(segment.deleted);
        for (const id of segment.docIds) if (!deleted.has(id)) yield id;
      }
    })(),
  );
}

export function segmentsDir(dir: string): string {
  return path.join(dir, 'segments');
}

export function segmentFiles(
  dir: string,
  entry: Pick<SegmentEntry, 'id' | 'gen'>,
): { index: string; store: string } {
  const base = path.join(segmentsDir(dir), `s${String(entry.id).padStart(6, '0')}.g${entry.gen}`);
  return { index: `${base}.idx`, store: `${base}.docs` };
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function validateEntry(value: unknown): SegmentEntry {
  const e = value as Partial<Record<keyof SegmentEntry, unknown>> | null;
  if (
    !e ||
    !isCount(e.id) ||
    !isCount(e.gen) ||
    typeof e.delta !== 'boolean' ||
    typeof e.indexSha256 !== 'string' ||
    !isCount(e.indexBytes) ||
    typeof e.storeSha256 !== 'string' ||
    !isCount(e.storeBytes) ||
    !isStringArray(e.docIds) ||
    !isStringArray(e.deleted)
  )
    throw new Error('bad segment entry');
  return e as SegmentEntry;
}

export function validateManifest(value: unknown): Manifest {
  const m = value as Partial<Record<keyof Manifest, unknown>> | null;
  if (!m || m.format !== manifestFormat || typeof m.pipeline !== 'string' || !isCount(m.nextSegmentId))
    throw new Error('not a search index manifest');
  if (!Array.isArray(m.segments)) throw new Error('manifest without segments');
  const segments = m.segments.map(validateEntry);
  const fingerprint = liveFingerprint(segments);
  if (m.fingerprint !== fingerprint) throw new Error('manifest fingerprint does not match its segments');
  return {
    format: manifestFormat,
    pipeline: m.pipeline,
    nextSegmentId: m.nextSegmentId,
    fingerprint,
    segments,
  };
}

export type ManifestRead =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly manifest: Manifest }
  | { readonly state: 'corrupt'; readonly reason: string };

export async function readManifest(dir: string): Promise<ManifestRead> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, 'manifest.json'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    return { state: 'ok', manifest: validateManifest(JSON.parse(text)) };
  } catch (error) {
    return { state: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** Deletes segment files no manifest entry names: leftovers of a crash or of replaced generations. */
export async function removeStrayFiles(dir: string, manifest: Manifest): Promise<void> {
  const keep = new Set<string>();
  for (const entry of manifest.segments) {
    const files = segmentFiles(dir, entry);
    keep.add(path.basename(files.index));
    keep.add(path.basename(files.store));
  }
  let names: string[];
  try {
    names = await fs.readdir(segmentsDir(dir));
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((name) => !keep.has(name) && /^s\d+\.g\d+\.(idx|docs)$|\.tmp$/.test(name))
      .map((name) => fs.rm(path.join(segmentsDir(dir), name), { force: true })),
  );
}
