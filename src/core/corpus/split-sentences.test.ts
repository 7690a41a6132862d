import { describe, expect, it } from 'vitest';
import type { ArticleLang } from '../../shared/article';
import { splitSentences } from './split-sentences';

const sentences = (text: string, lang: ArticleLang): string[] =>
  splitSentences(text, [[0, text.length]], lang).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('re-joins breaks after initials', () => {
    expect(
      sentences('Председатель правительства М. В. Мишустин прибыл в Астану. Встреча прошла.', 'ru'),
    ).toEqual(['Председатель правительства М. В. Мишустин прибыл в Астану.', 'Встреча прошла.']);
    expect(sentences('J. R. R. Tolkien wrote it. Then he left.', 'en')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'Then he left.',
    ]);
  });

  it('re-joins breaks after titles and abbreviations', () => {
    expect(sentences('Mr. President, thanks a lot. Dr. Smith agreed.', 'en')).toEqual([
      'Mr. President, thanks a lot.',
      'Dr. Smith agreed.',
    ]);
    expect(sentences('The meeting was held on Aug. 19 in the capital. It went well.', 'en')).toHaveLength(2);
    expect(
      sentences('Он прибыл в г. Астану и посетил ул. Абая и театр им. Абая. Всё прошло хорошо.', 'ru'),
    ).toEqual(['Он прибыл в г. Астану и посетил ул. Абая и театр им. Абая.', 'Всё прошло хорошо.']);
    expect(sentences('Рост составил 5 млн. руб. в год, т.е. вдвое больше. Это много.', 'ru')).toHaveLength(2);
  });

  it('still ends a sentence at "2021 г." before a capital', () => {
    expect(sentences('Это было в 2021 г. Президент приехал позже.', 'ru')).toEqual([
      'Это было в 2021 г.',
      'Президент приехал позже.',
    ]);
  });

  it('never crosses a paragraph and trims trailing space', () => {
    const text = 'One. Two.  \n\nThree';
    const spans = splitSentences(
      text,
      [
        [0, 11],
        [13, 18],
      ],
      'en',
    );
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['One.', 'Two.', 'Three']);
  });
});

describe('splitSentences on long paragraphs', () => {
  it('gives the same sentences when a paragraph is fed in chunks', () => {
    const sentence = 'Председатель М. В. Мишустин прибыл в г. Астану 19 августа. ';
    const text = sentence.repeat(400).trim();
    const spans = sentences(text, 'ru');
    expect(spans).toHaveLength(400);
    expect(new Set(spans)).toEqual(new Set([sentence.trim()]));
  });

  it('keeps a long paragraph without sentence ends as one sentence', () => {
    const text = 'word '.repeat(5000).trim();
    expect(sentences(text, 'en')).toEqual([text]);
  });
});
