import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SearchDocument, SearchProgress } from '../../shared/search';
import type { Annotator } from '../../core/entities/annotator';
import { createAnnotator } from '../../core/entities/annotator';
import { searchDocumentOf } from '../../core/search/search-document';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { articleFromBytes } from '../../node/read-article';
import { walkPaths } from '../../node/library/walk-paths';
import { openSearchIndex } from '../../node/search/search-index';
import { defaultStoreDir } from '../../node/store-paths';
import { UsageError, type CliCommand, type CliIo } from '../command';

const usage = `Usage: qos index PATH… [--store DIR] [--threads N] [--no-entities] [--json]

Adds files and folders (searched recursively for text files) to the full-text search index in
<store>/index. Articles already indexed (the same text) are skipped. Entity names found by the
annotator are indexed too, so that a name in one script finds the other. Ctrl+C stops and keeps
what was already indexed. Exits 1 when any file could not be read.

  --store DIR     the data folder (default: the platform's user-data folder, or $QOS_STORE)
  --threads N     worker threads for indexing (default: up to 2; 0 runs on the main thread)
  --no-entities   index the text only, without the entity annotator
  --json          print the summary as JSON`;

/** Articles are added in batches so that an interruption keeps what was done. */
const batchSize = 2000;

export function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 8) throw new UsageError(`--threads must be 0..8, not ${value}`);
  return n;
}

export function searchIndexDir(storeDir: string): string {
  return path.join(storeDir, 'index');
}

function progressLine(label: string, done: number, total: number, width = 24): string {
  const share = total === 0 ? 1 : done / total;
  const bar = '#'.repeat(Math.round(share * width)).padEnd(width, ' ');
  return `\r${label} [${bar}] ${done}/${total}`.padEnd(60, ' ');
}

async function loadAnnotator(io: CliIo): Promise<Annotator | null> {
  try {
    const [kb, morphology] = await Promise.all([loadKb(), loadMorphology()]);
    return createAnnotator(kb, morphology);
  } catch (error) {
    io.stderr(
      `qos index: entities not indexed (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return null;
  }
}

export const indexCommand: CliCommand = {
  name: 'index',
  summary: 'add files and folders to the full-text search index',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: {
        store: { type: 'string' },
        threads: { type: 'string' },
        'no-entities': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    const threads = parseThreads(values.threads);
    const storeDir = values.store === undefined ? defaultStoreDir() : path.resolve(io.cwd, values.store);
    const showProgress = io.interactive && !values.json;
    let stopped = false;
    void io.interrupted.then(() => {
      stopped = true;
    });
    const index = await openSearchIndex({
      dir: searchIndexDir(storeDir),
      ...(threads === undefined ? {} : { threads }),
      onProgress: (p: SearchProgress) => {
        if (showProgress && p.phase === 'build') io.stderr(progressLine('indexing', p.done, p.total));
      },
    });
    const annotator = values['no-entities'] ? null : await loadAnnotator(io);
    const failed: { file: string; error: string }[] = [];
    let added = 0;
    let skipped = 0;
    let batch: SearchDocument[] = [];
    const inBatch = new Set<string>();
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      await index.add(batch);
      added += batch.length;
      batch = [];
      inBatch.clear();
    };
    try {
      const files: string[] = [];
      for await (const file of walkPaths(positionals.map((p) => path.resolve(io.cwd, p)))) files.push(file);
      for (const [n, file] of files.entries()) {
        if (stopped) break;
        if (showProgress && n % 50 === 0) io.stderr(progressLine('reading', n, files.length));
        try {
          const bytes = await fs.readFile(file);
          const article = articleFromBytes(
            new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
            file,
          );
          if (index.has(article.id) || inBatch.has(article.id)) {
            skipped++;
            continue;
          }
          let mentions;
          try {
            mentions = annotator?.annotate(article.text, article.lang).mentions;
          } catch {
            // An article the annotator cannot read is still indexed by its words.
          }
          batch.push(searchDocumentOf(article, mentions));
          inBatch.add(article.id);
        } catch (error) {
          failed.push({ file, error: error instanceof Error ? error.message : String(error) });
        }
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      const status = await index.status();
      if (showProgress) io.stderr('\n');
      const summary = {
        added,
        skipped,
        failed,
        stopped,
        documents: status.documents,
        problems: status.problems,
      };
      if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      else {
        io.stdout(
          `${stopped ? 'Indexing stopped' : 'Indexed'}: ${added} added, ${skipped} already indexed, ${failed.length} failed; ` +
            `${status.documents} articles in the index.\n`,
        );
        for (const f of failed) io.stdout(`  ${f.file}: ${f.error}\n`);
        for (const p of status.problems) io.stderr(`qos index: ${p}\n`);
      }
      return failed.length > 0 ? 1 : 0;
    } finally {
      await index.close();
    }
  },
};
