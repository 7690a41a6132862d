import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { startQosServer } from '../fixtures/qos-server';
import { AppShell, type UiLanguage } from '../pages/app-shell';
import { ReaderPage } from '../pages/reader-page';

const root = path.resolve(import.meta.dirname, '..', '..');
const shots = path.join(root, 'e2e', 'screenshots');
const russianTitle = 'Казахстан и Татарстан будут укреплять сотрудничество';

type Tree = { readonly [key: string]: string | Tree };

/** The interface strings of one language, read from the files the app bundles. */
function locale(language: UiLanguage): Record<string, Tree> {
  const dir = path.join(root, 'locales', language);
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(path.join(dir, f), 'utf8')),
    ]),
  );
}
const values = (tree: Tree | string): string[] =>
  typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(values);

/** A string as the locale file has it, placeholders and all. */
function text(language: UiLanguage, key: string): string {
  const [ns = '', rest = ''] = key.split(':');
  let node: Tree | string | undefined = locale(language)[ns];
  for (const part of rest.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no ${language} string ${key}`);
  return node;
}

/** `t` for the test: `ns:a.b`, with `count` choosing the language's plural form. */
function t(language: UiLanguage, key: string, vars: Record<string, string | number> = {}): string {
  const form = 'count' in vars ? `_${new Intl.PluralRules(language).select(Number(vars.count))}` : '';
  return text(language, key + form).replace(
    /\{\{(\w+)(, number)?\}\}/g,
    (_, name: string, asNumber?: string) =>
      asNumber ? new Intl.NumberFormat(language).format(Number(vars[name])) : String(vars[name]),
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The part of a string before its first placeholder, to find an element whose name goes on with data. */
const prefix = (s: string) => new RegExp(`^${escapeRegExp(s.split('{{')[0] ?? '')}`);

const latinWords = (s: string) => s.match(/[A-Za-z]{3,}/g) ?? [];
/**
 * English words of the interface that no Russian or Kazakh string uses: one of them on a Russian or
 * Kazakh screen is an untranslated string ("Qos", "English" are in every locale, so they are allowed).
 */
const englishOnly = (() => {
  const others = new Set(
    (['ru', 'kk'] as const).flatMap((l) => Object.values(locale(l)).flatMap(values).flatMap(latinWords)),
  );
  return new Set(
    Object.values(locale('en'))
      .flatMap(values)
      .flatMap(latinWords)
      .filter((w) => !others.has(w)),
  );
})();

async function expectNoStrayLanguage(shell: AppShell, language: UiLanguage, view: string): Promise<void> {
  const shown = await shell.uiText();
  expect(shown.length, `${view}: interface text is shown`).toBeGreaterThan(5);
  const stray =
    language === 'en'
      ? shown.filter((s) => /\p{Script=Cyrillic}/u.test(s))
      : shown.filter((s) => latinWords(s).some((w) => englishOnly.has(w)));
  expect(stray, `${view} in ${language}: text in another language`).toEqual([]);
}

/** The library with its watched folders open, and the import panel's summary of a small import. */
async function walkLibrary(page: Page, shell: AppShell, language: UiLanguage, before: number) {
  const list = page.getByRole('list', { name: t(language, 'library:title'), exact: true });
  await expect(list.getByRole('listitem')).toHaveCount(before);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(language, 'library:title'));
  await page.getByText(t(language, 'library:watch.title', { count: 0 })).click();
  await expect(page.getByText(t(language, 'library:watch.hint'))).toBeVisible();
  await expect(page.getByRole('textbox', { name: t(language, 'library:watch.pathLabel') })).toBeVisible();

  const name = `report-${language}.txt`;
  await page.locator('input[type=file][accept]').setInputFiles([
    {
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(`Astana report ${language}\n\nLeaders met in Astana.`),
    },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const summary = page.getByRole('status');
  await expect(summary).toContainText(t(language, 'library:import.finished'));
  await expect(summary).toContainText(t(language, 'library:import.added', { count: 1 }));
  await expect(summary).toContainText(t(language, 'library:import.failed', { count: 1 }));
  await expect(summary).toContainText(t(language, 'errors:empty_file'));
  await expect(list.getByRole('listitem')).toHaveCount(before + 1);
  await expect(
    page.getByText(t(language, 'library:count', { count: before + 1 }), { exact: true }),
  ).toBeVisible();
  await expectNoStrayLanguage(shell, language, 'library');
  await page.screenshot({ path: path.join(shots, `i18n-${language}-library.png`), fullPage: true });
  await summary.getByRole('button', { name: t(language, 'library:import.dismiss') }).click();
}

test.describe('the interface in English, Russian and Kazakh', () => {
  test('every view speaks the language chosen with the keyboard; article text keeps its own', async ({
    qos,
    page,
  }) => {
    const shell = new AppShell(page);
    const reader = new ReaderPage(page);
    await page.goto(qos.url);
    await expect(shell.html).toHaveAttribute('lang', 'en');
    let shown: UiLanguage = 'en';
    let articles = 5;
    let bookmarks = 0;

    for (const language of ['ru', 'kk', 'en'] as const) {
      await shell.header.getByRole('button', { name: t(shown, 'common:nav.library') }).click();
      await shell.switchLanguageByKeyboard(language);
      shown = language;
      await expect(shell.languageSwitcher).toHaveAccessibleName(t(language, 'common:language.label'));
      await walkLibrary(page, shell, language, articles);
      articles++;

      await page.getByRole('button', { name: new RegExp(russianTitle) }).click();
      await expect(reader.heading).toHaveText(russianTitle);
      await expect(reader.heading).toHaveAttribute('lang', 'ru');
      await expect(reader.body).toHaveAttribute('lang', 'ru');
      await expect(reader.article.getByRole('button', { name: t(language, 'reader:back') })).toBeVisible();
      await page.getByRole('button', { name: t(language, 'reader:edit.open') }).click();
      const form = page.getByRole('form', { name: t(language, 'reader:edit.title') });
      await expect(form.getByRole('textbox', { name: t(language, 'reader:edit.date') })).toBeVisible();
      await expectNoStrayLanguage(shell, language, 'reader');
      await page.screenshot({ path: path.join(shots, `i18n-${language}-reader.png`), fullPage: true });
      await form.getByRole('button', { name: t(language, 'reader:edit.close') }).click();

      // A different quote each time, so the bookmarks view has one more to show.
      const bookmarkQuote = reader.body.getByRole('button', {
        name: prefix(text(language, 'reader:bookmarkQuote')),
      });
      await bookmarkQuote.nth(bookmarks).click();
      bookmarks++;
      await expect(page.getByRole('status')).toContainText(prefix(text(language, 'reader:bookmark.saved')));
      await shell.header.getByRole('button', { name: t(language, 'common:nav.bookmarks') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(language, 'bookmarks:title'));
      await expect(
        page.getByText(t(language, 'bookmarks:count', { count: bookmarks }), { exact: true }),
      ).toBeVisible();
      await expectNoStrayLanguage(shell, language, 'bookmarks');
      await page.screenshot({ path: path.join(shots, `i18n-${language}-bookmarks.png`), fullPage: true });

      // Search, then from a result to the two-column reader.
      await shell.header.getByRole('searchbox', { name: t(language, 'search:box') }).fill('Tokayev');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(language, 'search:title'));
      const results = page.getByRole('list', { name: t(language, 'search:results') });
      await expect(results.getByRole('listitem')).toHaveCount(5);
      await expectNoStrayLanguage(shell, language, 'search');
      await page.screenshot({ path: path.join(shots, `i18n-${language}-search.png`), fullPage: true });
      await results.getByRole('button', { name: russianTitle }).click();
      await expect(reader.heading).toHaveText(russianTitle);
      await page
        .getByRole('region', { name: t(language, 'reader:pair.sideBySide') })
        .getByRole('button')
        .first()
        .click();
      await expect(page.getByText(t(language, 'reader:pair.facts.title'))).toBeVisible();
      await expect(page.locator('.pair__column[data-side="a"] .article-body')).toHaveAttribute('lang', 'ru');
      await expectNoStrayLanguage(shell, language, 'pair');
      await page.screenshot({ path: path.join(shots, `i18n-${language}-pair.png`), fullPage: true });
    }
  });

  test('switching keeps the open article, the scroll position and the selection', async ({ qos, page }) => {
    const shell = new AppShell(page);
    const reader = new ReaderPage(page);
    await page.goto(qos.url);
    await page.getByRole('button', { name: new RegExp(russianTitle) }).click();
    await expect(reader.heading).toHaveText(russianTitle);
    const address = page.url();
    const paragraph = reader.paragraphs().nth(4);
    await paragraph.evaluate((p) => {
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(p);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    });
    const where = () =>
      paragraph.evaluate((p) => ({
        scrollY: Math.round(window.scrollY),
        top: Math.round(p.getBoundingClientRect().top),
        selected: window.getSelection()?.toString() ?? '',
      }));
    const before = await where();
    // (the header keeps one line in every language, so a switch moves nothing under the reader)
    const headerHeight = () => shell.header.evaluate((h) => Math.round(h.getBoundingClientRect().height));
    const height = await headerHeight();
    expect(before.scrollY).toBeGreaterThan(0);
    expect(before.selected.length).toBeGreaterThan(20);

    for (const language of ['ru', 'kk'] as const) {
      // The switcher is reached by keyboard, which moves focus but must not move the page or the selection.
      await shell.languageSwitcher.focus();
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/settings.update'));
      await shell.languageSwitcher.selectOption(language);
      await expect(shell.html).toHaveAttribute('lang', language);
      await saved;
      expect(page.url()).toBe(address);
      await expect(reader.heading).toHaveText(russianTitle);
      expect(await headerHeight(), `${language}: the header keeps its height`).toBe(height);
      const after = await where();
      expect(
        Math.abs(after.top - before.top),
        `${language}: the paragraph stays in place`,
      ).toBeLessThanOrEqual(2);
      expect(after.selected).toBe(before.selected);
    }
  });

  test('the choice survives a reload and a restart of the server', async ({ qos, page }) => {
    const shell = new AppShell(page);
    await page.goto(qos.url);
    await shell.switchLanguageByKeyboard('kk');
    await page.reload();
    await expect(shell.html).toHaveAttribute('lang', 'kk');
    await expect(shell.header.getByRole('button', { name: t('kk', 'common:nav.library') })).toBeVisible();

    await qos.stop();
    const again = await startQosServer(qos.storeDir);
    try {
      await page.goto(again.url);
      await expect(shell.html).toHaveAttribute('lang', 'kk');
      await expect(shell.languageSwitcher).toHaveValue('kk');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kk', 'library:title'));
    } finally {
      await again.stop();
    }
  });

  test("the first start follows the browser's languages, English when it speaks none of them", async ({
    qos,
    browser,
  }) => {
    for (const [locale, expected] of [
      ['ru-RU', 'ru'],
      ['kk-KZ', 'kk'],
      ['de-DE', 'en'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(qos.url);
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(expected, 'library:title'));
      await context.close();
    }
  });
});
