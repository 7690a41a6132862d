import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../node/test-temp';
import { respondFromRenderer } from './app-protocol';

describe('app:// protocol', () => {
  // the renderer folder, with a file beside it that no app:// address may reach
  const parent = tempDirs('qos-proto-')();
  const root = path.join(parent, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<p>app</p>');
  writeFileSync(path.join(root, 'assets', 'a.js'), 'x');
  writeFileSync(path.join(parent, 'qos-secret.txt'), 'secret');

  it('serves the renderer files with a CSP header', async () => {
    const response = await respondFromRenderer(root, 'app://qos/assets/a.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers app routes with index.html', async () => {
    expect(await (await respondFromRenderer(root, 'app://qos/article/abc')).text()).toBe('<p>app</p>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://qos/../qos-secret.txt',
      'app://qos/%2e%2e/qos-secret.txt',
      'app://qos/..%2fqos-secret.txt',
      'app://other/index.html',
    ]) {
      expect((await respondFromRenderer(root, url)).status, url).toBe(404);
    }
  });
});
