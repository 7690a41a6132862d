import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const idsOf = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

describe('the Duma', () => {
  it('named bare is the State Duma, in Russian as in English', () => {
    expect(idsOf('Законопроект внесли в Думу. Депутаты Думы проголосовали.', 'ru')).toEqual([
      'Думу|ORG|Q715641',
      'Думы|ORG|Q715641',
    ]);
    expect(idsOf('The Duma passed the bill.', 'en')).toEqual(['Duma|ORG|Q715641']);
  });

  it('of a city or a region is that place’s own', () => {
    const found = idsOf('Депутат Думы Томска. Дума Ставропольского края приняла закон.', 'ru');
    expect(found.map((m) => m.split('|').slice(0, 2).join('|'))).toEqual([
      'Думы Томска|ORG',
      'Дума Ставропольского края|ORG',
    ]);
    expect(found.map((m) => m.split('|')[2])).not.toContain('Q715641');
  });
});

describe('a known body followed by a place of its own country', () => {
  it('is the place’s branch of it, with an id of its own, where the place is no country', () => {
    const [chechnya] = idsOf('Глава ФСБ Чечни заявил.', 'ru');
    expect(chechnya).toMatch(/^ФСБ Чечни\|ORG\|x:/);
    // (its own country's name keeps the body: "МВД России" is the ministry)
    expect(idsOf('Глава МВД России заявил.', 'ru')).toEqual(['МВД России|ORG|Q1192838']);
  });
});

describe('a body named by a common noun in lower case, with the place it belongs to', () => {
  it('in NEREL’s convention is linked to the known body of that name', () => {
    const text = 'Об этом сообщили в правительстве Казахстана и в министерстве иностранных дел России.';
    const bodies = annotator
      .annotate(text, 'ru', nerelOptions)
      .mentions.filter((m) => m.type === 'ORG' && /\s\p{Lu}\p{L}+$/u.test(m.text))
      .map((m) => `${m.text}|${m.id}`);
    expect(bodies).toEqual([
      'правительстве Казахстана|government-kz',
      'министерстве иностранных дел России|Q789889',
    ]);
  });

  it('unknown, keys a city by its own sound, not as a country that sounds alike ("Уфы" is no UAE)', () => {
    const [ufa] = idsOf('Об этом сообщила Администрация Уфы.', 'ru');
    expect(ufa).toMatch(/^Администрация Уфы\|ORG\|x:/);
    expect(ufa).not.toContain('ae');
  });
});
