import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportProgress, ImportSummary } from '../../shared/library';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { createBackend } from '../../node/service/create-service';
import { defaultStoreDir } from '../../node/store-paths';
import { bundledCorpusDir, systemLanguages } from '../../node/app-paths';

const usage = `Usage: qos import PATH… [--store DIR] [--json]

Adds files and folders (searched recursively for .txt/.md files) to the library. Duplicates (the same
text) are counted once; unreadable files are listed and skipped. Ctrl+C cancels and keeps what was
already added. Exits 1 when any file could not be imported.

  --store DIR   the data folder (default: the platform's user-data folder, or $QOS_STORE)
  --json        print the summary as JSON`;

function progressLine(p: ImportProgress, width = 24): string {
  const share = p.total === 0 ? 0 : p.done / p.total;
  const bar = '#'.repeat(Math.round(share * width)).padEnd(width, ' ');
  const name = p.current ? ` ${path.basename(p.current)}`.slice(0, 40) : '';
  return `\r[${bar}] ${p.done}/${p.total}${name}`.padEnd(80, ' ');
}

function report(summary: ImportSummary, io: CliIo): void {
  const parts = [
    `${summary.added} added`,
    `${summary.duplicates} already in the library`,
    `${summary.failed.length} failed`,
  ];
  io.stdout(`${summary.cancelled ? 'Import cancelled' : 'Import finished'}: ${parts.join(', ')}.\n`);
  for (const f of summary.failed) io.stdout(`  ${f.file}: ${f.error.message}\n`);
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'add files and folders to the library',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { store: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('name at least one file or folder');
    const storeDir = values.store === undefined ? defaultStoreDir() : path.resolve(io.cwd, values.store);
    const backend = await createBackend({
      storeDir,
      bundledCorpusDir: bundledCorpusDir(),
      shell: 'browser',
      systemLanguages: systemLanguages(),
    });
    try {
      const finished = new Promise<ImportSummary>((resolve) => {
        backend.events.subscribe((name, payload) => {
          if (name === 'import.progress' && io.interactive && !values.json)
            io.stderr(progressLine(payload as ImportProgress));
          if (name === 'import.finished') resolve(payload as ImportSummary);
        });
      });
      const { jobId } = await backend.services.library.importPaths({
        paths: positionals.map((p) => path.resolve(io.cwd, p)),
      });
      void io.interrupted.then(() => backend.services.library.cancelImport({ jobId }));
      const summary = await finished;
      if (io.interactive && !values.json) io.stderr('\n');
      if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      else report(summary, io);
      return summary.failed.length > 0 ? 1 : 0;
    } finally {
      await backend.close();
    }
  },
};
