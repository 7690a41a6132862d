/**
 * `npm run bench -- ingest --data ../shared/data [--seconds 5]`: decode + parse throughput on real news
 * text (NTREX and FLORES documents in English and Russian, NEREL and factRuEval articles). One thread,
 * so the figure is per core. Target: ≥ 1,000 articles per second per core.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../src/core/corpus/parse-article';

interface Doc {
  readonly source: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

/** A parallel document as an article: the first segment as its headline, the rest as one paragraph each. */
function jsonlDocs(file: string, source: string): Doc[] {
  if (!existsSync(file)) return [];
  const docs: Doc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { en?: string[]; ru?: string[] };
    for (const lang of ['en', 'ru'] as const) {
      const segments = record[lang];
      if (segments !== undefined && segments.length > 0) {
        docs.push({ source: `${source}/${lang}`, bytes: encoder.encode(segments.join('\n\n')) });
      }
    }
  }
  return docs;
}

function textFiles(dir: string, source: string): Doc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ source, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

function loadDocs(data: string): Doc[] {
  return [
    ...jsonlDocs(join(data, 'parallel/ntrex128_en_ru/ntrex128_en_ru.docs.jsonl'), 'ntrex'),
    ...jsonlDocs(join(data, 'parallel/flores200_devtest/flores200_devtest_docs.jsonl'), 'flores'),
    ...textFiles(join(data, 'ner_ru/NEREL-v1.1/train'), 'nerel'),
    ...textFiles(join(data, 'ner_ru/NEREL-v1.1/dev'), 'nerel'),
    ...textFiles(join(data, 'ner_ru/factRuEval-2016/devset'), 'factru'),
  ];
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

interface Tally {
  articles: number;
  bytes: number;
  ms: number;
}

export async function run(args: string[]): Promise<void> {
  const data = resolve(option(args, '--data') ?? '../shared/data');
  const seconds = Number(option(args, '--seconds') ?? '5');
  const docs = loadDocs(data);
  if (docs.length === 0) {
    process.stderr.write(`ingest: no documents under ${data} (pass --data <shared/data folder>)\n`);
    process.exitCode = 2;
    return;
  }
  // Warm-up: let the JIT and the ICU segmenters settle before timing.
  for (const doc of docs.slice(0, 200)) parseArticle(doc.bytes);

  const bySource = new Map<string, Tally>();
  let failed = 0;
  // CPU time as well as wall time: on a shared machine the wall clock counts other people's work.
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let rounds = 0;
  do {
    for (const doc of docs) {
      const t0 = performance.now();
      try {
        parseArticle(doc.bytes);
      } catch {
        failed++;
      }
      const tally = bySource.get(doc.source) ?? { articles: 0, bytes: 0, ms: 0 };
      tally.articles++;
      tally.bytes += doc.bytes.length;
      tally.ms += performance.now() - t0;
      bySource.set(doc.source, tally);
    }
    rounds++;
  } while (performance.now() < deadline);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const rows = [...bySource.entries()].map(([source, t]) => ({
    source,
    articles: t.articles / rounds,
    'avg KB': +(t.bytes / t.articles / 1024).toFixed(1),
    'articles/s (wall)': Math.round(t.articles / (t.ms / 1000)),
    'MB/s (wall)': +(t.bytes / 1024 / 1024 / (t.ms / 1000)).toFixed(2),
  }));
  const total = docs.length * rounds;
  const bytes = docs.reduce((sum, doc) => sum + doc.bytes.length, 0) * rounds;
  console.table(rows);
  const mb = bytes / 1024 / 1024;
  console.log(
    `ingest: ${docs.length} articles × ${rounds} rounds, one thread, ` +
      `${elapsed.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU` +
      (failed > 0 ? `, ${failed / rounds} failed per round` : ''),
  );
  console.log(
    `  per core (CPU time): ${Math.round(total / cpuSeconds)} articles/s, ${(mb / cpuSeconds).toFixed(2)} MB/s`,
  );
  console.log(
    `  wall clock:          ${Math.round(total / elapsed)} articles/s, ${(mb / elapsed).toFixed(2)} MB/s`,
  );
  await Promise.resolve();
}
