import { promises as fs } from 'node:fs';
import path from 'node:path';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
}

/**
 * Resolves a URL path inside the built renderer. Paths that climb out of it are refused; paths with
 * no file extension are app routes and get index.html.
 */
export async function loadStatic(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = path.resolve(rootDir);
  const wanted = path.resolve(root, `.${decoded}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return undefined;
  const isRoute = path.extname(wanted) === '';
  const file = isRoute ? path.join(root, 'index.html') : wanted;
  try {
    const body = await fs.readFile(file);
    return { body, type: types[path.extname(file)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
