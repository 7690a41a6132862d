import { describe, expect, it } from 'vitest';
import { cleanView, isInvisible, normalizeText, stripInvisibles } from './normalize';

describe('normalizeText', () => {
  it('turns every line ending into \\n and U+2029 into a blank line', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\u0085e\u2029f').text).toBe('a\nb\nc\nd\ne\n\nf');
  });

  it('composes to NFC', () => {
    const decomposed = 'Йо\u0308'.normalize('NFD');
    expect(decomposed).not.toBe('Йӧ');
    expect(normalizeText(decomposed).text).toBe('Йӧ');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(normalizeText('a\uD800b\uDC00c😀').text).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('drops a leading BOM but keeps and reports invisible characters elsewhere', () => {
    const { text, invisibles } = normalizeText('\uFEFFТо\u200Bкаев \u202Eabc\u202C x\u00ADy\uFEFF');
    expect(text).toBe('То\u200Bкаев \u202Eabc\u202C x\u00ADy\uFEFF');
    expect(invisibles).toEqual([2, 8, 12, 15, 17]);
    for (const offset of invisibles) expect(isInvisible(text.charAt(offset))).toBe(true);
  });

  it('reports offsets in the normalized text, after line endings shrink', () => {
    const { text, invisibles } = normalizeText('a\r\n\u200Bb');
    expect(text.charAt(invisibles[0] ?? -1)).toBe('\u200B');
  });
});

describe('stripInvisibles', () => {
  it('removes zero-width and bidi controls, for index keys only', () => {
    expect(stripInvisibles('To\u200Bka\u200Dyev\u200E \u2066x\u2069')).toBe('Tokayev x');
    expect(stripInvisibles('plain')).toBe('plain');
  });
});

describe('cleanView', () => {
  it('maps spans found without invisibles back onto the full text', () => {
    const text = '\u200BTo\u200Bkayev said\u200F';
    const { invisibles } = normalizeText(text);
    const view = cleanView(text, invisibles);
    expect(view.clean).toBe('Tokayev said');
    const start = view.toFullStart(0);
    const end = view.toFullEnd('Tokayev'.length);
    expect(text.slice(start, end)).toBe('To\u200Bkayev');
    expect(view.toFullEnd(view.clean.length)).toBe(text.length - 1);
    expect(view.toFullStart(view.clean.length)).toBe(text.length);
  });

  it('is the identity when nothing is invisible', () => {
    const view = cleanView('abc', []);
    expect([view.clean, view.toFullStart(2), view.toFullEnd(3)]).toEqual(['abc', 2, 3]);
  });
});
