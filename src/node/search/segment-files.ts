import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { SearchDocument } from '../../shared/search';
import { parseStore, parseStoreLine } from '../../core/search/document-store';
import { lunrView } from '../../core/search/lunr-view';
import type { BuiltSegment } from '../../core/search/segment-build';
import { decodeSegment, textHash, type StoredDoc } from '../../core/search/segment-file';
import type { LoadedSegment } from '../../core/search/segment-search';
import { writeFileAtomic } from '../atomic-file';
import { segmentFiles, type SegmentEntry } from './manifest';

/** A segment file that does not match its manifest entry or cannot be decoded. */
export class DamagedSegmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedSegmentError';
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type SegmentDescription = Omit<SegmentEntry, 'deleted'>;

/** Writes both files of a built segment and describes them for the manifest. */
export async function writeSegment(
  dir: string,
  target: { id: number; gen: number; delta: boolean },
  built: BuiltSegment,
): Promise<SegmentDescription> {
  const files = segmentFiles(dir, target);
  await Promise.all([writeFileAtomic(files.store, built.store), writeFileAtomic(files.index, built.index)]);
  return {
    ...target,
    indexSha256: sha256(built.index),
    indexBytes: built.index.byteLength,
    storeSha256: sha256(built.store),
    storeBytes: built.store.byteLength,
    docIds: built.docs.map((d) => d.id),
  };
}

/** A loaded segment plus the open store file its texts are read from. */
export interface OpenSegment extends LoadedSegment {
  readonly entry: SegmentEntry;
  close(): void;
}

/**
 * Opens a segment: index file checked against the manifest's checksum and decoded (a view onto the
 * bytes, no parse), store file opened for reading texts on demand. Throws DamagedSegmentError.
 */
export function openSegment(dir: string, entry: SegmentEntry, pipeline: string): OpenSegment {
  const files = segmentFiles(dir, entry);
  let bytes: Buffer;
  try {
    bytes = readFileSync(files.index);
  } catch (error) {
    throw new DamagedSegmentError(`index file unreadable: ${(error as Error).message}`);
  }
  if (bytes.byteLength !== entry.indexBytes || sha256(bytes) !== entry.indexSha256)
    throw new DamagedSegmentError('index file does not match its checksum');
  let decoded: ReturnType<typeof decodeSegment>;
  try {
    decoded = decodeSegment(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new DamagedSegmentError((error as Error).message);
  }
  if (decoded.header.pipeline !== pipeline) throw new DamagedSegmentError('index built by another pipeline');
  let fd: number;
  try {
    fd = openSync(files.store, 'r');
  } catch (error) {
    throw new DamagedSegmentError(`store file unreadable: ${(error as Error).message}`);
  }
  if (statSync(files.store).size !== entry.storeBytes) {
    closeSync(fd);
    throw new DamagedSegmentError('store file has the wrong size');
  }
  const docs = decoded.header.docs;
  const deleted = new Set(entry.deleted);
  let closed = false;
  return {
    entry,
    data: decoded.index,
    lunr: lunrView(decoded.index),
    vocabulary: decoded.vocabulary,
    docs,
    deleted,
    text(doc) {
      const stored = docs[doc] as StoredDoc;
      const line = Buffer.alloc(stored.textBytes);
      if (closed || readSync(fd, line, 0, stored.textBytes, stored.textStart) !== stored.textBytes)
        throw new DamagedSegmentError('store file cut short');
      const parsed = parseStoreLine(line.toString('utf8'));
      if (!parsed || parsed.id !== stored.id || textHash(parsed.text) !== stored.textHash)
        throw new DamagedSegmentError(`stored text of ${stored.id} is damaged`);
      return parsed.text;
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}

/**
 * The intact documents of a segment's store, for rebuilding it. Lines that no longer parse are lost
 * (counted); the whole store is lost when the file is missing.
 */
export function readStoredDocuments(
  dir: string,
  entry: SegmentEntry,
): { docs: SearchDocument[]; damaged: number } {
  let text: string;
  try {
    text = readFileSync(segmentFiles(dir, entry).store, 'utf8');
  } catch {
    return { docs: [], damaged: entry.docIds.length };
  }
  const { docs, damaged } = parseStore(text);
  const deleted = new Set(entry.deleted);
  return { docs: docs.filter((d) => !deleted.has(d.id)), damaged };
}
