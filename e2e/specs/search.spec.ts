import { expect, test } from '../fixtures/test';

test.describe('full-text search', () => {
  test('"Токаевым" and "Tokayev" each find every report of him, in either script; a result opens at the match', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();

    await box.fill('Токаевым');
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem')).toHaveCount(5);
    await expect(results.locator('mark').first()).toBeVisible();

    await box.fill('Tokayev');
    await expect(results.getByRole('listitem')).toHaveCount(5);
    // the Russian report is among them, its match marked in Cyrillic
    const russian = results.getByRole('listitem').filter({ has: page.getByText('RU', { exact: true }) });
    await expect(russian).toHaveCount(1);
    await expect(russian.locator('mark').first()).toContainText('Токаев');

    await russian.getByRole('button').first().click();
    await expect(reader.heading).toHaveText('Казахстан и Татарстан будут укреплять сотрудничество');
    await expect(reader.body.locator('mark.passage-focus').first()).toContainText('Токаев');
  });

  test('filters narrow the results, and arrow keys move through them', async ({ qos, library, page }) => {
    await library.open(qos.url);
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    await box.fill('Tokayev');
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem')).toHaveCount(5);
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Language').selectOption('ru');
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Language').selectOption('');
    await expect(results.getByRole('listitem')).toHaveCount(5);
    await results.getByRole('button').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(results.getByRole('listitem').nth(1).getByRole('button')).toBeFocused();
  });

  test('whatever is typed, the search answers instead of failing', async ({ qos, library, page }) => {
    await library.open(qos.url);
    const box = page.getByRole('searchbox', { name: 'Search the library' });
    for (const text of ['Касым-Жомарт:', '"', '*', '+-~^:', 'Tatneft -KAMAZ']) {
      await box.fill(text);
      await expect(page.getByRole('heading', { name: 'Search' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
  });

  test('the name facet keeps the articles that mention one entity, typed in either script', async ({
    qos,
    library,
    page,
  }) => {
    await library.open(qos.url);
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('Kazakhstan');
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem')).toHaveCount(5);
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByRole('textbox', { name: 'Names' }).fill('Мишус');
    await page
      .getByRole('group', { name: 'Matching names' })
      .getByRole('button', { name: 'Mikhail Mishustin' })
      .click();
    await expect(results.getByRole('listitem')).toHaveCount(2);
    await filters.getByRole('button', { name: 'Remove the name filter' }).click();
    await expect(results.getByRole('listitem')).toHaveCount(5);
  });
});
