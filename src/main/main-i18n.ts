/**
 * The main process's own translations (application menu, native dialogs), read from the same
 * `locales/<language>/*.json` files as the page and bundled into main, so the desktop shell speaks the
 * interface language before and without the page.
 */
import i18next from 'i18next';
import enCommon from '../../locales/en/common.json';
import enMenu from '../../locales/en/menu.json';
import kkCommon from '../../locales/kk/common.json';
import kkMenu from '../../locales/kk/menu.json';
import ruCommon from '../../locales/ru/common.json';
import ruMenu from '../../locales/ru/menu.json';
import type { Settings, UiLanguage } from '../shared/article';
import { pickLanguage } from '../shared/pick-language';

/** `a.b.c` for every string leaf of a locale file, so a key English lacks is a compile error. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MainKey = `menu:${Leaves<typeof enMenu>}` | `common:${Leaves<typeof enCommon>}`;
export type Translate = (key: MainKey, values?: Record<string, string | number>) => string;

const instance = i18next.createInstance();
// Resources are in memory, so init completes synchronously and `t` works as soon as it returns.
void instance.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  ns: ['common', 'menu'],
  defaultNS: 'menu',
  resources: {
    en: { common: enCommon, menu: enMenu },
    ru: { common: ruCommon, menu: ruMenu },
    kk: { common: kkCommon, menu: kkMenu },
  },
  interpolation: { escapeValue: false },
});

export function translator(language: UiLanguage): Translate {
  const t = instance.getFixedT(language);
  return (key, values) => t(key, values ?? {});
}

/** The language the interface speaks: the reader's choice, else the first start's pick from the system. */
export function uiLanguageOf(settings: Settings, systemLanguages: readonly string[]): UiLanguage {
  return settings.uiLanguage ?? pickLanguage(systemLanguages);
}
