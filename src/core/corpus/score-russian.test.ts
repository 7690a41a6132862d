import { describe, expect, it } from 'vitest';
import { encodeSingleByte } from './encode-text';
import { scoreRussian } from './score-russian';

const sample = 'Президент Казахстана провёл встречу с главой Татарстана и обсудил торговое сотрудничество.';
const decodedAs = (text: string, written: string, read: string): string =>
  new TextDecoder(read).decode(encodeSingleByte(text, written));

describe('scoreRussian', () => {
  it('scores the right decoding above every wrong one', () => {
    const encodings = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];
    for (const written of encodings) {
      const right = scoreRussian(decodedAs(sample, written, written));
      for (const read of encodings.filter((e) => e !== written)) {
        expect(right, `${written} read as ${read}`).toBeGreaterThan(
          scoreRussian(decodedAs(sample, written, read)),
        );
      }
    }
  });

  it('punishes Cyrillic letters glued to Latin ones and control characters', () => {
    expect(scoreRussian('“There”')).toBeGreaterThan(scoreRussian('УThereФ'));
    expect(scoreRussian('текст')).toBeGreaterThan(scoreRussian('\u0085\u0086\u0087\u0088\u0089'));
  });

  it('is zero for plain ASCII, where it has nothing to judge', () => {
    expect(scoreRussian('plain ASCII text')).toBe(0);
  });
});
