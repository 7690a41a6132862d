import { describe, expect, it } from 'vitest';
import { pickLanguage } from './pick-language';

describe('pickLanguage', () => {
  it('takes the first preferred language Qos speaks, by its base tag', () => {
    expect(pickLanguage(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(pickLanguage(['ru_RU', 'en-US'])).toBe('ru');
    expect(pickLanguage(['EN-gb'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(pickLanguage(['de', 'fr-CA'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
