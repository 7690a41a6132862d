import { describe, expect, it } from 'vitest';
import { datesCompatible, dayDistance } from './dates';
import { dateLabel, describeReasons, figureLabel } from './reasons';

describe('dates', () => {
  it('measures days, matching a date without its year by day of the year', () => {
    expect(dayDistance('2021-08-19', '2021-08-21')).toBe(2);
    expect(dayDistance('--08-19', '2021-08-19')).toBe(0);
    expect(dayDistance('--12-31', '--01-01')).toBe(1);
    expect(dayDistance('2021-08-19', null)).toBeNull();
    expect(dayDistance('2021', '2021-08-19')).toBeNull();
    expect(datesCompatible('2021-08-19', '2021-09-30', 3)).toBe(false);
    expect(datesCompatible(null, '2021-09-30', 3)).toBe(true);
  });
});

describe('reason labels', () => {
  it('writes dates and figures as people read them', () => {
    expect(dateLabel('--08-19')).toBe('19 August');
    expect(dateLabel('2021-08-19')).toBe('19 August 2021');
    expect(dateLabel('2025-Q1')).toBe('Q1 2025');
    expect(dateLabel('2024-H2')).toBe('H2 2024');
    expect(dateLabel('2024-10-01/2024-10-02')).toBe('1 October 2024 – 2 October 2024');
    expect(dateLabel('2023/2024')).toBe('2023 – 2024');
    expect(dateLabel('1980/1989')).toBe('1980s');
    expect(dateLabel('1980/1990')).toBe('1980 – 1990');
    expect(dateLabel('2021-08')).toBe('August 2021');
    expect(figureLabel('PERCENT', 22.5)).toBe('22.5%');
    expect(figureLabel('MONEY', 12_600_000_000, 'USD')).toBe('$12.6 billion');
    expect(figureLabel('NUMBER', 7791)).toBe('7,791');
  });

  it('describes reasons in one line', () => {
    expect(
      describeReasons([
        { kind: 'entity', label: 'Tokayev', id: 'tokayev', name: { en: 'Kassym-Jomart Tokayev', ru: null } },
        { kind: 'figure', label: '26%', type: 'PERCENT', value: 26 },
        { kind: 'date', label: '19 August', value: '--08-19' },
        { kind: 'quote', label: 'Tokayev' },
      ]),
    ).toBe('shared: Tokayev, 26%, 19 August; quote by Tokayev');
  });
});
