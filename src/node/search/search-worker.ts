/**
 * Worker entry of the search index: one SegmentHost per worker thread, driven by messages from
 * host-client.ts. Bundled as its own entry (out/main/search-worker.js); under tsx it is started
 * through a small bootstrap that registers tsx first.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SegmentHost, type HostOptions } from './segment-host';
import { callHost, type HostRequest, type HostResponse } from './host-protocol';

const port = parentPort;
if (port) {
  const data = workerData as { readonly host: HostOptions };
  const host = SegmentHost.create(data.host);
  // Requests run one after another, in arrival order: a search sent after an update sees it.
  let queue: Promise<unknown> = Promise.resolve();
  port.on('message', (request: HostRequest) => {
    queue = queue.then(async () => {
      let response: HostResponse;
      try {
        response = { id: request.id, ok: true, value: await callHost(await host, request) };
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        response = { id: request.id, ok: false, error: { name: e.name, message: e.message } };
      }
      port.postMessage(response);
    });
  });
}
