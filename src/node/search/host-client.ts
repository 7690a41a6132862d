import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HostArgs, HostMethod, HostRequest, HostResponse, HostValue } from './host-protocol';
import type { SegmentEntry } from './manifest';
import { callHost } from './host-protocol';
import { SegmentHost, type HostOptions } from './segment-host';

/** A SegmentHost reached by messages (worker) or directly (in-thread), behind one interface. */
export interface HostClient {
  call<M extends HostMethod>(method: M, ...args: HostArgs<M>): Promise<HostValue<M>>;
  close(): Promise<void>;
}

class RemoteError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Where the worker entry is: beside the bundle (out/main/search-worker.js, or one folder up from a
 * shared chunk), else the TypeScript source when running under tsx or vitest.
 */
export function defaultWorkerUrl(): URL {
  const candidates = ['./search-worker.js', '../search-worker.js', './search-worker.ts'].map(
    (p) => new URL(p, import.meta.url),
  );
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new Error('search worker entry not found beside the application');
  return found;
}

export function startWorker(url: URL, host: HostOptions): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: { host } });
  // TypeScript source (development, tests): register tsx inside the worker, then load the entry.
  // The ESM build of tsx's API (require.resolve would give the CommonJS one, which cannot register hooks here).
  const require = createRequire(import.meta.url);
  const packageFile = require.resolve('tsx/package.json');
  const exportsMap = (require(packageFile) as { exports: Record<string, { import: { default: string } }> })
    .exports;
  const entry = exportsMap['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  const tsxApi = pathToFileURL(path.join(path.dirname(packageFile), entry)).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { host } });
}

/**
 * A host in a worker thread. A worker that dies (a crash, out of memory) fails the calls it had, and
 * the next call starts a new one, given the same segments again: one failed search, not a dead index.
 */
export function workerClient(url: URL, host: HostOptions, spawn = startWorker): HostClient {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const assigned = new Map<number, SegmentEntry>();
  let nextId = 1;
  let worker: Worker | null = null;
  let closed = false;
  const post = (target: Worker, method: HostMethod, args: readonly unknown[]): Promise<unknown> => {
    const id = nextId++;
    const request: HostRequest = { id, method, args };
    return new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.ref();
      target.postMessage(request);
    }).finally(() => {
      if (pending.size === 0) target.unref();
    });
  };
  const start = (): Worker => {
    const started = spawn(url, host);
    const lost = (error: Error): void => {
      if (worker !== started) return;
      worker = null;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    started.on('message', (response: HostResponse) => {
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      if (response.ok) p.resolve(response.value);
      else p.reject(new RemoteError(response.error.name, response.error.message));
    });
    started.on('error', lost);
    started.on('exit', (code) => lost(new Error(`search worker exited (${code})`)));
    // An idle worker must not keep a CLI process alive.
    started.unref();
    if (assigned.size > 0) void post(started, 'assign', [[...assigned.values()]]).catch(() => undefined);
    return started;
  };
  return {
    call(method, ...args) {
      if (closed) return Promise.reject(new Error('search index closed'));
      if (method === 'assign') for (const entry of args[0] as SegmentEntry[]) assigned.set(entry.id, entry);
      if (method === 'drop') for (const id of args[0] as number[]) assigned.delete(id);
      worker ??= start();
      return post(worker, method, args) as Promise<HostValue<typeof method>>;
    },
    async close() {
      closed = true;
      const current = worker;
      if (!current) return;
      await post(current, 'close', []).catch(() => undefined);
      worker = null;
      await current.terminate();
    },
  };
}

/** The same host on the caller's thread: for environments without worker threads. */
export function inThreadClient(host: HostOptions): HostClient {
  const created = SegmentHost.create(host);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    call(method, ...args) {
      const run = queue.then(async () => callHost(await created, { id: 0, method, args }));
      queue = run.catch(() => undefined);
      return run as Promise<HostValue<typeof method>>;
    },
    async close() {
      await this.call('close');
    },
  };
}

/** `threads` hosts in worker threads, or one on the calling thread when `threads` is 0. */
export function startHosts(threads: number, workerUrl: URL | undefined, host: HostOptions): HostClient[] {
  if (threads === 0) return [inThreadClient(host)];
  const url = workerUrl ?? defaultWorkerUrl();
  return Array.from({ length: threads }, () => workerClient(url, host));
}
