import { expect, test } from '../fixtures/test';

test('Ctrl+F finds inside the open article, folding case and ё, and steps through the matches', async ({
  qos,
  library,
  reader,
  page,
}) => {
  await library.open(qos.url);
  await library.openArticle(/Казахстан и Татарстан/);
  await expect(reader.heading).toBeVisible();
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: 'Find in this article' });
  await expect(box).toBeFocused();
  await box.fill('ВСЁМ');
  const hits = reader.body.locator('mark.find-hit');
  await expect(hits).toHaveCount(2);
  await expect(page.getByRole('search', { name: 'Find in this article' })).toContainText('1 of 2');
  await box.press('Enter');
  await expect(page.getByRole('search', { name: 'Find in this article' })).toContainText('2 of 2');
  await expect(reader.body.locator('mark.find-hit--current')).toHaveText('всём');
  await box.press('Escape');
  await expect(hits).toHaveCount(0);
});
