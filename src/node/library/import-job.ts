import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { ImportProblem, ImportSummary } from '../../shared/library';
import type { EventHub } from '../service/event-hub';
import { asFileError } from '../read-article';
import { walkPaths } from './walk-paths';

export interface AddOutcome {
  readonly outcome: 'added' | 'duplicate';
  readonly id: string;
}

/** Adds one file's bytes to the library; throws for unreadable input (reported, then skipped). */
export type AddBytes = (name: string, bytes: Uint8Array) => Promise<AddOutcome>;

const progressEveryMs = 100;

/**
 * One import of files and folders: walked lazily, each file read and added on its own, progress
 * reported as events, cancellable between files. A bad file is reported and skipped; it never stops
 * the import.
 */
export class ImportJob {
  readonly jobId = randomUUID();
  #cancelled = false;

  constructor(
    private readonly paths: readonly string[],
    private readonly addBytes: AddBytes,
    private readonly events: EventHub,
  ) {}

  cancel(): void {
    this.#cancelled = true;
  }

  async run(): Promise<ImportSummary> {
    const failed: ImportProblem[] = [];
    let added = 0;
    let duplicates = 0;
    let done = 0;
    let lastProgress = 0;
    const files: string[] = [];
    for await (const file of walkPaths(this.paths)) {
      if (this.#cancelled) break;
      files.push(file);
    }
    for (const file of files) {
      if (this.#cancelled) break;
      const now = Date.now();
      if (now - lastProgress >= progressEveryMs) {
        lastProgress = now;
        this.events.emit('import.progress', { jobId: this.jobId, done, total: files.length, current: file });
      }
      try {
        const bytes = await fs.readFile(file);
        const { outcome } = await this.addBytes(
          file,
          new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        );
        if (outcome === 'added') added++;
        else duplicates++;
      } catch (error) {
        failed.push({ file, error: asFileError(error) });
      }
      done++;
      // Let other requests (the reader, the progress stream) through between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.events.emit('import.progress', { jobId: this.jobId, done, total: files.length, current: null });
    const summary: ImportSummary = {
      jobId: this.jobId,
      added,
      duplicates,
      failed,
      cancelled: this.#cancelled,
    };
    this.events.emit('import.finished', summary);
    return summary;
  }
}
