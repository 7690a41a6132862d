import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions, type RecognizeOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, options?: RecognizeOptions) =>
  annotator.annotate(text, 'ru', options).mentions.map((m) => `${m.text}|${m.type}`);

describe('software and platforms in Russian text', () => {
  it('software is no organisation', () => {
    expect(read('Код операционной системы Windows открыт.')).toEqual([]);
  });

  it('a platform someone posted on is its company, as "on Twitter" is in English', () => {
    const posted = annotator.annotate('Она написала в своём Instagram и в Твиттере.', 'ru').mentions;
    expect(posted.map((m) => `${m.text}|${m.id}`)).toEqual(['Instagram|Q209330', 'Твиттере|Q918']);
    const english = annotator.annotate('She wrote on Twitter.', 'en').mentions;
    expect(english.map((m) => m.id)).toEqual(['Q918']);
  });

  it('in NEREL’s convention a platform someone posted on is no organisation; the company acting is', () => {
    expect(read('Он написал в Twitter и в Instagram, а Facebook удалил пост.', nerelOptions)).toEqual([
      'Facebook|ORG',
    ]);
    expect(
      read('Она написала в своём Instagram и в Твиттере, что YouTube удалил ролик.', nerelOptions),
    ).toEqual(['YouTube|ORG']);
  });
});

describe('titles of works in Latin script in Russian text', () => {
  it('after a noun for a work, before a year in brackets, or as an English phrase in quotes', () => {
    expect(
      read('Он выступил с треком Firestarter с альбома The Fat of the Land, а акции Bayer упали.'),
    ).toEqual(['Bayer|ORG']);
    expect(read('Вышли диски группы: Invaders Must Die (2009) и другие, о них писали газеты.')).toEqual([]);
    // "как" with no comma before it; the work's noun wins over the band's
    const hits =
      'Автор таких хитов группы как «It’s My Life», «Such a Shame» и «Talk Talk» умер вчера у себя дома.';
    expect(read(hits)).toEqual([]);
  });

  it('past quotes and "как" to the noun, or by a preposition or phrase word no body’s name holds', () => {
    const songs =
      "Альбом ''Double Fantasy'' вышел осенью, а такие песни, как Riders on the Storm и Light My Fire, до сих пор звучат по радио.";
    expect(read(songs)).toEqual([]);
    // a body's noun, a brand's, and the s of a possessive keep the name a body's
    expect(
      read(
        'В партии «Dog with two tails» и в Victoria’s Secret заметили, что такие марки, как Revlon, растут.',
      ),
    ).toEqual(['Dog with two tails|ORG', 'Victoria’s Secret|ORG', 'Revlon|ORG']);
  });
});

describe('awards', () => {
  it('an award is no body and no person; a given name of the same letters stays a person', () => {
    expect(
      read('Фильм номинировали на «Оскар», он получил «Оскара» и «Золотой глобус», а Оскар Уайльд — нет.'),
    ).toEqual(['Оскар Уайльд|PER']);
    expect(read('Певица взяла «Грэмми», а ведущий получил «Тэффи».')).toEqual([]);
  });
});
