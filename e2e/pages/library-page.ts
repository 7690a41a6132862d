import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly heading: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.list = page.getByRole('list', { name: 'Library', exact: true });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.list.getByRole('listitem').first()).toBeVisible();
  }

  rows(): Locator {
    return this.list.getByRole('listitem');
  }

  /** Opens the article whose row shows this text (its title or first words). */
  async openArticle(text: string | RegExp): Promise<void> {
    await this.list.getByRole('button', { name: text }).click();
  }

  languageSwitcher(): Locator {
    return this.page.getByRole('combobox');
  }
}
