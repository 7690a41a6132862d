import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('tells Russian, English and Kazakh apart', () => {
    expect(detectLanguage('Президент Казахстана провёл встречу с главой Татарстана.').lang).toBe('ru');
    expect(detectLanguage('The Kazakh President met the head of Tatarstan in Astana.').lang).toBe('en');
    expect(
      detectLanguage(
        'Қазақстан Президенті Татарстан басшысымен кездесті, екі тарап ынтымақтастықты талқылады.',
      ).lang,
    ).toBe('kk');
  });

  it('gives mixed articles the majority and a confidence below 1', () => {
    const mixed = 'Президент Казахстана Касым-Жомарт Токаев провёл встречу (Kassym-Jomart Tokayev).';
    const result = detectLanguage(mixed);
    expect(result.lang).toBe('ru');
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThan(1);
  });

  it('keeps Russian a Russian text that quotes a Kazakh name', () => {
    const text = 'В Астане открылся фестиваль. '.repeat(10) + 'Его название — «Қазақ әні».';
    expect(detectLanguage(text).lang).toBe('ru');
  });

  it('says und for too little text', () => {
    expect(detectLanguage('Да.')).toEqual({ lang: 'und', confidence: 0 });
    expect(detectLanguage('12 345 — 67%')).toEqual({ lang: 'und', confidence: 0 });
  });
});
