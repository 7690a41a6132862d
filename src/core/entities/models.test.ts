import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions, type RecognizeOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en' = 'ru', options?: RecognizeOptions) =>
  annotator.annotate(text, lang, options).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

describe('models of cars, aircraft and arms', () => {
  const crash =
    'Водитель автомобиля Toyota Camry не справился с управлением, грузовик ГАЗ-3307 перевернулся, ' +
    'а взорвавшийся автомобиль «Тойота Камри» сгорел. Вертолёт Ми-8 и самолёт Ту-154 сели, у охраны были АК-47.';

  it('a model is no organisation; the app links its maker to the company', () => {
    expect(read(crash)).toEqual(['Toyota|ORG|toyota', 'Тойота|ORG|toyota']);
    expect(
      read('Самолёт Boeing 737-800 компании «Аэрофлот» сел, а водитель Hyundai погиб.').slice(0, 2),
    ).toEqual(['Boeing|ORG|boeing', 'Аэрофлот|ORG|Q58707']);
    expect(read('The Boeing 737 Max and a Toyota Camry were recalled.', 'en')).toEqual([
      'Boeing|ORG|boeing',
      'Toyota|ORG|toyota',
    ]);
  });

  it('in NEREL’s convention a model is a product, maker and all, and so is a maker a driver sits in', () => {
    expect(read(crash, 'ru', nerelOptions)).toEqual([]);
    expect(read('Водитель Hyundai погиб на месте.', 'ru', nerelOptions)).toEqual([]);
    const inflected = 'Пассажир автомобиля «Лада» не пострадал, а стоимость Форда Мустанг выросла.';
    expect(read(inflected, 'ru', nerelOptions)).toEqual([]);
    expect(read(inflected).map((m) => m.split('|').slice(0, 2).join('|'))).toEqual(['Лада|ORG', 'Форда|ORG']);
    expect(read('Водитель Hyundai погиб на месте.').map((m) => m.split('|')[1])).toEqual(['ORG']);
  });

  it('a company’s name, a place and a post after the maker are no model; a person of the maker’s name stays one', () => {
    const names = (text: string, lang: 'ru' | 'en') =>
      read(text, lang).map((m) => m.split('|').slice(0, 2).join('|'));
    expect(names('Генри Форд основал Ford Motor Company, а Toyota Europe промолчала.', 'ru')).toEqual([
      'Генри Форд|PER',
      'Ford Motor Company|ORG',
      'Toyota|ORG',
      'Europe|LOC',
    ]);
    expect(
      names('Boeing Chief Executive Dennis Muilenburg met the Ford Foundation and Airbus Group.', 'en'),
    ).toEqual(['Boeing|ORG', 'Dennis Muilenburg|PER', 'Ford Foundation|ORG', 'Airbus Group|ORG']);
  });
});
