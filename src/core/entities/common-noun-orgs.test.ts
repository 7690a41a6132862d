import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const bodies = (text: string, options = nerelOptions) =>
  annotator
    .annotate(text, 'ru', options)
    .mentions.filter((m) => m.type === 'ORG')
    .map((m) => m.text);

describe('bodies named by a common noun after an adjective of a place, in NEREL’s convention', () => {
  it('takes other adjectives between the place adjective and the head', () => {
    expect(bodies('Он работал в бельгийской колониальной администрации.')).toEqual([
      'бельгийской колониальной администрации',
    ]);
    expect(bodies('Так заявило американское дипломатическое ведомство.')).toEqual([
      'американское дипломатическое ведомство',
    ]);
  });

  it('knows more heads after a place adjective: troops, an academy, the opposition', () => {
    expect(bodies('Он обсуждал ввод российских войск, а шведская академия молчала.')).toEqual([
      'российских войск',
      'шведская академия',
    ]);
    expect(bodies('Его избрала сирийская оппозиция.')).toEqual(['сирийская оппозиция']);
  });

  it('takes the field of security forces with them', () => {
    expect(bodies('Столкновения с израильскими силами безопасности продолжились.')).toEqual([
      'израильскими силами безопасности',
    ]);
  });

  it('does not read a team after a place adjective as an adjective before a head', () => {
    expect(bodies('Седьмую медаль российской сборной принесла гимнастка.')).toEqual(['российской сборной']);
  });

  it('leaves a head alone and a head after an adjective of no place', () => {
    expect(bodies('Ввод войск начался, а колониальная администрация ушла.')).toEqual([]);
  });
});

describe('a coalition government, in NEREL’s convention', () => {
  it('takes "коалиционный" into the name, and marks the government inside', () => {
    expect(bodies('Они решили сформировать коалиционное правительство.')).toEqual([
      'коалиционное правительство',
      'правительство',
    ]);
    expect(bodies('Началось формирование коалиционного кабинета министров.')).toEqual([
      'коалиционного кабинета министров',
    ]);
  });
});

describe('a government named by its leader, in NEREL’s convention', () => {
  it('takes a person the text found, in the genitive, and marks the government inside', () => {
    expect(bodies('Он принял отставку правительства Исама Шарафа.')).toEqual([
      'правительства Исама Шарафа',
      'правительства',
    ]);
  });

  it('leaves out a person in the nominative, the one who speaks', () => {
    expect(bodies('Как сообщил глава правительства Исам Шараф, отставки не будет.')).toEqual([
      'правительства',
    ]);
  });

  it('is no part of the app’s flat reading', () => {
    expect(bodies('Он принял отставку правительства Исама Шарафа.', {})).toEqual([]);
  });
});

describe('body nouns that head a capitalised name, in the app', () => {
  it('reads a society, a philharmonic and a dispensary as bodies, not a person or a place', () => {
    const read = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}`);
    expect(read('Голдсмит, председатель Общества памяти Кромвеля, выступил.')).toContain(
      'Общества памяти Кромвеля|ORG',
    );
    expect(read('Он стал артистом Татарской государственной филармонии.')).toEqual([
      'Татарской государственной филармонии|ORG',
    ]);
    expect(read('Так сказал главный врач Тамбовского областного онкологического диспансера.')).toEqual([
      'Тамбовского областного онкологического диспансера|ORG',
    ]);
  });

  it('leaves "society" opening a sentence as a common noun', () => {
    expect(bodies('Российское общество разделилось.', {})).toEqual([]);
  });
});
