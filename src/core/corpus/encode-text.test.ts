import { describe, expect, it } from 'vitest';
import { encodeSingleByte, encodeUtf16 } from './encode-text';

describe('encodeSingleByte', () => {
  it.each(['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'])(
    'round-trips Russian through %s',
    (encoding) => {
      const text = 'Съешь же ещё этих мягких французских булок, да выпей чаю. ЁЖ 2021';
      expect(new TextDecoder(encoding).decode(encodeSingleByte(text, encoding))).toBe(text);
    },
  );

  it('writes the bytes the code page assigns', () => {
    expect([...encodeSingleByte('Яя', 'windows-1251')]).toEqual([0xdf, 0xff]);
    expect([...encodeSingleByte('Яя', 'koi8-r')]).toEqual([0xf1, 0xd1]);
  });

  it('writes ? for characters the code page lacks', () => {
    expect([...encodeSingleByte('«a»', 'koi8-r')]).toEqual([0x3f, 0x61, 0x3f]);
  });
});

describe('encodeUtf16', () => {
  it('writes both byte orders with an optional BOM', () => {
    expect([...encodeUtf16('Aя', 'le', false)]).toEqual([0x41, 0, 0x4f, 0x04]);
    expect([...encodeUtf16('Aя', 'be', true)]).toEqual([0xfe, 0xff, 0, 0x41, 0x04, 0x4f]);
    expect(new TextDecoder('utf-16le').decode(encodeUtf16('😀 ok', 'le', false))).toBe('😀 ok');
  });
});
