import { describe, expect, it } from 'vitest';
import { readHeader } from './read-header';
import { readSources } from './read-sources';
import { splitParagraphs } from './split-paragraphs';

const sources = (text: string) => {
  const paragraphs = splitParagraphs(text);
  return readSources(text, paragraphs, readHeader(text, paragraphs));
};

describe('readSources', () => {
  it('takes the outlet from "X cites" and the cited source after it', () => {
    expect(sources('Tokayev received Minnikhanov, Kazinform cites the Akorda press service.')).toEqual({
      outlet: 'Kazinform',
      authors: [],
      cites: 'Akorda press service',
    });
  });

  it('takes a correspondent’s outlet in Russian', () => {
    const s = sources('Заголовок новости\n\nОб этом заявили президенты, сообщает корреспондент «Хабар 24».');
    expect(s.outlet).toBe('Хабар 24');
    expect(s.cites).toBeNull();
  });

  it('takes the dateline agency in the case the text writes it', () => {
    const text = 'NUR-SULTAN. KAZINFORM – The talks ended. Kazinform has more.';
    expect(sources(text).outlet).toBe('Kazinform');
    expect(sources('АСТАНА, 3 июля. /ТАСС/. Встреча прошла.').outlet).toBe('ТАСС');
  });

  it('reads a closing byline and outlet line', () => {
    const text =
      'Headline here now\n\nThe body of the story.\n\nTatiana Leukhina, Daria Pinegina\nAnalytics Tatarstan';
    expect(sources(text)).toEqual({
      outlet: 'Analytics Tatarstan',
      authors: ['Tatiana Leukhina', 'Daria Pinegina'],
      cites: null,
    });
  });

  it('reads a byline under the headline', () => {
    expect(sources('Headline here now\n\nBy John Smith and Jane Doe\n\nThe body.').authors).toEqual([
      'John Smith',
      'Jane Doe',
    ]);
  });

  it('finds the cited press service in either word order and in Russian', () => {
    expect(sources('The sides met, says the press service of the Tatarstan president.').cites).toBe(
      'press service of the Tatarstan president',
    );
    expect(sources('Tokayev held a meeting, reported Akorda press service.').cites).toBe(
      'Akorda press service',
    );
    expect(sources('The Kremlin press office said on Monday that talks ended.').cites).toBe(
      'Kremlin press office',
    );
    expect(sources('Оружие изъято, сообщает во вторник пресс-служба МВД Киргизии.').cites).toBe(
      'пресс-служба МВД Киргизии',
    );
    expect(sources('Джонсон вернулся, пишет Deutsche Welle.').cites).toBe('Deutsche Welle');
  });

  it('does not make a press service the outlet', () => {
    expect(sources('Tokayev held a meeting, reported Akorda press service.').outlet).toBeNull();
  });

  it('cleans the cited name: no quotation marks, no trailing conjunction, no word fragments', () => {
    expect(sources('Деньги поступили, передает «Интерфакс».').cites).toBe('Интерфакс');
    expect(sources('Об этом сообщает PR-служба конференции.').cites).toBeNull();
    expect(sources('По данным пресс-службы МЧС по Санкт-Петербургу и Ленобласти.').cites).toBe(
      'пресс-службы МЧС по Санкт-Петербургу и Ленобласти',
    );
  });
});
