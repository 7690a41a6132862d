import { expect, type Locator, type Page } from '@playwright/test';

export type UiLanguage = 'en' | 'ru' | 'kk';
/** The switcher's options, in the order the page lists them. */
export const switcherOrder: readonly UiLanguage[] = ['en', 'ru', 'kk'];

/** What every view shares: the header with the language switcher, and the page's own language. */
export class AppShell {
  readonly header: Locator;
  readonly languageSwitcher: Locator;
  readonly html: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.languageSwitcher = this.header.getByRole('combobox');
    this.html = page.locator('html');
  }

  /** Tabs from the top of the page to the switcher, as a keyboard user would reach it. */
  async focusSwitcherByKeyboard(): Promise<void> {
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.getSelection()?.removeAllRanges();
    });
    for (let tabs = 0; tabs < 20; tabs++) {
      await this.page.keyboard.press('Tab');
      if (await this.languageSwitcher.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error('the language switcher cannot be reached with Tab');
  }

  /**
   * Switches with the arrow keys on the focused select, and waits for the app's own signals: the page's
   * language and the stored setting.
   */
  async switchLanguageByKeyboard(target: UiLanguage): Promise<void> {
    await this.focusSwitcherByKeyboard();
    const current = switcherOrder.indexOf((await this.languageSwitcher.inputValue()) as UiLanguage);
    const steps = switcherOrder.indexOf(target) - current;
    if (steps === 0) return;
    const saved = this.page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/settings.update') && r.request().postData()?.includes(`"${target}"`) === true,
    );
    // Each arrow press on a closed select changes the language; the last one is the one kept.
    for (let i = 0; i < Math.abs(steps); i++)
      await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await expect(this.html).toHaveAttribute('lang', target);
    await expect(this.languageSwitcher).toHaveValue(target);
    expect((await saved).ok()).toBe(true);
  }

  /**
   * The visible interface text: every visible text node outside content that declares its own language
   * (`lang` on an element below <html>: article text, titles, language names) or is marked
   * `translate="no"` (file names, paths, codes).
   */
  uiText(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const parent = node.parentElement;
        if (!text || !parent) continue;
        if (parent.closest('[lang]') !== document.documentElement) continue;
        if (parent.closest('[translate="no"], script, style')) continue;
        if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        out.push(text);
      }
      return out;
    });
  }
}
