import { describe, expect, it } from 'vitest';
import { hepburnToPolivanov, polivanovToHepburn } from './polivanov';

describe('Polivanov and Hepburn', () => {
  it('spells a Hepburn word in Polivanov letters', () => {
    expect(hepburnToPolivanov('Toshimitsu')).toBe('тосимицу');
    expect(hepburnToPolivanov('Shinjiro')).toBe('синдзиро');
    expect(hepburnToPolivanov('Kyoko')).toBe('кёко');
    expect(hepburnToPolivanov('Chiba')).toBe('тиба');
    expect(hepburnToPolivanov('Fukuda')).toBe('фукуда');
    expect(hepburnToPolivanov('Shinzō')).toBe('синдзо');
    // a doubled consonant, and an i after a or e that glides before a consonant but not after o
    expect(hepburnToPolivanov('Hattori')).toBe('хаттори');
    expect(hepburnToPolivanov('Keisuke')).toBe('кэйсукэ');
    expect(hepburnToPolivanov('Saito')).toBe('сайто');
    expect(hepburnToPolivanov('Koizumi')).toBe('коидзуми');
    expect(hepburnToPolivanov('Kawai')).toBe('каваи');
  });

  it('reads a Polivanov word, and the other spellings Russian writers use, as Hepburn', () => {
    expect(polivanovToHepburn('Тосимицу')).toBe('toshimitsu');
    expect(polivanovToHepburn('Мотэги')).toBe('motegi');
    expect(polivanovToHepburn('Сюдзи')).toBe('shuji');
    expect(polivanovToHepburn('Коизуми')).toBe('koizumi');
    expect(polivanovToHepburn('Такеси')).toBe('takeshi');
    expect(polivanovToHepburn('Кишида')).toBe('kishida');
    expect(polivanovToHepburn('Йосимаса')).toBe('yoshimasa');
    expect(polivanovToHepburn('Синъити')).toBe('shinichi');
  });

  it('reads no word that is not a run of Japanese syllables', () => {
    expect(hepburnToPolivanov('Kent')).toBeNull();
    expect(hepburnToPolivanov('Tina')).toBeNull();
    expect(hepburnToPolivanov('Motor')).toBeNull();
    expect(polivanovToHepburn('Москва')).toBeNull();
    expect(polivanovToHepburn('Сергей')).toBeNull();
    expect(polivanovToHepburn('Кисиды')).toBeNull();
  });
});
