import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import type { RecognizeOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en', options?: RecognizeOptions) =>
  annotator.annotate(text, lang, options).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
const idOfCountry = (name: string) => annotator.annotate(name, 'en').mentions[0]?.id ?? '';

describe('a state named with its form (Королевство Эсватини, Kingdom of Bahrain)', () => {
  it('is the country, the form taken into the name, in Russian in any case', () => {
    const [eswatini, bahrain, qatar, oman] = ['Eswatini', 'Bahrain', 'Qatar', 'Oman'].map(idOfCountry);
    expect(read('В 2018 году страна стала Королевством Эсватини.', 'ru')).toEqual([
      `Королевством Эсватини|LOC|${eswatini}`,
    ]);
    expect(
      read('Премьер Королевства Бахрейн и эмир Государства Катар встретились в Султанате Оман.', 'ru'),
    ).toEqual([
      `Королевства Бахрейн|LOC|${bahrain}`,
      `Государства Катар|LOC|${qatar}`,
      `Султанате Оман|LOC|${oman}`,
    ]);
  });

  it('is the country in English, after "Kingdom of" too', () => {
    const [bahrain, morocco] = ['Bahrain', 'Morocco'].map(idOfCountry);
    expect(read('The King of the Kingdom of Bahrain met envoys of the Kingdom of Morocco.', 'en')).toEqual([
      `Kingdom of Bahrain|LOC|${bahrain}`,
      `Kingdom of Morocco|LOC|${morocco}`,
    ]);
  });

  it('closes a body’s name whatever its case, and keys and names the body as its country’s', () => {
    const text = 'Поступила нота Министерства иностранных дел Королевства Марокко.';
    const [ministry] = annotator.annotate(text, 'ru').mentions;
    expect(ministry?.text).toBe('Министерства иностранных дел Королевства Марокко');
    expect(ministry?.name.en).toBe('Ministry of Foreign Affairs of Morocco');
    expect(ministry?.id).toBe(
      read('The Ministry of Foreign Affairs of Morocco said.', 'en')[0]?.split('|')[2],
    );
    // (the state's name after its form stands in the nominative)
    expect(
      read('Поступила нота Министерства культуры Королевства Свазиленд.', 'ru').map((m) => m.split('|')[0]),
    ).toEqual(['Министерства культуры Королевства Свазиленд']);
  });

  it('nested, is the place inside the body’s name, form and all', () => {
    const nested = read('Поступила нота Министерства культуры Королевства Свазиленд.', 'ru', {
      nested: true,
    });
    expect(nested.map((m) => m.split('|').slice(0, 2).join('|'))).toEqual([
      'Министерства культуры Королевства Свазиленд|ORG',
      'Министерства культуры|ORG',
      'Королевства Свазиленд|LOC',
    ]);
  });

  it('in English names a body of a country whose name ends in -s without "the"', () => {
    const [ministry] = annotator.annotate(
      'Министерство обороны Республики Беларусь сообщило.',
      'ru',
    ).mentions;
    expect(ministry?.name.en).toBe('Ministry of Defence of Belarus');
  });

  it('names a state within a state by its own name, in both languages (Республика Сербская)', () => {
    const ru = annotator.annotate('Лидер Республики Сербской Милорад Додик встретился с послом.', 'ru');
    const en = annotator.annotate('Republika Srpska President Milorad Dodik met the envoy.', 'en');
    const line = (m: (typeof ru.mentions)[number]) => `${m.text}|${m.type}|${m.id}|${m.name.ru}`;
    expect(ru.mentions.map(line)).toEqual([
      'Республики Сербской|LOC|Q11196|Республика Сербская',
      'Милорад Додик|PER|dodik|Милорад Додик',
    ]);
    expect(en.mentions.map(line)).toEqual([
      'Republika Srpska|LOC|Q11196|Республика Сербская',
      'Milorad Dodik|PER|dodik|Милорад Додик',
    ]);
  });
});
