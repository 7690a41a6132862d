import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './find-quote-spans';
import { splitParagraphs } from './split-paragraphs';

const quoted = (text: string, skip: number[] = []): string[] =>
  findQuoteSpans(text, splitParagraphs(text), new Set(skip)).map((q) => text.slice(q.start, q.end));

describe('findQuoteSpans', () => {
  it('pairs curly, angle, low and straight quotation marks', () => {
    expect(quoted('“We agree,” he said. «Да», — сказал он. „Ja“ und "yes" and ‘fine’.')).toEqual([
      'We agree',
      'Да',
      'Ja',
      'yes',
      'fine',
    ]);
  });

  it('keeps only the outer quote when quotes nest', () => {
    expect(quoted('«Проекты «Татнефти» и „КАМАЗа“ идут», — сказал он.')).toEqual([
      'Проекты «Татнефти» и „КАМАЗа“ идут',
    ]);
    expect(quoted('"Операция под названием "Арсенал" прошла", - сообщили в МВД.')).toEqual([
      'Операция под названием "Арсенал" прошла',
    ]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted('Today’s forum and Tatneft’s plans. Kazakhstan’s PM.')).toEqual([]);
  });

  it('ignores unclosed marks and skipped paragraphs', () => {
    expect(quoted('He said “this never ends.')).toEqual([]);
    expect(quoted('Title: ‘a quote here’\n\n“Body quote,” he said.', [0])).toEqual(['Body quote']);
  });

  it('takes interview answers after a speaker line as whole quotes', () => {
    const text =
      'Касым-Жомарт Токаев, Президент Республики Казахстан:\n\n- Мы знаем «Татнефть». Спасибо.\n\n- Второй ответ.\n\nДалее текст.';
    const spans = findQuoteSpans(text, splitParagraphs(text), new Set());
    expect(spans.map((q) => [text.slice(q.start, q.end), q.interviewSpeaker])).toEqual([
      ['Мы знаем «Татнефть». Спасибо.', 'Касым-Жомарт Токаев'],
      ['Второй ответ.', 'Касым-Жомарт Токаев'],
    ]);
  });
});
