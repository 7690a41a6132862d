import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { formatArticleDate, formatNumber } from './format';
import { initI18n } from './i18n';

const number = (language: string, n: number) => new Intl.NumberFormat(language).format(n);

describe('the bundled interface strings', () => {
  let i18next: i18n;
  beforeAll(async () => {
    i18next = await initI18n('en');
  });
  const t = (language: string, key: string, values: Record<string, unknown>) =>
    i18next.getFixedT(language)(key as never, values as never) as string;

  it('picks the Russian plural form for each count', () => {
    expect(t('ru', 'library:count', { count: 1 })).toBe('1 статья');
    expect(t('ru', 'library:count', { count: 3 })).toBe('3 статьи');
    expect(t('ru', 'library:count', { count: 5 })).toBe('5 статей');
    expect(t('ru', 'library:count', { count: 11 })).toBe('11 статей');
    expect(t('ru', 'library:count', { count: 21 })).toBe('21 статья');
    expect(t('ru', 'library:import.failed', { count: 2 })).toBe('2 файла не удалось прочитать');
    expect(t('ru', 'reader:quotes', { count: 14 })).toBe('14 цитат');
  });

  it('uses one Kazakh form after a number, and English one/other', () => {
    expect(t('kk', 'library:count', { count: 1 })).toBe('1 мақала');
    expect(t('kk', 'library:count', { count: 7 })).toBe('7 мақала');
    expect(t('en', 'library:count', { count: 1 })).toBe('1 article');
    expect(t('en', 'library:count', { count: 2 })).toBe('2 articles');
  });

  it('writes numbers as each language does', () => {
    expect(t('en', 'library:count', { count: 12345 })).toBe('12,345 articles');
    expect(t('ru', 'library:count', { count: 12345 })).toBe(`${number('ru', 12345)} статей`);
    expect(number('ru', 12345)).toBe('12\u00a0345');
    expect(t('kk', 'library:import.progress', { done: 1200, total: 35000 })).toBe(
      `Импорт: ${number('kk', 35000)} ішінен ${number('kk', 1200)}`,
    );
  });

  it('switches language at once, keeping English as the fallback', async () => {
    await i18next.changeLanguage('kk');
    expect(i18next.t('library:title')).toBe('Кітапхана');
    await i18next.changeLanguage('ru');
    expect(i18next.t('common:nav.library')).toBe('Библиотека');
    await i18next.changeLanguage('en');
  });
});

describe('formatArticleDate', () => {
  it('writes dates as the interface language does', () => {
    expect(formatArticleDate('2021-06-09', 'en')).toBe('June 9, 2021');
    expect(formatArticleDate('2021-06-09', 'ru')).toBe('9 июня 2021 г.');
    expect(formatArticleDate('2021-06-09', 'kk')).toBe('2021 ж. 9 маусым');
  });

  it("writes a bare number with the language's grouping", () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'ru')).toBe('12\u00a0345');
    expect(formatNumber(12345, 'kk')).toBe('12\u00a0345');
  });

  it('leaves the year out of a partial date and passes anything else through', () => {
    expect(formatArticleDate('--08-19', 'ru')).toBe('19 августа');
    expect(formatArticleDate('--08-19', 'en')).toBe('August 19');
    expect(formatArticleDate('2021', 'en')).toBe('2021');
    expect(formatArticleDate(null, 'en')).toBeNull();
  });
});
