import { describe, expect, it } from 'vitest';
import { readHeader } from './read-header';
import { splitParagraphs } from './split-paragraphs';

const header = (text: string) => readHeader(text, splitParagraphs(text));

describe('readHeader', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const h = header(
      'Minnikhanov in Kazakhstan: ‘There are a lot of plans’\n\nTatarstan President met Tokayev.',
    );
    expect(h.title).toBe('Minnikhanov in Kazakhstan: ‘There are a lot of plans’');
    expect(h.leadParagraph).toBe(1);
  });

  it('does not take a first sentence for a headline', () => {
    expect(header('The meeting took place in Astana.\n\nMore text.').title).toBeNull();
    expect(header('Short lead sentence without a second paragraph').title).toBeNull();
  });

  it('reads a date prefix and leaves the lead after it', () => {
    const text = ' date 2023-09-25 Kazakh President Kassym-Jomart Tokayev received guests.\n\nMore.';
    const h = header(text);
    expect(h.date).toBe('2023-09-25');
    expect(h.title).toBeNull();
    expect(text.slice(h.leadStart).startsWith('Kazakh President')).toBe(true);
  });

  it.each([
    ['NUR-SULTAN. KAZINFORM – Opening the meeting, Tokayev spoke.', 'NUR-SULTAN', 'KAZINFORM', null],
    ['NUR-SULTAN – Kazakh President held a meeting on Aug. 19 with guests.', 'NUR-SULTAN', null, '--08-19'],
    ['АСТАНА, 3 июля. /ТАСС/. Президент Казахстана провел встречу.', 'АСТАНА', 'ТАСС', '--07-03'],
    ['MOSCOW, Aug 19 (Reuters) - Russia said on Thursday.', 'MOSCOW', 'Reuters', '--08-19'],
    ['ALMATY (AP) — Officials said.', 'ALMATY', 'AP', null],
    ['NEW YORK – The talks ended.', 'NEW YORK', null, null],
  ])('reads the dateline of %s', (lead, dateline, agency, date) => {
    const h = header(lead);
    expect([h.dateline, h.datelineAgency, h.date]).toEqual([dateline, agency, date]);
  });

  it('does not read "CITY, Country" as a dateline', () => {
    expect(header('ASTANA, Kazakhstan. The talks ended.').dateline).toBeNull();
  });

  it('reads a date line under the headline', () => {
    const h = header(
      'Пулеметы изъяты в доме в Бишкеке\n\n05/08/2008 10:35\n\nБИШКЕК, 5 августа /Новости-Грузия/. Текст.',
    );
    expect(h.title).toBe('Пулеметы изъяты в доме в Бишкеке');
    expect(h.date).toBe('2008-08-05');
    expect(h.dateline).toBe('БИШКЕК');
    expect(h.datelineAgency).toBe('Новости-Грузия');
  });

  it('takes the date from the lead only, not from later paragraphs', () => {
    const text =
      'Headline of the story here\n\nThe president arrived.\n\nOn 25 January, the delegation visited.';
    expect(header(text).date).toBeNull();
  });
});
