import { describe, expect, it } from 'vitest';
import { findDate } from './find-date';

const iso = (text: string): string | null => findDate(text)?.iso ?? null;

describe('findDate', () => {
  it('reads ISO and numeric dates', () => {
    expect(iso('date 2023-09-25 Kazakh President')).toBe('2023-09-25');
    expect(iso('05/08/2008 10:35')).toBe('2008-08-05');
    expect(iso('Опубликовано 25.09.2023')).toBe('2023-09-25');
  });

  it('reads English month-day and day-month phrases, with or without a year', () => {
    expect(iso('held a meeting on Aug. 19 with')).toBe('--08-19');
    expect(iso('On 25 January, the delegation')).toBe('--01-25');
    expect(iso('on September 25, 2023 in Astana')).toBe('2023-09-25');
    expect(iso('the 3rd of March 2022')).toBe('2022-03-03');
  });

  it('reads Russian and Kazakh dates', () => {
    expect(iso('19 августа 2021 года состоялась встреча')).toBe('2021-08-19');
    expect(iso('АСТАНА, 3 июля. /ТАСС/.')).toBe('--07-03');
    expect(iso('1 мая')).toBe('--05-01');
    expect(iso('2021 жылғы 19 тамызда')).toBe('2021-08-19');
  });

  it('returns the earliest date and its position', () => {
    const found = findDate('Arrived on 24 January. On 25 January the visit began.');
    expect(found).toEqual({ iso: '--01-24', index: 11, length: 10 });
  });

  it('rejects impossible dates and non-dates', () => {
    expect(iso('Aug. 32')).toBeNull();
    expect(iso('31 февраля')).toBeNull();
    expect(iso('in 9 months of 2021 turnover reached $441 million')).toBeNull();
    expect(iso('may 5 people')).toBeNull();
    expect(iso('2023-13-01')).toBeNull();
  });
});
