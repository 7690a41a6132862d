import { describe, expect, it } from 'vitest';
import { letterVariants, foldLetter, tokenize, wordKey } from './search-key';
import { skeletonKey } from './translit-key';

describe('wordKey', () => {
  it('lower-cases and folds ё to е', () => {
    expect(wordKey('Мирзиёев')).toBe('мирзиеев');
    expect(wordKey('ЁЛКА')).toBe('елка');
  });

  it('applies NFKC: full-width letters and ligatures become plain ones', () => {
    expect(wordKey('Ｔｏｋａｙｅｖ')).toBe('tokayev');
    expect(wordKey('ﬁnance')).toBe('finance');
  });

  it('drops invisible characters inside a word', () => {
    expect(wordKey('Тока\u00adев')).toBe('токаев');
    expect(wordKey('Tok\u200bayev')).toBe('tokayev');
    expect(wordKey('\u200eТокаев')).toBe('токаев');
  });

  it('folds look-alike Latin letters in a Cyrillic word, and the reverse', () => {
    // Latin "o" and "a" typed inside Токаев
    expect(wordKey('Тoкaев')).toBe('токаев');
    // Cyrillic "о" and "а" inside Tokayev
    expect(wordKey('Tокаyev')).toBe('tokayev');
    // Cyrillic і (Kazakh/Ukrainian) inside a Latin word is the Latin i
    expect(wordKey('Mishustіn')).toBe('mishustin');
  });

  it('writes Kazakh letters as the Russian ones Russian text uses', () => {
    expect(wordKey('Тоқаев')).toBe('токаев');
    expect(wordKey('Қасым')).toBe('касым');
  });

  it('drops the English possessive', () => {
    expect(wordKey('Tokayev’s')).toBe('tokayev');
    expect(wordKey("Russia's")).toBe('russia');
  });
});

describe('tokenize', () => {
  it('gives UTF-16 offsets into the original text, invisible characters included', () => {
    const text = 'Президент Тока\u00adев, Kassym-Jomart.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Президент',
      'Тока\u00adев',
      'Kassym',
      'Jomart',
    ]);
    expect(tokens.map((t) => t.key)).toEqual(['президент', 'токаев', 'kassym', 'jomart']);
    expect(tokens.map((t) => t.capitalised)).toEqual([true, true, true, true]);
  });

  it('keeps apostrophes inside words and splits on other punctuation', () => {
    const text = "O'Brien's talk: 22.5% (Tatneft's)";
    expect(tokenize(text).map((t) => t.key)).toEqual(["o'brien", 'talk', '22', '5', 'tatneft']);
  });

  it('handles letters outside the Basic Multilingual Plane without breaking offsets', () => {
    const text = 'a 𝐓𝐨𝐤𝐚𝐲𝐞𝐯 b';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.key)).toEqual(['a', 'tokayev', 'b']);
    expect(text.slice(tokens[1]?.start, tokens[1]?.end)).toBe('𝐓𝐨𝐤𝐚𝐲𝐞𝐯');
  });

  it('with a filter, keeps refused words in place with an empty key', () => {
    const tokens = tokenize('один два три', (first) => first === 'д');
    expect(tokens.map((t) => t.key)).toEqual(['', 'два', '']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' —«»… ')).toEqual([]);
  });
});

describe('first-letter filter', () => {
  it('lists the letters a matching word can start with, look-alikes and Kazakh letters included', () => {
    expect(letterVariants(foldLetter('т'))).toEqual(expect.arrayContaining(['т', 't']));
    expect(letterVariants(foldLetter('к'))).toEqual(expect.arrayContaining(['к', 'k', 'қ']));
    expect(letterVariants(foldLetter('ё'))).toEqual(expect.arrayContaining(['е', 'ё', 'e']));
  });
});

describe('skeletonKey', () => {
  it('gives one key to the spellings of a name in both scripts', () => {
    const same = [
      ['Токаев', 'Tokayev', 'Tokaev', 'Toqaev'],
      ['Минниханов', 'Minnikhanov', 'Minnihanov'],
      ['Жомарт', 'Jomart', 'Zhomart'],
      ['Шаймиев', 'Shaimiev', 'Shaymiyev'],
      ['Тлеуберди', 'Tileuberdi'],
      ['Ерлан', 'Yerlan', 'Erlan'],
      ['Костанай', 'Kostanay', 'Qostanai'],
    ];
    for (const group of same) {
      const keys = group.map((name) => skeletonKey(name.toLowerCase()));
      expect(new Set(keys).size, group.join(' ')).toBe(1);
      expect(keys[0]).not.toBeNull();
    }
  });

  it('keeps different names apart and refuses keys too short to mean anything', () => {
    expect(skeletonKey('мишустин')).not.toBe(skeletonKey('минниханов'));
    expect(skeletonKey('ли')).toBeNull();
    expect(skeletonKey('ed')).toBeNull();
  });
});
