import type { Locator, Page } from '@playwright/test';

export class BookmarksPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Bookmarks' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Bookmarks' }).click();
  }

  items(): Locator {
    return this.page.locator('li.bookmark');
  }

  orphans(): Locator {
    return this.page.getByRole('region', { name: 'Lost their place' }).locator('li.bookmark');
  }
}
