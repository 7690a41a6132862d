import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../shared/search';
import { defaultWorkerUrl, startWorker, workerClient, type HostClient } from './host-client';

const doc = (id: string, text: string): SearchDocument => ({
  id,
  file: `${id}.txt`,
  title: null,
  text,
  lang: 'en',
  date: null,
  outlet: null,
});

let dir: string | undefined;
let client: HostClient | undefined;

afterEach(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('worker client', () => {
  it('starts a new worker after one dies and gives it the same segments', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qos-host-'));
    const workers: Worker[] = [];
    client = workerClient(defaultWorkerUrl(), { dir, morphology: 'none' }, (url, host) => {
      const worker = startWorker(url, host);
      workers.push(worker);
      return worker;
    });
    const built = await client.call('build', {
      target: { id: 1, gen: 0, delta: false },
      from: [],
      add: [doc('a', 'Tokayev met Mishustin in Astana.'), doc('b', 'Trade grew in Kazakhstan.')],
      drop: [],
    });
    await client.call('assign', [{ ...built.entry, deleted: [] }]);
    const before = await client.call('search', { text: 'Tokayev' }, [1], 10);
    expect(before.hits.map((h) => h.id)).toEqual(['a']);

    await workers[0]?.terminate();
    const after = await client.call('search', { text: 'Tokayev' }, [1], 10);
    expect(after.hits.map((h) => h.id)).toEqual(['a']);
    expect(workers).toHaveLength(2);
  }, 60_000);
});
