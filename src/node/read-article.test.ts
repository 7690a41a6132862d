import { describe, expect, it } from 'vitest';
import { articleFromBytes } from './read-article';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('articleFromBytes: the lead shown for an article without a headline', () => {
  it('leaves out a date field written before the first words, which becomes the date', () => {
    const a = articleFromBytes(
      bytes(
        'date 2023-09-25 Kazakh President Kassym-Jomart Tokayev received Head of Tatarstan.\n\nThe meeting focused on trade.\n',
      ),
      'a.txt',
    );
    expect(a.date).toBe('2023-09-25');
    expect(a.lead).toBe('Kazakh President Kassym-Jomart Tokayev received Head of Tatarstan.');
  });

  it('keeps a lead that starts with a dateline and cuts a long one at fourteen words', () => {
    const a = articleFromBytes(
      bytes(
        'NUR-SULTAN – Kazakh President Kassym-Jomart Tokayev held a meeting on Aug. 19 with Russian Prime Minister Mikhail Mishustin.\n\nMore.\n',
      ),
      'b.txt',
    );
    expect(a.lead).toBe(
      'NUR-SULTAN – Kazakh President Kassym-Jomart Tokayev held a meeting on Aug. 19 with Russian…',
    );
  });
});
