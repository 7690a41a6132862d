import { expect, test } from '../fixtures/test';

test.describe('entities across languages', () => {
  test('hovering Минниханов shows his card in both scripts; the library can be filtered by him', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/Казахстан и Татарстан/);
    await reader.body.locator('mark.ent', { hasText: 'Рустам Минниханов' }).first().hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Rustam Minnikhanov');
    await expect(card).toContainText('Рустам Минниханов');
    await card.getByRole('button', { name: 'All articles naming it' }).click();
    await expect(page.getByRole('status')).toContainText('Articles naming Rustam Minnikhanov');
    await expect(library.rows()).toHaveCount(3);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(library.rows()).toHaveCount(5);
  });

  test('a figure says its value in the interface language when hovered', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/received Head of Tatarstan/);
    const sum = reader.body.locator('mark.fig', { hasText: '$597mln' });
    await expect(sum).toHaveAttribute('title', '$597M');
    await expect(reader.body.locator('mark.fig', { hasText: '22.5%' })).toHaveAttribute('title', '22.5%');
    await page.getByRole('banner').getByRole('combobox').selectOption('ru');
    await expect(sum).toHaveAttribute('title', /^597\sмлн\s\$$/u);
  });

  test('the library groups the seeds into a story about one event and a thread of meetings', async ({
    qos,
    library,
    page,
  }) => {
    await library.open(qos.url);
    await page.getByLabel('Group into stories').check();
    const event = page.locator('section.library-story').filter({ hasText: 'one event' });
    await expect(event).toHaveCount(1);
    await expect(event.getByRole('listitem')).toHaveCount(2);
    const thread = page.locator('section.library-story').filter({ hasText: 'same parties, other occasions' });
    await expect(thread.getByRole('listitem')).toHaveCount(3);
  });

  test('the reader rejects a wrong highlight everywhere, sees the correction listed, and undoes it', async ({
    qos,
    library,
    reader,
    page,
  }) => {
    await library.open(qos.url);
    await library.openArticle(/Казахстан и Татарстан/);
    const saran = reader.body.locator('mark.ent', { hasText: 'Сарани' });
    await expect(saran).toHaveCount(1);
    await saran.hover();
    const card = page.getByRole('tooltip');
    await card.getByText('Correct this…').click();
    await card.getByRole('button', { name: /is not this entity/ }).click();
    await expect(saran).toHaveCount(0);
    const corrections = page.getByRole('region', { name: 'Your corrections' });
    await expect(corrections).toContainText('Сарани');
    await corrections.getByRole('button', { name: 'Undo' }).click();
    await expect(saran).toHaveCount(1);
  });
});
