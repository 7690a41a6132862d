import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs';

const texts = (text: string): string[] => splitParagraphs(text).map(([s, e]) => text.slice(s, e));

describe('splitParagraphs', () => {
  it('splits on blank lines and trims', () => {
    expect(texts('  First one.  \n\n\n Second one.\n \nThird.')).toEqual([
      'First one.',
      'Second one.',
      'Third.',
    ]);
  });

  it('makes each line a paragraph when long lines are separated by single newlines', () => {
    const a =
      'Kazakh President Kassym-Jomart Tokayev held a meeting with Russian Prime Minister Mikhail Mishustin.';
    const b =
      'Tokayev appreciated the results of the talks held on the eve of the meeting of the heads of the governments.';
    expect(texts(`${a}\n${b}`)).toEqual([a, b]);
  });

  it('keeps hard-wrapped prose together', () => {
    const wrapped =
      'The meeting focused on the prospects for the development of\n' +
      'cooperation in trade and economic, investment, agrarian, and\n' +
      'cultural and humanitarian spheres.';
    expect(texts(wrapped)).toEqual([wrapped]);
  });

  it('splits a closing block of short lines: byline and outlet', () => {
    expect(texts('Body.\n\nTatiana Leukhina, Daria Pinegina\nAnalytics Tatarstan')).toEqual([
      'Body.',
      'Tatiana Leukhina, Daria Pinegina',
      'Analytics Tatarstan',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs(' \n\n \t')).toEqual([]);
  });
});
