import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../fixtures/test';

test.describe('importing and correcting articles in the browser shell', () => {
  // the folders a test made to import from
  const folders: string[] = [];
  test.afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  test('picked files are imported with a summary; bad and duplicate files are reported', async ({
    qos,
    library,
    page,
  }) => {
    await library.open(qos.url);
    await page.locator('input[type=file][accept]').setInputFiles([
      {
        name: 'new-report.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Astana hosts the CICA summit\n\nLeaders met in Astana on Tuesday.'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: 'same-again.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Astana hosts the CICA summit\n\nLeaders met in Astana on Tuesday.'),
      },
    ]);
    const summary = page.getByRole('status');
    await expect(summary).toContainText('Import finished');
    await expect(summary).toContainText('1 article added');
    await expect(summary).toContainText('1 already in the library');
    await expect(summary).toContainText('empty.txt');
    await expect(library.rows()).toHaveCount(6);
    await expect(library.list.getByRole('button', { name: /Astana hosts the CICA summit/ })).toBeVisible();
  });

  test('metadata corrections show at once and survive a reload', async ({ qos, library, reader, page }) => {
    await library.open(qos.url);
    await library.openArticle(/Казахстан и Татарстан/);
    await page.getByRole('button', { name: 'Correct details…' }).click();
    const form = page.getByRole('form', { name: 'Title' });
    await form.getByLabel('Date (YYYY-MM-DD)').fill('2021-06-09');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(reader.article.locator('.article-meta')).toContainText('June 9, 2021');
    await page.reload();
    await expect(reader.article.locator('.article-meta')).toContainText('June 9, 2021');
  });

  test('a picked folder is imported with a progress bar, then its articles are listed', async ({
    qos,
    library,
    page,
  }) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'qos-e2e-folder-'));
    folders.push(folder);
    for (let i = 0; i < 40; i++) {
      const body = `Report ${i} on the Astana talks\n\nDelegations met for round ${i}. ${'Trade and transit were discussed. '.repeat(200)}`;
      writeFileSync(path.join(folder, `report-${String(i).padStart(2, '0')}.txt`), body);
    }
    await library.open(qos.url);
    await page.locator('input[type=file]:not([accept])').setInputFiles(folder);
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('40 articles added');
    await expect(library.rows()).toHaveCount(45);
    await expect(library.list.getByRole('button', { name: /Report 39 on the Astana talks/ })).toBeVisible();
  });
});
