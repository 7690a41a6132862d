import { describe, expect, it } from 'vitest';
import { QosError } from '../../shared/qos-error';
import { decodeBytes, legacyCyrillicEncodings, maxFileBytes } from './decode';
import { encodeSingleByte, encodeUtf16 } from './encode-text';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function errorCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(QosError);
    return (error as QosError).code;
  }
}

const russian =
  'Президент Казахстана провёл встречу с главой Татарстана. Стороны обсудили торговое сотрудничество, ' +
  'совместные проекты «КАМАЗа» и «Татнефти», а также культурные связи между народами.';
/** Representable in every Cyrillic code page (KOI8-R and cp866 have no guillemets). */
const plainRussian = russian.replace(/[«»]/g, '"');

describe('decodeBytes', () => {
  it('rejects empty and whitespace-only files', () => {
    expect(errorCode(() => decodeBytes(new Uint8Array()))).toBe('empty_file');
    expect(errorCode(() => decodeBytes(utf8(' \n\t\r\n')))).toBe('empty_file');
    expect(errorCode(() => decodeBytes(utf8('\uFEFF')))).toBe('empty_file');
  });

  it('rejects files over 20 MB with the size in the message', () => {
    const big = new Uint8Array(maxFileBytes + 1).fill(0x61);
    let message = '';
    try {
      decodeBytes(big);
    } catch (error) {
      expect((error as QosError).code).toBe('file_too_large');
      message = (error as QosError).message;
    }
    expect(message).toBe('The file is too large (20.00 MB): Qos reads files up to 20 MB.');
    expect(decodeBytes(new Uint8Array(maxFileBytes).fill(0x61)).text).toHaveLength(maxFileBytes);
  });

  it('reads UTF-8 strictly, with or without a BOM', () => {
    expect(decodeBytes(utf8(russian))).toEqual({ text: russian, encoding: 'utf-8', guessed: false });
    expect(decodeBytes(utf8(`\uFEFF${russian}`))).toEqual({
      text: russian,
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('takes UTF-16 from its BOM, and sniffs it without one', () => {
    for (const endian of ['le', 'be'] as const) {
      expect(decodeBytes(encodeUtf16(russian, endian, true))).toEqual({
        text: russian,
        encoding: `utf-16${endian}`,
        guessed: false,
      });
      expect(decodeBytes(encodeUtf16(russian, endian, false))).toEqual({
        text: russian,
        encoding: `utf-16${endian}`,
        guessed: true,
      });
      expect(decodeBytes(encodeUtf16('Tokayev met Minnikhanov in Astana.', endian, false)).text).toBe(
        'Tokayev met Minnikhanov in Astana.',
      );
    }
  });

  it.each(legacyCyrillicEncodings)('guesses %s from Russian letter frequencies', (encoding) => {
    expect(decodeBytes(encodeSingleByte(plainRussian, encoding))).toEqual({
      text: plainRussian,
      encoding,
      guessed: true,
    });
    const short = 'Привет, как дела? Всё хорошо.';
    expect(decodeBytes(encodeSingleByte(short, encoding)).encoding).toBe(encoding);
  });

  it('reads English with curly quotes in windows-1251 as windows-1251, not as cp866 letters', () => {
    const text = '“We have full support,” said the Tatarstan president. Today’s forum is open.';
    expect(decodeBytes(encodeSingleByte(text, 'windows-1251'))).toEqual({
      text,
      encoding: 'windows-1251',
      guessed: true,
    });
  });

  it('keeps a damaged UTF-8 file as UTF-8 with replacement characters', () => {
    const bytes = utf8(`${russian} ${russian}`);
    const damaged = Uint8Array.from([...bytes.subarray(0, 41), 0xff, ...bytes.subarray(41)]);
    const decoded = decodeBytes(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.guessed).toBe(true);
    expect(decoded.text).toContain('\uFFFD');
  });

  it('rejects binary data: NUL bytes, control characters, known formats', () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(errorCode(() => decodeBytes(random))).toBe('not_a_text_file');
    expect(errorCode(() => decodeBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 65, 66])))).toBe(
      'not_a_text_file',
    );
    expect(errorCode(() => decodeBytes(utf8('%PDF-1.7\nsome text that looks fine')))).toBe('not_a_text_file');
    expect(errorCode(() => decodeBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 65, 66, 67])))).toBe(
      'not_a_text_file',
    );
  });

  it('rejects a text file with a NUL byte after its first kilobyte', () => {
    const text = utf8(russian.repeat(20));
    expect(text.length).toBeGreaterThan(2048);
    const withNul = Uint8Array.from(text);
    withNul[1500] = 0;
    expect(errorCode(() => decodeBytes(withNul))).toBe('not_a_text_file');
  });

  it('rejects UTF-32, which WHATWG cannot decode', () => {
    const utf32 = Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0x42, 0, 0, 0, 0x43, 0, 0, 0]);
    expect(errorCode(() => decodeBytes(utf32))).toBe('not_a_text_file');
  });

  it('lets the caller override the encoding, and rejects unknown labels', () => {
    const bytes = encodeSingleByte(plainRussian, 'koi8-r');
    expect(decodeBytes(bytes, { encoding: 'KOI8-R' })).toEqual({
      text: plainRussian,
      encoding: 'koi8-r',
      guessed: false,
    });
    expect(decodeBytes(bytes, { encoding: 'windows-1251' }).text).not.toBe(plainRussian);
    expect(decodeBytes(encodeSingleByte(plainRussian, 'ibm866'), { encoding: 'cp866' }).encoding).toBe(
      'ibm866',
    );
    expect(errorCode(() => decodeBytes(bytes, { encoding: 'no-such-encoding' }))).toBe('bad_request');
  });
});
