import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseStore } from '../../core/search/document-store';
import {
  liveFingerprint,
  manifestFormat,
  readManifest,
  removeStrayFiles,
  segmentsDir,
  writeManifest,
  type Manifest,
  type SegmentEntry,
} from './manifest';
import { sha256 } from './segment-files';

/**
 * A manifest made from the segment stores on disk, for when manifest.json is missing or unreadable:
 * the newest generation of each segment's store is kept, and its index is marked unknown (empty
 * checksum) so that it is rebuilt from the store when it loads.
 */
export async function recoverManifest(dir: string): Promise<Manifest> {
  let names: string[] = [];
  try {
    names = await fs.readdir(segmentsDir(dir));
  } catch {
    // no segments folder yet: a new index
  }
  const newest = new Map<number, number>();
  for (const name of names) {
    const match = /^s(\d+)\.g(\d+)\.docs$/.exec(name);
    if (!match) continue;
    const id = Number(match[1]);
    const gen = Number(match[2]);
    if ((newest.get(id) ?? -1) < gen) newest.set(id, gen);
  }
  const segments: SegmentEntry[] = [];
  for (const [id, gen] of [...newest].sort((a, b) => a[0] - b[0])) {
    const file = path.join(segmentsDir(dir), `s${String(id).padStart(6, '0')}.g${gen}.docs`);
    const bytes = await fs.readFile(file);
    const { docs } = parseStore(bytes.toString('utf8'));
    if (docs.length === 0) continue;
    segments.push({
      id,
      gen,
      delta: false,
      indexSha256: '',
      indexBytes: 0,
      storeSha256: sha256(bytes),
      storeBytes: bytes.byteLength,
      docIds: docs.map((d) => d.id),
      deleted: [],
    });
  }
  const nextSegmentId = segments.reduce((n, s) => Math.max(n, s.id + 1), 1);
  return {
    format: manifestFormat,
    pipeline: '',
    nextSegmentId,
    fingerprint: liveFingerprint(segments),
    segments,
  };
}

/**
 * The index's manifest at open: read, or recovered from the segment stores (the reason goes to
 * `problems`), stamped with this pipeline (segments built by another are rebuilt from their stores as
 * they load), written back, and with files no entry names removed.
 */
export async function openManifest(dir: string, pipeline: string, problems: string[]): Promise<Manifest> {
  const read = await readManifest(dir);
  let manifest: Manifest;
  if (read.state === 'ok') manifest = read.manifest;
  else {
    if (read.state === 'corrupt')
      problems.push(`index manifest unreadable (${read.reason}); rebuilt from segment stores`);
    manifest = await recoverManifest(dir);
  }
  manifest = { ...manifest, format: manifestFormat, pipeline };
  await writeManifest(dir, manifest);
  await removeStrayFiles(dir, manifest);
  return manifest;
}
