import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QosServices } from '../shared/contract';
import { QosError } from '../shared/qos-error';
import { EventHub } from '../node/service/event-hub';
import { tempDirs } from '../node/test-temp';
import { startServer, type RunningServer } from './http-server';

const services = {
  app: { info: () => Promise.resolve({ version: '0.0.0', shell: 'browser', systemLanguages: [] }) },
  library: {
    list: () => Promise.resolve([]),
    get: ({ id }: { id: string }) => Promise.reject(new QosError('not_found', `no article ${id}`)),
  },
  settings: {
    get: () => Promise.resolve({ uiLanguage: null, theme: 'system' }),
    update: () => Promise.reject(new Error('boom')),
  },
} as unknown as QosServices;

/** A raw request, so the Host header and body are exactly what a hostile client would send. */
function raw(
  server: RunningServer,
  options: http.RequestOptions,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, ...options }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const tmp = tempDirs('qos-http-');

describe('browser shell HTTP server', () => {
  let server: RunningServer;
  const logged: string[] = [];
  const renderer = tmp();
  mkdirSync(path.join(renderer, 'assets'));
  writeFileSync(path.join(renderer, 'index.html'), '<p>qos</p>');
  writeFileSync(path.join(renderer, 'assets', 'a.js'), 'console.log(1)');

  beforeAll(async () => {
    server = await startServer({
      services,
      events: new EventHub(),
      rendererDir: renderer,
      token: 'test-token',
      maxBodyBytes: 1024 * 1024,
      log: (l) => logged.push(l),
    });
  });
  afterAll(() => server.close());

  const api = (
    method: string,
    body = '',
    headers: Record<string, string> = { 'x-qos-token': 'test-token' },
  ) =>
    raw(
      server,
      { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers } },
      body,
    );

  it('listens on 127.0.0.1 and prints an address with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=test-token`);
  });

  it('answers a contract call with an ok envelope', async () => {
    const res = await api('library.list');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true, value: [] });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a missing or wrong token with 401 JSON', async () => {
    for (const headers of [{}, { 'x-qos-token': 'wrong' }]) {
      const res = await api('library.list', '', headers);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).error.code).toBe('unauthorized');
    }
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const res = await raw(server, {
      method: 'POST',
      path: '/api/library.list',
      headers: { host: 'evil.example', 'x-qos-token': 'test-token' },
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error.code).toBe('forbidden');
  });

  it('answers unknown methods, prototype names and malformed bodies with 4xx JSON', async () => {
    expect((await api('library.nope')).status).toBe(404);
    expect((await api('library.constructor')).status).toBe(404);
    expect((await api('__proto__.toString')).status).toBe(404);
    const bad = await api('library.get', '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.code).toBe('bad_request');
    const big = await api('library.get', `"${'x'.repeat(2 * 1024 * 1024)}"`);
    expect(big.status).toBe(413);
  });

  it('passes service errors through with their code, and hides nothing as a crash', async () => {
    const missing = await api('library.get', '{"id":"x"}');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no article x' },
    });
    const broken = await api('settings.update', '{}');
    expect(broken.status).toBe(500);
    expect(JSON.parse(broken.text).error.code).toBe('internal');
    expect((await api('library.list')).status).toBe(200);
  });

  it('serves the page with the token once, then by cookie; refuses it without', async () => {
    expect((await raw(server, { path: '/' })).status).toBe(401);
    const first = await raw(server, { path: '/?token=test-token' });
    expect(first.status).toBe(200);
    expect(first.text).toBe('<p>qos</p>');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/qos_token=test-token; HttpOnly; SameSite=Strict/);
    const asset = await raw(server, { path: '/assets/a.js', headers: { cookie: 'qos_token=test-token' } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await raw(server, {
      path: '/..%2f..%2fetc%2fpasswd',
      headers: { cookie: 'qos_token=test-token' },
    });
    expect(res.status).toBe(404);
  });

  it('logs every refused request without the token', () => {
    expect(logged.some((l) => l.startsWith('401'))).toBe(true);
    expect(logged.join('\n')).not.toContain('test-token');
  });
});

describe('stopping the browser shell HTTP server', () => {
  it('answers a call under way before it stops, and ends the event streams', async () => {
    let finish: () => void = () => {};
    let started: () => void = () => {};
    const entered = new Promise<void>((resolve) => (started = resolve));
    const slow = {
      ...services,
      library: {
        list: () => {
          started();
          return new Promise((resolve) => (finish = () => resolve([])));
        },
      },
    } as unknown as QosServices;
    const renderer = tmp('qos-http-close-');
    writeFileSync(path.join(renderer, 'index.html'), '<p>qos</p>');
    const server = await startServer({
      services: slow,
      events: new EventHub(),
      rendererDir: renderer,
      token: 't',
    });
    const events = new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: server.port, path: '/api/events?token=t' }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
    const call = raw(
      server,
      {
        method: 'POST',
        path: '/api/library.list',
        headers: { 'content-type': 'application/json', 'x-qos-token': 't' },
      },
      '',
    );
    await entered;
    const closed = server.close();
    finish();
    const res = await call;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ ok: true, value: [] });
    expect(await events).toBe(200);
    await closed;
  });
});
