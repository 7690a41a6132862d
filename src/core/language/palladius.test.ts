import { describe, expect, it } from 'vitest';
import { palladiusToPinyin, pinyinToPalladius } from './palladius';

describe('Palladius and pinyin', () => {
  it('reads a Palladius word as pinyin, syllable by syllable', () => {
    for (const [cyrillic, pinyin] of [
      ['Сяомин', 'xiaoming'],
      ['Цзиньпин', 'jinping'],
      ['Чжэн', 'zheng'],
      ['Гоюй', 'guoyu'],
      ['Хуэй', 'hui'],
      ['Цзэминь', 'zemin'],
      ['Шицзе', 'shijie'],
      ['Сыма', 'sima'],
      ['Юань', 'yuan'],
      ['Цюань', 'quan'],
      ['Лю', 'liu'],
      ['Ивэй', 'yiwei'],
    ])
      expect(palladiusToPinyin(cyrillic ?? ''), cyrillic).toBe(pinyin);
  });

  it('writes pinyin in Palladius letters, tone marks and ü set aside', () => {
    expect(pinyinToPalladius('Xiaoming')).toBe('сяомин');
    expect(pinyinToPalladius('Zhōu')).toBe('чжоу');
    expect(pinyinToPalladius('Guo')).toBe('го');
    expect(pinyinToPalladius('Lüe')).toBe('люэ');
    expect(pinyinToPalladius('Xi')).toBe('си');
    expect(pinyinToPalladius('Si')).toBe('сы');
  });

  it('finds no Chinese word in other words', () => {
    for (const word of ['Москва', 'Петров', 'Гог', 'Дамм', 'Тереза'])
      expect(palladiusToPinyin(word), word).toBeNull();
    for (const word of ['Smith', 'Derek', 'Island', 'Kim']) expect(pinyinToPalladius(word), word).toBeNull();
  });
});
