import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorShape, ErrorCode } from '../shared/article';
import { findMethod, invoke, type QosServices } from '../shared/contract';
import { QosError, toApiError, type Envelope } from '../shared/qos-error';
import type { EventHub } from '../node/service/event-hub';
import {
  hostAllowed,
  newToken,
  readCookie,
  sameToken,
  securityHeaders,
  tokenCookie,
  tokenHeader,
} from './security';
import { loadStatic } from './static-files';

// Big enough for one imported file (20 MB, base64-encoded), small enough to refuse abuse.
const defaultMaxBody = 32 * 1024 * 1024;
/** How long a call under way may take to finish once the server is asked to stop. */
const closeGraceMs = 5000;

const statusOf: Readonly<Partial<Record<ErrorCode, number>>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  payload_too_large: 413,
  not_a_text_file: 422,
  file_too_large: 422,
  empty_file: 422,
  internal: 500,
  io_error: 500,
};

export interface ServerOptions {
  readonly services: QosServices;
  readonly events: EventHub;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed only in tests; otherwise a new random token each run. */
  readonly token?: string;
  readonly log?: (line: string) => void;
  readonly maxBodyBytes?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(
    res,
    status,
    JSON.stringify(value),
    'application/json; charset=utf-8',
    status === 413 ? { connection: 'close' } : {},
  );
}

function readBody(req: http.IncomingMessage, maxBody: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        // Answer at once and let the rest of the body drain unread, so the client gets the 413.
        req.removeAllListeners('data');
        req.resume();
        reject(new QosError('payload_too_large', `request body over ${maxBody} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser shell: the built renderer and the contract over HTTP, on 127.0.0.1 only. Every request
 * carries the per-run token (header for the API, `?token=` once for the page, then a same-site cookie).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const log = options.log ?? (() => {});
  let port = 0;
  const streams = new Set<http.ServerResponse>();

  const fail = (req: http.IncomingMessage, res: http.ServerResponse, error: ApiErrorShape): void => {
    const status = statusOf[error.code] ?? 500;
    log(
      `${status} ${req.method ?? '?'} ${(req.url ?? '').replace(/token=[^&]+/, 'token=…')}: ${error.message}`,
    );
    const envelope: Envelope<never> = { ok: false, error };
    sendJson(res, status, envelope);
  };

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, id: string): Promise<void> {
    if (!sameToken(token, req.headers[tokenHeader] as string | undefined)) {
      return fail(req, res, { code: 'unauthorized', message: 'missing or wrong token' });
    }
    if (req.method !== 'POST') return fail(req, res, { code: 'bad_request', message: 'API calls are POST' });
    const ref = findMethod(id);
    if (!ref) return fail(req, res, { code: 'unknown_method', message: `unknown method ${id}` });
    let input: unknown;
    try {
      const body = await readBody(req, options.maxBodyBytes ?? defaultMaxBody);
      input = body.trim() === '' ? undefined : JSON.parse(body);
    } catch (error) {
      return fail(
        req,
        res,
        error instanceof QosError ? error : { code: 'bad_request', message: 'body is not JSON' },
      );
    }
    try {
      const value = await invoke(options.services, ref, input);
      sendJson(res, 200, { ok: true, value } satisfies Envelope<unknown>);
    } catch (error) {
      fail(req, res, toApiError(error));
    }
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (!sameToken(token, url.searchParams.get('token'))) {
      return fail(req, res, { code: 'unauthorized', message: 'missing or wrong token' });
    }
    res.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
    });
    res.write(': connected\n\n');
    const unsubscribe = options.events.subscribe((name, payload) => {
      res.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
    });
    streams.add(res);
    req.on('close', () => {
      unsubscribe();
      streams.delete(res);
    });
  }

  async function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const fromQuery = url.searchParams.get('token');
    const fromCookie = readCookie(req.headers.cookie, tokenCookie);
    if (!sameToken(token, fromQuery) && !sameToken(token, fromCookie)) {
      return fail(req, res, {
        code: 'unauthorized',
        message: 'open the address qos serve printed (it carries the token)',
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return fail(req, res, { code: 'bad_request', message: 'GET only' });
    const file = await loadStatic(options.rendererDir, url.pathname);
    if (!file) return fail(req, res, { code: 'not_found', message: `no file ${url.pathname}` });
    const cookie = `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    send(res, 200, file.body, file.type, { 'set-cookie': cookie });
  }

  let closing = false;
  const server = http.createServer((req, res) => {
    // (once the server is stopping, a connection whose last call is answered is closed at once)
    res.on('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    if (!hostAllowed(req.headers.host, port)) {
      return fail(req, res, {
        code: 'forbidden',
        message: `host ${req.headers.host ?? '(none)'} not allowed`,
      });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const route = url.pathname.startsWith('/api/') ? url.pathname.slice('/api/'.length) : undefined;
    const work =
      route === 'events'
        ? Promise.resolve(handleEvents(req, res, url))
        : route !== undefined
          ? handleApi(req, res, route)
          : handleStatic(req, res, url);
    work.catch((error: unknown) => {
      if (!res.headersSent) fail(req, res, toApiError(error));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    // a call under way is answered before the server stops, so a note saved as the reader quits is
    // kept; the event streams, which never end by themselves, are ended, and a connection still busy
    // after a few seconds is cut
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        const cut = setTimeout(() => server.closeAllConnections(), closeGraceMs);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        for (const stream of streams) stream.end();
        server.closeIdleConnections();
      }),
  };
}
