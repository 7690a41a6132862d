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

  it('reads days of two months, months of a year and decades as one range', () => {
    expect(
      read('30 сентября – 1 октября 2025 года, с 15 по 17 мая, 28 декабря – 3 января 2025 г.', 'ru'),
    ).toEqual([
      ['30 сентября – 1 октября 2025 года', 'DATE', '2025-09-30/2025-10-01', null],
      ['15 по 17 мая', 'DATE', '--05-15/--05-17', null],
      // (a year stated at the end only: December is of the year before)
      ['28 декабря – 3 января 2025 г.', 'DATE', '2024-12-28/2025-01-03', null],
    ]);
    expect(
      read('September 30 – October 1, 2025, from 15 to 17 May and May 15 to 17', 'en').map((f) => f[2]),
    ).toEqual(['2025-09-30/2025-10-01', '--05-15/--05-17', '--05-15/--05-17']);
    expect(
      read('в январе–июне 2025 года, за январь-сентябрь 2024 г., с декабря 2024 по март 2025 года', 'ru').map(
        (f) => f[2],
      ),
    ).toEqual(['2025-01/2025-06', '2024-01/2024-09', '2024-12/2025-03']);
    // ("and" joins two months into a range only after "between")
    expect(read('between January and June 2025, in January and June 2025', 'en').map((f) => f[2])).toEqual([
      '2025-01/2025-06',
      '2025-06',
    ]);
    expect(
      read('в 1980-е годы и в начале 2000-х, the 1950-53 war, the 1980s', 'ru').map((f) => f[2]),
    ).toEqual(['1980/1989', '2000/2009', '1950/1953', '1980/1989']);
    expect(read('с 2020 по 2024 год, from 2020 to 2024, from 2018 to 25', 'ru').map((f) => f[2])).toEqual([
      '2020/2024',
      '2020/2024',
      '2018',
      25,
    ]);
    // (an ISO month is no range of years)
    expect(read('2024-01', 'en').map((f) => f[2])).toEqual(['2024', 1]);
  });

  it('gives the first end of a range of numbers the unit, currency and multiplier of the second', () => {
    expect(read('рост на 5-7%, от 3 до 5 млрд евро, между 2 и 4 млрд тенге, с 7 до 5%', 'ru')).toEqual([
      ['5', 'PERCENT', 5, null],
      ['7%', 'PERCENT', 7, null],
      ['3', 'MONEY', 3e9, 'EUR'],
      ['5 млрд евро', 'MONEY', 5e9, 'EUR'],
      ['2', 'MONEY', 2e9, 'KZT'],
      ['4 млрд тенге', 'MONEY', 4e9, 'KZT'],
      ['7', 'PERCENT', 7, null],
      ['5%', 'PERCENT', 5, null],
    ]);
    expect(
      read('between $3 and $5 billion, $3-5 billion, 5 to 7 percent', 'en').map((f) => [f[2], f[3]]),
    ).toEqual([
      [3e9, 'USD'],
      [5e9, 'USD'],
      [3e9, 'USD'],
      [5e9, 'USD'],
      [5, null],
      [7, null],
    ]);
    // (no range: "and" without "between", a number glued to a word, two bare numbers, a sum of its own)
    expect(read('5 and 7%, COVID-19 - 5%, 2-3 раза, $300 to $500', 'en').map((f) => [f[1], f[2]])).toEqual([
      ['NUMBER', 5],
      ['PERCENT', 7],
      ['NUMBER', 19],
      ['PERCENT', 5],
      ['NUMBER', 2],
      ['NUMBER', 3],
      ['MONEY', 300],
      ['MONEY', 500],
    ]);
  });

  it('reads a year standing alone, and not a count, nor a time of day', () => {
    expect(
      read('The Act 2017, London 2012, in early 2018, 2000 people, about 2000 troops, at 15:00', 'en'),
    ).toEqual([
      ['2017', 'DATE', '2017', null],
      ['2012', 'DATE', '2012', null],
      ['2018', 'DATE', '2018', null],
      ['2000', 'NUMBER', 2000, null],
      ['2000', 'NUMBER', 2000, null],
    ]);
    expect(
      read('Кубок Райдера 2018: сборная, 2000 человек, около 2000, в 9:30', 'ru').map((f) => f[2]),
    ).toEqual(['2018', 2000, 2000]);
  });

  it('reads numbers in words before a unit, counts and percentages in any case, and ordinals', () => {
    expect(read('Fifty-eight percent, three per cent, two million dollars, the 89th minute', 'en')).toEqual([
      ['Fifty-eight percent', 'PERCENT', 58, null],
      ['three per cent', 'PERCENT', 3, null],
      ['two million dollars', 'MONEY', 2e6, 'USD'],
      ['89th', 'NUMBER', 89, null],
    ]);
    expect(
      read('до трёх процентов, пятьдесят восемь процентов, 34 процентами, 14-процентный рост', 'ru').map(
        (f) => f[2],
      ),
    ).toEqual([3, 58, 34, 14]);
    expect(read('649 миллионам человек, 25-тысячная толпа, 29-го сентября', 'ru').map((f) => f[2])).toEqual([
      649e6,
      25e3,
      '--09-29',
    ]);
    expect(read('в первой половине 2019 года', 'ru').map((f) => f[2])).toEqual(['2019-H1']);
  });

  it('reads a sum in thousands or millions written with a letter after a currency sign', () => {
    expect(read('KZT 2.3 trln', 'en').map((f) => [f.at(2), f.at(3)])).toEqual([[2.3e12, 'KZT']]);
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
