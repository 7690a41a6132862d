import { describe, expect, it } from 'vitest';
import { presplit } from './presplit';

describe('presplit', () => {
  it('takes each non-empty line as a sentence and blank lines as paragraph breaks', () => {
    const text = '  First line. Still first.  \nSecond\n\n\nThird\n';
    const { sentences, paragraphs } = presplit(text);
    expect(sentences.map(([s, e]) => text.slice(s, e))).toEqual([
      'First line. Still first.',
      'Second',
      'Third',
    ]);
    expect(paragraphs.map(([s, e]) => text.slice(s, e))).toEqual([
      'First line. Still first.  \nSecond',
      'Third',
    ]);
  });
});
