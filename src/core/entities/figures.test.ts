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

  it('reads percentages written as a sign or a word', () => {
    expect(read('rose 22.5%, by 26 percent', 'en').map((f) => f[2])).toEqual([22.5, 26]);
    expect(read('вырос на 26 процентов', 'ru')).toEqual([['26 процентов', 'PERCENT', 26, null]]);
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
