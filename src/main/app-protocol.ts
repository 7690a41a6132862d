import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../server/security';

export const appScheme = 'app';
export const appOrigin = `${appScheme}://qos`;

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built renderer as app://qos/… instead of file://, so the page has a real origin, a CSP
 * header, and no access to the rest of the disk: paths that climb out of the folder get a 404.
 */
export async function respondFromRenderer(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== 'qos') return new Response('not found', { status: 404 });
  const root = path.resolve(rendererDir);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return new Response('bad path', { status: 400 });
  }
  const wanted = path.resolve(root, `.${relative}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep))
    return new Response('not found', { status: 404 });
  const file = path.extname(wanted) === '' ? path.join(root, 'index.html') : wanted;
  try {
    const body = await fs.readFile(file);
    return new Response(body, {
      headers: {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, (request) => respondFromRenderer(rendererDir, request.url));
}
