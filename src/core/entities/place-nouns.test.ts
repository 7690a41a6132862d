import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en' = 'ru') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}`);

describe('a place named with the word for its kind', () => {
  it('is an English street’s name joined by a hyphen, undeclined', () => {
    expect(read('Полиция перекрыла Эвелин-стрит, а он жил на Мэдисон-авеню.')).toEqual([
      'Эвелин-стрит|LOC',
      'Мэдисон-авеню|LOC',
    ]);
    const [street] = annotator.annotate('Полиция перекрыла Эвелин-стрит.', 'ru').mentions;
    expect(street?.name.ru).toBe('Эвелин Стрит');
  });

  it('is the name after a mountain, a river or a volcano', () => {
    expect(read('Проснулся вулкан Попокатепетль.')).toEqual(['Попокатепетль|LOC']);
    expect(read('Туристы дошли до ледника Федченко.')).toEqual(['Федченко|LOC']);
  });
});

describe('a mountain or a lake the knowledge base does not know', () => {
  it('has one id in both languages, though English names it with the word for its kind', () => {
    const ids = (text: string, lang: 'ru' | 'en') => annotator.annotate(text, lang).mentions.map((m) => m.id);
    const en = ids('They climbed Mount Everest and reached Lake Baikal.', 'en');
    expect(en).toHaveLength(2);
    expect(ids('Они поднялись на гору Эверест и дошли до озера Байкал.', 'ru')).toEqual(en);
  });
});
