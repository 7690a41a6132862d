import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  readonly article: Locator;
  readonly heading: Locator;
  readonly body: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('article');
    this.heading = this.article.getByRole('heading', { level: 1 });
    this.body = this.article.locator('.article-body');
  }

  paragraphs(): Locator {
    return this.body.locator('p');
  }

  quotes(): Locator {
    return this.body.locator('mark.quote');
  }

  backButton(): Locator {
    return this.article.getByRole('button').first();
  }
}
