import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../fixtures/electron-binary';

const root = path.resolve(import.meta.dirname, '..', '..');

const found = electronBinary();

test.describe('the desktop app', () => {
  test.beforeAll(() => {
    if ('reason' in found) console.log(`electron e2e skipped: ${found.reason}`);
  });
  // a test's app is closed, passed or failed, before its data folder is removed
  const apps: ElectronApplication[] = [];
  const stores: string[] = [];
  test.afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const dir of stores.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  test('opens the library and the Russian article in a secure window', async () => {
    test.skip('reason' in found, 'reason' in found ? found.reason : '');
    if (!('path' in found)) return;
    const store = mkdtempSync(path.join(os.tmpdir(), 'qos-electron-'));
    stores.push(store);
    const app = await electron.launch({
      executablePath: found.path,
      args: [root],
      env: { ...process.env, QOS_STORE: store },
    });
    apps.push(app);
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
