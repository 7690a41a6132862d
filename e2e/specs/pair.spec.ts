import path from 'node:path';
import { expect, test } from '../fixtures/test';

const shots = path.resolve(import.meta.dirname, '..', 'screenshots');

test.describe('side by side', () => {
  test('the Russian article opens beside its English counterpart, shared names emphasized, sentences linked on hover', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/Казахстан и Татарстан/);
    const offers = page.getByRole('region', { name: 'Read side by side' });
    await expect(offers.getByRole('button').first()).toBeVisible();
    // the best offer is one of the two English Tokayev–Minnikhanov reports
    await expect(offers.getByRole('button').first()).toHaveText(
      /Minnikhanov|Tokayev received Head of Tatarstan/,
    );
    await offers.getByRole('button').first().click();

    const left = page.locator('.pair__column[data-side="a"]');
    const right = page.locator('.pair__column[data-side="b"]');
    await expect(left.locator('.article-body')).toHaveAttribute('lang', 'ru');
    await expect(right.locator('.article-body')).toHaveAttribute('lang', 'en');
    // Tokayev and Minnikhanov are named in both: emphasized on both sides, in either script
    await expect(left.locator('mark.ent--shared', { hasText: 'Токаев' }).first()).toBeVisible();
    await expect(right.locator('mark.ent--shared', { hasText: 'Tokayev' }).first()).toBeVisible();

    // clicking Токаев on the left selects Tokayev on the right
    await left.locator('mark.ent', { hasText: 'Токаев' }).first().click();
    await expect(right.locator('mark.ent--selected', { hasText: 'Tokayev' }).first()).toBeVisible();

    // hovering a linked sentence lights up its counterpart in the other column
    await left.locator('span.sent--paired').first().hover();
    await expect(right.locator('span.sent--linked').first()).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'pair.png') });
    await expect(reader.article).toBeVisible();
  });

  test('two reports of one meeting align segment by segment, with a facts strip and keyboard steps', async ({
    qos,
    library,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/Kazakh President Kassym-Jomart Tokayev held a meeting on Aug\. 19/);
    await page
      .getByRole('region', { name: 'Read side by side' })
      .getByRole('button', { name: /Opening the meeting/ })
      .click();
    await expect(page.getByRole('region', { name: 'Figures side by side' })).toContainText('same in both');
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.locator('.pair__column[data-side="a"] span.sent--current').first()).toBeVisible();
    await expect(page.locator('.pair__column[data-side="b"] span.sent--current').first()).toBeVisible();
  });
});
