/**
 * One measurement of one engine, in a process of its own so that start-up time and peak memory are
 * that engine's alone. Run by bench/search.ts as
 *   node --import tsx bench/search-child.ts <build|query> <engine> <work dir> [worker url]
 * and answers with one JSON line on stdout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SearchDocument } from '../src/shared/search';
import type { BenchQuery } from './search-corpus';
import { loadEngine, qosFirstAnswer, type EngineName } from './search-engines';

const [mode, name, work, worker] = process.argv.slice(2) as [string, EngineName, string, string | undefined];
const workerUrl = worker ? new URL(worker) : undefined;
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(work, file), 'utf8')) as T;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] as number;
}

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<object> {
  const engine = await loadEngine(name, workerUrl);
  if (!engine) return { available: false };
  const dir = path.join(work, name);
  if (mode === 'build') {
    const docs = readJson<SearchDocument[]>('corpus.json');
    const start = performance.now();
    const cpu = process.cpuUsage();
    await engine.build(docs, dir);
    const used = process.cpuUsage(cpu);
    // CPU of every thread: on a machine shared with other work, wall time alone misleads.
    return {
      buildMs: performance.now() - start,
      buildCpuMs: (used.user + used.system) / 1000,
      peakMb: peakMb(),
    };
  }
  if (mode === 'cold') {
    const queries = readJson<BenchQuery[]>('queries.json');
    const first = queries.find((q) => q.kind === 'word') ?? (queries[0] as BenchQuery);
    if (name === 'qos') {
      const result = await qosFirstAnswer(dir, workerUrl, first.text);
      return { coldFirstMs: result.first, coldFullMs: result.full };
    }
    const session = await engine.open(dir);
    await session.search(first);
    const at = performance.now();
    await session.close();
    return { coldFirstMs: at, coldFullMs: at };
  }
  const queries = readJson<BenchQuery[]>('queries.json');
  const extra = readJson<SearchDocument>('extra.json');
  const session = await engine.open(dir);
  const hits: Record<string, number> = {};
  // One round to warm up (and to count hits), then the measured rounds.
  for (const q of queries) hits[q.kind] = (hits[q.kind] ?? 0) + ((await session.search(q)) > 0 ? 1 : 0);
  const times: number[] = [];
  const rankTimes: number[] = [];
  const cpuTimes: number[] = [];
  const byKind: Record<string, number[]> = {};
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      await session.search(q);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      times.push(ms);
      // CPU time of the whole process (workers included): what a query costs on an idle machine.
      cpuTimes.push((used.user + used.system) / 1000);
      (byKind[q.kind] ??= []).push(ms);
      const rankStart = performance.now();
      await session.rank(q);
      rankTimes.push(performance.now() - rankStart);
    }
  }
  times.sort((a, b) => a - b);
  rankTimes.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  let start = performance.now();
  await session.add(extra);
  const addMs = performance.now() - start;
  start = performance.now();
  await session.remove(extra.id);
  const removeMs = performance.now() - start;
  await session.close();
  const kinds = Object.fromEntries(
    Object.entries(byKind).map(([kind, list]) => [
      kind,
      percentile(
        [...list].sort((a, b) => a - b),
        0.95,
      ),
    ]),
  );
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    rankP50: percentile(rankTimes, 0.5),
    rankP95: percentile(rankTimes, 0.95),
    cpuP50: percentile(cpuTimes, 0.5),
    cpuP95: percentile(cpuTimes, 0.95),
    p95ByKind: kinds,
    queriesWithHits: hits,
    addMs,
    removeMs,
    durable: engine.durable,
    peakMb: peakMb(),
  };
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stdout.write(
      `${JSON.stringify({ error: error instanceof Error ? error.stack : String(error) })}\n`,
    );
    process.exit(1);
  },
);
