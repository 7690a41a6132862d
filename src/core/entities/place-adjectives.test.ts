import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const places = (text: string) =>
  annotator
    .annotate(text, 'ru', nerelOptions)
    .mentions.filter((m) => m.type === 'LOC')
    .map((m) => m.text);

describe('adjectives of places, in NEREL’s convention', () => {
  it('leads an adjective to its place by the endings that make it', () => {
    // Франция, Узбекистан, Кыргызстан, Перу, Сеул, Сочи, Баку, Камбоджа
    const text =
      'Встретились французская, узбекская, кыргызская, перуанская, сеульская, сочинская, бакинская и ' +
      'камбоджийская делегации.';
    expect(places(text)).toEqual([
      'французская',
      'узбекская',
      'кыргызская',
      'перуанская',
      'сеульская',
      'сочинская',
      'бакинская',
      'камбоджийская',
    ]);
  });

  it('knows the adjectives no ending leads to', () => {
    expect(places('Финская и венгерская компании вышли на азиатский рынок.')).toEqual([
      'Финская',
      'венгерская',
      'азиатский',
    ]);
  });

  it('leaves adjectives of no place unmarked', () => {
    // Олимпия and Октябрьск are places, but the games and the revolution are meant
    expect(places('Олимпийская сборная и партийная газета помнят Октябрьскую революцию.')).toEqual([]);
  });

  it('inside a body, a known place that opens with an adjective is the place, not the adjective', () => {
    const text =
      'Он работал в правительстве Калининградской области и в Конституционном суде Российской Федерации.';
    expect(places(text)).toEqual(['Калининградской области', 'Российской Федерации']);
  });

  it('is linked to the place it is made of, as the place named is', () => {
    const text =
      'Российский посол, московский мэр, советский режим, подмосковный город, нью-йоркский суд, ' +
      'боснийские сербы и питерский клуб.';
    const ids = annotator
      .annotate(text, 'ru', nerelOptions)
      .mentions.filter((m) => m.type === 'LOC')
      .map((m) => `${m.text}|${m.id}`);
    const placeId = (name: string) => annotator.annotate(name, 'ru').mentions[0]?.id;
    expect(ids).toEqual([
      `Российский|${placeId('Россия')}`,
      `московский|${placeId('Москва')}`,
      `советский|${placeId('СССР')}`,
      `подмосковный|${placeId('Подмосковье')}`,
      `нью-йоркский|${placeId('Нью-Йорк')}`,
      `боснийские|${placeId('Босния и Герцеговина')}`,
      `питерский|${placeId('Петербург')}`,
    ]);
  });
});
