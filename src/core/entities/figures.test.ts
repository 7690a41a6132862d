import { describe, expect, it } from 'vitest';
import { findFigures, parseNumber } from './figures';

const read = (text: string, lang: string) =>
  findFigures(text, lang).map((f) => [f.text, f.type, f.value, f.currency ?? null]);

describe('figures', () => {
  it('reads money with its currency and multiplier in both languages', () => {
    expect(read('Turnover surpassed $597mln, then $441 million and $12.6 billion.', 'en')).toEqual([
      ['$597mln', 'MONEY', 597e6, 'USD'],
      ['$441 million', 'MONEY', 441e6, 'USD'],
      ['$12.6 billion', 'MONEY', 12.6e9, 'USD'],
    ]);
    expect(
      read('Инвестиции составили 1,2 млрд долларов и 500 млн тенге, штраф 300 ₸ и 100 руб.', 'ru'),
    ).toEqual([
      ['1,2 млрд долларов', 'MONEY', 1.2e9, 'USD'],
      ['500 млн тенге', 'MONEY', 500e6, 'KZT'],
      ['300 ₸', 'MONEY', 300, 'KZT'],
      ['100 руб.', 'MONEY', 100, 'RUB'],
    ]);
  });

  it('reads a sum of two parts, a count in millions and a currency code before the number', () => {
    expect(
      read('1 млн 200 тыс. рублей, 1 млрд 200 млн долларов, 5 млн человек и 450 тыс. рублей.', 'ru'),
    ).toEqual([
      ['1 млн 200 тыс. рублей', 'MONEY', 1.2e6, 'RUB'],
      ['1 млрд 200 млн долларов', 'MONEY', 1.2e9, 'USD'],
      ['5 млн', 'NUMBER', 5e6, null],
      // (the sentence's full stop is no part of "рублей", as it is of "руб.")
      ['450 тыс. рублей', 'MONEY', 450e3, 'RUB'],
    ]);
    expect(read('KZT 1.2 trillion, US$3 billion and 1.2 million tonnes, not 5 tn of coal', 'en')).toEqual([
      ['KZT 1.2 trillion', 'MONEY', 1.2e12, 'KZT'],
      ['US$3 billion', 'MONEY', 3e9, 'USD'],
      ['1.2 million', 'NUMBER', 1.2e6, null],
      ['5', 'NUMBER', 5, null],
    ]);
  });

  it('reads a quarter and a half of a year in both languages as one value', () => {
    expect(
      read('In Q1 2025 and the first quarter of 2024, in the second half of 2023 and H1 2022', 'en'),
    ).toEqual([
      ['Q1 2025', 'DATE', '2025-Q1', null],
      ['first quarter of 2024', 'DATE', '2024-Q1', null],
      ['second half of 2023', 'DATE', '2023-H2', null],
      ['H1 2022', 'DATE', '2022-H1', null],
    ]);
    expect(
      read(
        'В I квартале 2025 г., в первом квартале 2024 года, во втором полугодии 2023 года и в 4-м квартале 2022 года',
        'ru',
      ).map((f) => f[2]),
    ).toEqual(['2025-Q1', '2024-Q1', '2023-H2', '2022-Q4']);
    // (a year has no third half)
    expect(read('the third half of 2024', 'en').map((f) => f[2])).toEqual(['2024']);
  });

  it('reads a range of days or years as one date from one to the other', () => {
    expect(read('1-2 октября 2024 года, 25–26 сентября, в 2023–2024 гг.', 'ru')).toEqual([
      ['1-2 октября 2024 года', 'DATE', '2024-10-01/2024-10-02', null],
      ['25–26 сентября', 'DATE', '--09-25/--09-26', null],
      ['2023–2024 гг.', 'DATE', '2023/2024', null],
    ]);
    expect(read('October 1-2, 2024 and the 2023-2024 season', 'en').map((f) => f[2])).toEqual([
      '2024-10-01/2024-10-02',
      '2023/2024',
    ]);
    // (not two numbers far apart, nor days in the wrong order)
    expect(read('1990-2100, 31-1 мая', 'ru').map((f) => f[2])).toEqual([1990, 2100, 31, '--05-01']);
  });

  it('reads a sum in thousands or millions written with a letter after a currency sign', () => {
    expect(read('£2.5m, $2.5M and $500k', 'en').map((f) => [f.at(2), f.at(3)])).toEqual([
      [2.5e6, 'GBP'],
      [2.5e6, 'USD'],
      [500e3, 'USD'],
    ]);
  });

  it('reads percentages written as a sign or a word', () => {
    expect(read('rose 22.5%, by 26 percent', 'en').map((f) => f[2])).toEqual([22.5, 26]);
    expect(read('вырос на 26 процентов', 'ru')).toEqual([['26 процентов', 'PERCENT', 26, null]]);
    expect(read('5.6 pct, 3 percentage points', 'en').map((f) => [f[1], f[2]])).toEqual([
      ['PERCENT', 5.6],
      ['PERCENT', 3],
    ]);
    expect(read('на 2 процентных пункта, 5,6 п.п.', 'ru').map((f) => [f[1], f[2]])).toEqual([
      ['PERCENT', 2],
      ['PERCENT', 5.6],
    ]);
  });

  it('normalizes dates to ISO, leaving out a year the text does not give', () => {
    expect(read('a meeting on Aug. 19 and on 24 January.', 'en').map((f) => f[2])).toEqual([
      '--08-19',
      '--01-24',
    ]);
    expect(read('19 августа 2021 года, 25.01.2022, в 2020 году', 'ru').map((f) => f[2])).toEqual([
      '2021-08-19',
      '2022-01-25',
      '2020',
    ]);
  });

  it('reads counts with space-grouped thousands', () => {
    expect(read('There are 7 791 enterprises and 3 325 joint ones.', 'en')).toEqual([
      ['7 791', 'NUMBER', 7791, null],
      ['3 325', 'NUMBER', 3325, null],
    ]);
  });

  it('takes a comma as the decimal mark in Russian and as a thousands mark in English', () => {
    expect(parseNumber('1,2', 'ru')).toBe(1.2);
    expect(parseNumber('7,791', 'en')).toBe(7791);
    expect(parseNumber('12.6', 'en')).toBe(12.6);
  });
});
