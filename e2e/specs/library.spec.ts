import path from 'node:path';
import { expect, test } from '../fixtures/test';

const shots = path.resolve(import.meta.dirname, '..', 'screenshots');

test.describe('library and reader in the browser shell', () => {
  test('lists the five bundled articles and opens the Russian one in paragraphs', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await expect(library.rows()).toHaveCount(5);
    // the token is taken out of the visible address once the page has it
    expect(page.url()).not.toContain('token=');
    await expect(library.rows().filter({ has: page.getByText('RU', { exact: true }) })).toHaveCount(1);
    await page.screenshot({ path: path.join(shots, 'library.png'), fullPage: true });

    await library.openArticle(/Казахстан и Татарстан/);
    await expect(reader.heading).toHaveText('Казахстан и Татарстан будут укреплять сотрудничество');
    await expect(reader.body).toHaveAttribute('lang', 'ru');
    await expect(reader.paragraphs().first()).toContainText('Казахстан и Татарстан готовы');
    expect(await reader.paragraphs().count()).toBeGreaterThan(5);
    await page.screenshot({ path: path.join(shots, 'reader.png'), fullPage: true });

    await reader.backButton().click();
    await expect(library.rows()).toHaveCount(5);
  });

  test('a reload keeps the open article (the route lives in the address)', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/Minnikhanov in Kazakhstan/);
    await expect(reader.heading).toContainText('Minnikhanov in Kazakhstan');
    await page.reload();
    await expect(reader.heading).toContainText('Minnikhanov in Kazakhstan');
  });

  test('the API refuses requests without the token, with a JSON error', async ({ qos, request }) => {
    const denied = await request.post(`${qos.origin}/api/library.list`, { data: {} });
    expect(denied.status()).toBe(401);
    expect(await denied.json()).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: expect.any(String) },
    });
    const page = await request.get(`${qos.origin}/`);
    expect(page.status()).toBe(401);
    const allowed = await request.post(`${qos.origin}/api/library.list`, {
      headers: { 'x-qos-token': qos.token },
    });
    expect(allowed.status()).toBe(200);
    const body = (await allowed.json()) as { ok: boolean; value: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.value).toHaveLength(5);
  });
});
