/**
 * Kills a writing process with SIGKILL at random moments, over and over, and checks after every
 * kill that the bookmark file is valid and holds every bookmark the writer reported as saved.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateBookmarkFile } from '../../core/bookmarks/bookmark-file';
import { openBookmarkStore } from './bookmark-store';

const kills = 200;
/** Two writers side by side, each on its own store: the run takes half as long on two cores. */
const lanes = 2;
/** A fresh store every so many kills keeps the file (and each rewrite) from growing without end. */
const killsPerStore = 50;
/** Kill moments: uniformly up to this many ms after the writer is ready (a dozen or so writes). */
const maxDelayMs = 60;

let work: string;
let child: string;

/** mulberry32: the same kill delays on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'qos-crash-'));
  // One bundle instead of `node --import tsx` per life: a child starts in ~0.1 s instead of ~0.25 s.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    build: {
      ssr: fileURLToPath(new URL('./crash-child.ts', import.meta.url)),
      outDir: path.join(work, 'bin'),
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'crash-child.mjs' } },
    },
    ssr: { noExternal: true },
  });
  child = path.join(work, 'bin', 'crash-child.mjs');
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

interface Life {
  readonly acked: string[];
  readonly problems: string[];
}

/** Starts a writer, kills it `delayMs` after it is ready, and returns what it acknowledged. */
function live(storeDir: string, delayMs: number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, storeDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    const problems: string[] = [];
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`the writer did not get ready: ${stderr}`));
    }, 20_000);
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      // a line cut by the kill has no newline yet: it was never acknowledged
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        else if (line.startsWith('problems ')) problems.push(line);
        else if (line === 'ready') {
          clearTimeout(giveUp);
          timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
        }
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the writer exited by itself (${code}): ${stderr}`));
      else resolve({ acked, problems });
    });
  });
}

/**
 * Starts each store above 100 KB, as a reader's collection soon is: a rewrite then takes long
 * enough for kills to land inside it.
 */
async function seed(storeDir: string): Promise<Set<string>> {
  const store = await openBookmarkStore(storeDir);
  const text = 'Токаев заявил, что товарооборот вырос на 12 процентов. '.repeat(40);
  const article = { id: 'seed', file: 'seed.txt', hash: 'seed-hash', lang: 'ru' as const, text };
  const added = await Promise.all(
    Array.from({ length: 250 }, (_, i) => store.add({ article, start: i, end: i + 60, note: `seed ${i}` })),
  );
  expect((await fs.stat(path.join(storeDir, 'bookmarks.json'))).size).toBeGreaterThan(100_000);
  return new Set(added.map((b) => b.id));
}

async function runLane(lane: number, count: number): Promise<{ acked: number; kills: number }> {
  const next = random(0x5eed + lane);
  let total = 0;
  let storeDir = '';
  let expected = new Set<string>();
  for (let k = 0; k < count; k++) {
    if (k % killsPerStore === 0) {
      storeDir = path.join(work, `lane${lane}-store${k / killsPerStore}`);
      expected = await seed(storeDir);
    }
    const { acked, problems } = await live(storeDir, Math.floor(next() * maxDelayMs));
    expect(problems).toEqual([]);
    for (const id of acked) expected.add(id);
    total += acked.length;

    // the file parses and validates on its own…
    const raw = await fs.readFile(path.join(storeDir, 'bookmarks.json'), 'utf8').catch(() => null);
    expect(raw).not.toBeNull();
    migrateBookmarkFile(JSON.parse(raw ?? ''));
    // …and the store opens without recovering anything and holds every acknowledged bookmark
    const store = await openBookmarkStore(storeDir);
    expect(store.problems).toEqual([]);
    const ids = new Set((await store.list()).map((b) => b.id));
    const missing = [...expected].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
    // opening swept the temporary files the killed writer left
    expect((await fs.readdir(storeDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }
  return { acked: total, kills: count };
}

it(`keeps every acknowledged bookmark through ${kills} SIGKILLs at random moments`, async () => {
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: lanes }, (_, lane) => runLane(lane, Math.ceil(kills / lanes))),
  );
  const totalKills = results.reduce((n, r) => n + r.kills, 0);
  const totalAcked = results.reduce((n, r) => n + r.acked, 0);
  expect(totalKills).toBeGreaterThanOrEqual(kills);
  // the kills must land while writes are going on, or the test proves nothing
  expect(totalAcked).toBeGreaterThan(kills);
  console.info(
    `crash test: ${totalKills} kills, ${totalAcked} acknowledged bookmarks, ${Math.round(performance.now() - started)} ms`,
  );
}, 180_000);
