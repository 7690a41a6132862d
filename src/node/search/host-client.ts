import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HostArgs, HostMethod, HostRequest, HostResponse, HostValue } from './host-protocol';
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

function startWorker(url: URL, host: HostOptions): Worker {
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

export function workerClient(url: URL, host: HostOptions): HostClient {
  const worker = startWorker(url, host);
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  const failAll = (error: Error): void => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (response: HostResponse) => {
    const p = pending.get(response.id);
    if (!p) return;
    pending.delete(response.id);
    if (response.ok) p.resolve(response.value);
    else p.reject(new RemoteError(response.error.name, response.error.message));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`search worker exited (${code})`)));
  // An idle worker must not keep a CLI process alive.
  worker.unref();
  return {
    call(method, ...args) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const request: HostRequest = { id, method, args };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        worker.ref();
        worker.postMessage(request);
      }).finally(() => {
        if (pending.size === 0) worker.unref();
      }) as Promise<HostValue<typeof method>>;
    },
    async close() {
      if (!failure) {
        await this.call('close').catch(() => undefined);
        await worker.terminate();
      }
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
