import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startQosServer } from '../fixtures/qos-server';
import { BookmarksPage } from '../pages/bookmarks-page';
import { expect, test } from '../fixtures/test';

test.describe('quote bookmarks', () => {
  test('a quote bookmarked in the Russian article keeps its speaker, survives a restart and an edit, and exports with a working link', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/Казахстан и Татарстан/);
    // One click on a detected quote: the speaker comes with it.
    await reader.article
      .getByRole('button', { name: /Bookmark this quote by Касым-Жомарт Токаев/ })
      .first()
      .click();
    await expect(page.getByRole('status')).toContainText('Bookmarked');
    await expect(reader.body.locator('mark.bookmarked')).not.toHaveCount(0);

    const bookmarks = new BookmarksPage(page);
    await bookmarks.open();
    await expect(bookmarks.items()).toHaveCount(1);
    await expect(bookmarks.items().first()).toContainText('Касым-Жомарт Токаев');
    await expect(bookmarks.items().first()).toContainText('Пользуясь возможностью');
    await bookmarks.items().first().getByLabel('Note').fill('благодарность за визит');
    await bookmarks.items().first().getByLabel('Tags (comma-separated)').fill('визит, культура');
    // leave the field: the note and tags are saved on blur; the restart waits for that call's answer
    const saved = page.waitForResponse(
      (r) => r.url().includes('/api/bookmarks.update') && (r.request().postData() ?? '').includes('культура'),
    );
    await bookmarks.heading.click();
    expect((await saved).ok()).toBe(true);

    // Edit the article elsewhere in its text, then restart on the same store.
    await qos.stop();
    const articlesDir = path.join(qos.storeDir, 'articles');
    const russian = readdirSync(articlesDir).find((f) =>
      readFileSync(path.join(articlesDir, f), 'utf8').includes('Хабар 24'),
    )!;
    const file = path.join(articlesDir, russian);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Казахстан и Татарстан готовы',
        'Казахстан и Республика Татарстан готовы',
      ),
    );
    appendFileSync(file, '\n\nДополнение редакции: материал обновлён.\n');
    const again = await startQosServer(qos.storeDir);
    try {
      await page.goto(again.url);
      await bookmarks.open();
      await expect(bookmarks.items()).toHaveCount(1);
      await expect(bookmarks.orphans()).toHaveCount(0);
      await expect(bookmarks.items().first()).toContainText('Касым-Жомарт Токаев');
      await expect(bookmarks.items().first().getByLabel('Note')).toHaveValue('благодарность за визит');

      // Markdown export: the quote, the speaker and a qos:// link to the exact place.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Markdown' }).click();
      const markdown = readFileSync(await (await download).path(), 'utf8');
      expect(markdown).toContain('Пользуясь возможностью');
      expect(markdown).toContain('Касым-Жомарт Токаев');
      const link = /qos:\/\/article\/[^\s)>\]]+/.exec(markdown)?.[0];
      expect(link).toBeDefined();

      // The link opens the article at the quote, emphasized.
      await page.getByLabel('Open a qos:// link').fill(link!);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await expect(reader.body.locator('mark.passage-focus').first()).toContainText('Пользуясь возможностью');
    } finally {
      await again.stop();
    }
  });

  test('a selected passage is bookmarked with Ctrl+B', async ({ qos, library, reader, page }) => {
    await library.open(qos.url);
    await library.openArticle(/Minnikhanov in Kazakhstan/);
    const paragraph = reader.paragraphs().filter({ hasText: 'This is the first meeting' });
    await paragraph.selectText();
    await expect(page.getByRole('button', { name: 'Bookmark (Ctrl+B)' })).toBeVisible();
    await page.keyboard.press('Control+b');
    await expect(page.getByRole('status')).toContainText('This is the first meeting');
    const bookmarks = new BookmarksPage(page);
    await bookmarks.open();
    await expect(bookmarks.items().first()).toContainText(
      'This is the first meeting of the Kazakhstan president',
    );
  });
});
