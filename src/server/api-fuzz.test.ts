// Arbitrary JSON sent to every method of the real back end over HTTP: each answer is a well-formed
// envelope with a 2xx or 4xx status. A 5xx would mean some input reaches code that does not check it.
import fc from 'fast-check';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMethods } from '../shared/contract';
import { bundledCorpusDir } from '../node/app-paths';
import { createBackend, type Backend } from '../node/service/create-service';
import { tempDirs } from '../node/test-temp';
import { startServer, type RunningServer } from './http-server';

function post(
  server: RunningServer,
  method: string,
  body: string,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${method}`,
        // a fresh connection each time: the back end shares this process, and when it keeps the event
        // loop busy past the server's keep-alive timeout, a reused socket may be closed under the
        // request (ECONNRESET), a race of the client's, not an answer of the server's
        agent: false,
        headers: { 'content-type': 'application/json', 'x-qos-token': server.token },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// Dialogs would block on a desktop; they are not part of the HTTP surface worth fuzzing here.
const fuzzed = allMethods().filter((m) => m.service !== 'dialogs');

const tmp = tempDirs('qos-fuzz-');

describe('the HTTP API under arbitrary input', () => {
  let backend: Backend;
  let server: RunningServer;
  const logged: string[] = [];

  beforeAll(async () => {
    const store = tmp();
    backend = await createBackend({
      storeDir: store,
      bundledCorpusDir: bundledCorpusDir(),
      shell: 'browser',
      systemLanguages: ['en'],
    });
    server = await startServer({
      services: backend.services,
      events: backend.events,
      rendererDir: store,
      log: (l) => logged.push(l),
    });
  }, 30_000);
  afterAll(async () => {
    await server.close();
    await backend.close();
  });

  it('answers every method with an envelope and never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fuzzed), fc.jsonValue({ maxDepth: 3 }), async (ref, input) => {
        const { status, json } = await post(server, ref.id, JSON.stringify(input));
        expect(json).toMatchObject({ ok: expect.any(Boolean) });
        expect(status, `${ref.id} ${JSON.stringify(input)}: ${JSON.stringify(json)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
