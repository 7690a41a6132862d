import { describe, expect, it } from 'vitest';
import { indexKey } from './index-key';

describe('indexKey', () => {
  it('folds Latin look-alikes inside Cyrillic words, and the reverse', () => {
    expect(indexKey('Тoкaев')).toBe('токаев'); // Latin o and a
    expect(indexKey('KAZАKH')).toBe('kazakh'); // Cyrillic А
    expect(indexKey('Тoкaев met Tokayev')).toBe('токаев met tokayev');
  });

  it('drops invisibles, lower-cases, folds ё and compatibility forms', () => {
    expect(indexKey('Ёл\u200Bка ﬁ')).toBe('елка fi');
  });

  it('leaves single-script words alone', () => {
    expect(indexKey('Минниханов Minnikhanov')).toBe('минниханов minnikhanov');
  });
});
