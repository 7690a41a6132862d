import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { formatArticleDate, formatDateValue, formatFigure, formatNumber } from './format';
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

describe('formatDateValue and formatFigure', () => {
  it('writes a figure’s date of any precision, and a range of dates, as the interface language does', () => {
    // (spaces as plain spaces: ICU versions differ in the thin and no-break spaces they put)
    const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/gu, ' ');
    const each = (iso: string) => ['en', 'ru', 'kk'].map((l) => plain(formatDateValue(iso, l)));
    expect(each('2024-11-14/2024-11-15')).toEqual([
      'November 14 – 15, 2024',
      '14–15 ноября 2024 г.',
      '2024 ж. 14–15 қараша',
    ]);
    expect(each('2024-01/2024-09')[2]).toBe('2024 ж. қаңтар – қыркүйек');
    expect(each('2025-Q1')).toEqual(['Q1 2025', '1-й квартал 2025', '2025 ж. 1-тоқсан']);
    expect(each('1980/1989')).toEqual(['1980s', '1980-е', '1980-жылдар']);
    expect(plain(formatDateValue('2024-10', 'en'))).toBe('October 2024');
    expect(plain(formatDateValue('--05-15/--05-17', 'ru'))).toBe('15–17 мая');
    // (across the new year with no year stated: end to end, not a range backwards)
    expect(plain(formatDateValue('--12-28/--01-03', 'ru'))).toBe('28 декабря – 3 января');
    expect(plain(formatDateValue('2023/2025', 'ru'))).toBe('2023–2025');
  });

  it('writes a sum with its currency and a large number compact, keeping the decimals the text gave', () => {
    expect(formatFigure('MONEY', 32.5e9, 'en', 'USD')).toBe('$32.5B');
    expect(formatFigure('MONEY', 500e9, 'ru', 'KZT').replace(/\s/gu, ' ')).toBe('500 млрд ₸');
    expect(formatFigure('NUMBER', 7791, 'en')).toBe('7,791');
    expect(formatFigure('PERCENT', 11.25, 'en')).toBe('11.25%');
  });
});
