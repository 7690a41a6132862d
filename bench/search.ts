/**
 * `npm run bench -- search [--size 1000|10000|50000] [--data ../shared/data] [--engines qos,minisearch] [--keep]`
 *
 * Builds a corpus of that size from the real texts in the data folder, then measures Qos's search and
 * its peers on the same documents and queries: build time, index size, cold open (process start to
 * first answer), adding and removing one article, query p50/p95 over a fixed mix, peak memory. Every
 * measurement runs in a child process (search-child.ts). Results go to bench/results/search-<size>.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus, makeQueries } from './search-corpus';
import { engineNames, type EngineName } from './search-engines';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Row = Record<string, unknown> & { engine: EngineName };

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

/** The worker bundled as the app bundles it, so cold open measures plain JavaScript, not tsx. */
async function bundleWorker(): Promise<URL | undefined> {
  try {
    const esbuild = (await import('esbuild')) as unknown as {
      build(options: object): Promise<unknown>;
    };
    // Beside the repository's node_modules, which the bundle imports its dependencies from.
    const outfile = path.join(root, 'bench/results', 'search-worker.mjs');
    await esbuild.build({
      entryPoints: [path.join(root, 'src/node/search/search-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    });
    return pathToFileURL(outfile);
  } catch (error) {
    process.stderr.write(`(worker not bundled, running it through tsx: ${String(error)})\n`);
    return undefined;
  }
}

function child(
  mode: string,
  engine: EngineName,
  work: string,
  worker: URL | undefined,
): Record<string, unknown> {
  const args = ['--import', 'tsx', path.join(root, 'bench/search-child.ts'), mode, engine, work];
  if (worker) args.push(worker.href);
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: 3_600_000,
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return { error: `${run.stderr}`.slice(-2000) || `exit ${run.status}` };
  }
}

const fmt = (value: unknown, digits = 1): string =>
  typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '—';

function printTable(rows: readonly Row[], size: number): void {
  const header = [
    'engine',
    'build s',
    'build CPU s',
    'docs/s',
    'index MB',
    'cold first ms',
    'cold full ms',
    'add ms',
    'remove ms',
    'p50 ms',
    'p95 ms',
    'rank p50/p95 ms',
    'CPU p50/p95 ms',
    'peak build MB',
    'peak query MB',
    'queries with hits',
  ];
  const lines = rows.map((r) => {
    if (r.available === false) return [r.engine, 'not available'];
    const buildMs = r.buildMs as number;
    const hits = r.queriesWithHits as Record<string, number> | undefined;
    return [
      r.engine,
      fmt(buildMs / 1000, 2),
      fmt(r.buildCpuMs === undefined ? undefined : (r.buildCpuMs as number) / 1000, 2),
      fmt(size / (buildMs / 1000), 0),
      fmt((r.indexBytes as number) / 1e6, 1),
      fmt(r.coldFirstMs, 0),
      fmt(r.coldFullMs, 0),
      fmt(r.addMs, 1) + (r.durable ? '' : ' (mem)'),
      fmt(r.removeMs, 1) + (r.durable ? '' : ' (mem)'),
      fmt(r.p50, 2),
      fmt(r.p95, 2),
      `${fmt(r.rankP50, 2)} / ${fmt(r.rankP95, 2)}`,
      `${fmt(r.cpuP50, 2)} / ${fmt(r.cpuP95, 2)}`,
      fmt(r.buildPeakMb, 0),
      fmt(r.peakMb, 0),
      hits
        ? Object.values(hits)
            .reduce((a, b) => a + b, 0)
            .toString()
        : '—',
    ];
  });
  process.stdout.write(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`);
  for (const line of lines) process.stdout.write(`| ${line.join(' | ')} |\n`);
}

function ratios(rows: readonly Row[]): Record<string, Record<string, number>> {
  const qos = rows.find((r) => r.engine === 'qos');
  const out: Record<string, Record<string, number>> = {};
  if (!qos) return out;
  for (const peer of rows) {
    if (peer.engine === 'qos' || peer.available === false) continue;
    const ratio = (key: string): number => (qos[key] as number) / (peer[key] as number);
    out[peer.engine] = {
      p95: ratio('p95'),
      p50: ratio('p50'),
      rankP95: ratio('rankP95'),
      cpuP95: ratio('cpuP95'),
      build: ratio('buildMs'),
      indexSize: ratio('indexBytes'),
      coldFirst: ratio('coldFirstMs'),
      peakQueryMemory: ratio('peakMb'),
      peakBuildMemory: ratio('buildPeakMb'),
    };
  }
  return out;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '1000' },
      data: { type: 'string', default: '../shared/data' },
      engines: { type: 'string', default: engineNames.join(',') },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const size = Number(values.size);
  if (!Number.isInteger(size) || size < 10) throw new Error('--size must be a whole number ≥ 10');
  const dataDir = path.resolve(process.cwd(), values.data);
  const engines = values.engines
    .split(',')
    .filter((e): e is EngineName => (engineNames as readonly string[]).includes(e));
  // The corpus is made of the shared data: it stays outside the repository and goes when done.
  const work = path.join(os.tmpdir(), `qos-bench-search-${size}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  process.stderr.write(`corpus: ${size} articles from ${dataDir}\n`);
  const docs = makeCorpus(dataDir, size + 1);
  const extra = docs.pop();
  const queries = makeQueries(docs);
  writeFileSync(path.join(work, 'corpus.json'), JSON.stringify(docs));
  writeFileSync(path.join(work, 'queries.json'), JSON.stringify(queries));
  writeFileSync(path.join(work, 'extra.json'), JSON.stringify({ ...extra, id: 'extra-article' }));
  const worker = engines.includes('qos') ? await bundleWorker() : undefined;
  const rows: Row[] = [];
  for (const engine of engines) {
    mkdirSync(path.join(work, engine), { recursive: true });
    process.stderr.write(`${engine}: build… `);
    const built = child('build', engine, work, worker);
    if (built.available === false || built.error) {
      process.stderr.write(built.error ? `failed\n${String(built.error)}\n` : 'not available\n');
      rows.push({ engine, available: false, ...(built.error ? { error: built.error } : {}) });
      continue;
    }
    process.stderr.write('cold open… ');
    const cold = child('cold', engine, work, worker);
    process.stderr.write('queries…\n');
    const queried = child('query', engine, work, worker);
    rows.push({
      engine,
      buildMs: built.buildMs,
      buildCpuMs: built.buildCpuMs,
      buildPeakMb: built.peakMb,
      indexBytes: dirBytes(path.join(work, engine)),
      ...cold,
      ...queried,
    });
  }
  printTable(rows, size);
  const result = {
    size,
    queries: queries.length,
    date: new Date().toISOString(),
    node: process.version,
    rows,
    qosRatio: ratios(rows),
  };
  process.stdout.write(
    `\nQos ÷ peer: ${JSON.stringify(result.qosRatio, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(2)) : v))}\n`,
  );
  const out = path.join(root, 'bench/results', `search-${size}.json`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stderr.write(`written ${path.relative(root, out)}\n`);
  if (values.keep) process.stderr.write(`work folder kept: ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
