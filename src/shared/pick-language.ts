import { uiLanguages, type UiLanguage } from './article';

/**
 * The first of the reader's preferred languages that Qos speaks; English otherwise. Both the page and
 * the desktop menu use it, so a first start shows the same language in both.
 */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = uiLanguages.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}
