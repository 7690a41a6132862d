import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../shared/article';

export const namespaces = ['common', 'library', 'reader', 'bookmarks', 'search', 'errors'] as const;

// Every locale is bundled: the interface works offline and switches instantly.
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /locales\/([\w-]+)\/([\w-]+)\.json$/.exec(file);
    if (!match?.[1] || !match[2]) continue;
    (out[match[1]] ??= {})[match[2]] = content;
  }
  return out;
}

export async function initI18n(language: UiLanguage): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    ns: [...namespaces],
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
