import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The Electron binary if the npm package has it (it is downloaded on first use); else why not. */
function electronBinary(): { path: string } | { reason: string } {
  let dir: string;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { reason: 'the Electron binary is not downloaded on this machine (electron/path.txt is missing)' };
  }
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? { path: binary } : { reason: `the Electron binary ${binary} is missing` };
}

const found = electronBinary();

test.describe('the desktop app', () => {
  test.beforeAll(() => {
    if ('reason' in found) console.log(`electron e2e skipped: ${found.reason}`);
  });

  test('opens the library and the Russian article in a secure window', async () => {
    test.skip('reason' in found, 'reason' in found ? found.reason : '');
    if (!('path' in found)) return;
    const store = mkdtempSync(path.join(os.tmpdir(), 'qos-electron-'));
    const app = await electron.launch({
      executablePath: found.path,
      args: [root],
      env: { ...process.env, QOS_STORE: store },
    });
    const window = await app.firstWindow();
    await expect(
      window.getByRole('list', { name: 'Library', exact: true }).getByRole('listitem'),
    ).toHaveCount(5);
    expect(window.url()).toMatch(/^app:\/\/qos\//);
    // the page has no Node: no require, no process (contextIsolation + sandbox, nodeIntegration off)
    expect(
      await window.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]),
    ).toEqual(['undefined', 'undefined']);
    await window.getByRole('button', { name: /Казахстан и Татарстан/ }).click();
    await expect(window.getByRole('heading', { level: 1 })).toContainText('Казахстан и Татарстан');
    await window.screenshot({ path: path.join(root, 'e2e', 'screenshots', 'electron-reader.png') });
    await app.close();
  });
});
