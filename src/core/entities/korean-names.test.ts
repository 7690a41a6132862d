import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import { formerIdsOf, type Annotator } from './annotator';
import { unknownId } from './unknown-ids';
import { koreanName } from './korean-names';
import { lexiconOf } from './lexicon';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const people = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.filter((m) => m.type === 'PER');

const id = (name: string) => koreanName(name.split(' '))?.id;

describe('Korean names', () => {
  it('keys a name in Kontsevich and in the English romanizations alike', () => {
    const pairs = [
      ['Чо Тхэ Ёль', 'Cho Tae-yul'],
      ['Чхве Сан Мок', 'Choi Sang-mok'],
      ['Хан Док Су', 'Han Duck-soo'],
      ['Пан Ги Мун', 'Ban Ki-moon'],
      ['Ким Чен Ын', 'Kim Jong Un'],
      ['Пак Кын Хе', 'Park Geun-hye'],
      ['Кан Гён Хва', 'Kang Kyung-wha'],
    ];
    for (const [russian = '', english = ''] of pairs) {
      expect(id(russian)).toBeDefined();
      expect(id(russian)).toBe(id(english));
    }
    // surnames whose spellings share no consonant
    expect(id('Ю Мён Хи')).toBe(id('Yoo Myung-hee'));
    expect(id('Ю Мён Хи')).toBe(id('Yu Myung-hee'));
    expect(id('Ли Сын Ман')).toBe(id('Rhee Syng-man'));
    expect(id('Ли Джэ Мён')).toBe(id('Yi Jae-myung'));
    // a Russian case ending on the last syllable is set aside
    expect(id('Пак Чином')).toBe(id('Park Jin'));
    // and the given name tells people of one surname apart
    expect(id('Пак Чин')).not.toBe(id('Пак Кын Хе'));
  });

  it('reads no name whose surname is not Korean or whose given name is no run of syllables', () => {
    for (const name of ['Kim Davis', 'Han Solo', 'Park Avenue', 'Lee Child', 'Смит Сан Мок', 'Ким Петрова'])
      expect(koreanName(name.split(' '))).toBeNull();
  });

  it('finds a Korean name of three words in Russian as one person, linked to its English spelling', () => {
    const [ru] = people('Премьер Хан Док Су прибыл в Астану.', 'ru');
    expect(ru?.text).toBe('Хан Док Су');
    const [en] = people('Prime Minister Han Duck-soo arrived in Astana.', 'en');
    expect(ru?.id).toBe(en?.id);
    // a preposition that opens a sentence is no surname
    expect(people('Со Пак Чином встретился министр.', 'ru').map((m) => m.text)).not.toContain('Со Пак Чином');
    // a correction made on the id the name had before still finds it
    const before = unknownId('PER', ['Хан', 'Док', 'Су']);
    expect(before).not.toBe(ru?.id);
    expect(ru && formerIdsOf(ru)).toContain(before);
  });

  it('finds a Korean name of three words in English as a person', async () => {
    // (Ho is also a city in Ghana, and Yong a given name)
    const withPlaces = await loadTestAnnotator(lexiconOf(['yong'], [['Ho', 100_000]], []));
    const [en] = withPlaces.annotate('Ri Yong Ho said the talks had failed.', 'en').mentions;
    expect(en?.type).toBe('PER');
    expect(en?.text).toBe('Ri Yong Ho');
    expect(en?.id).toBe(people('Ри Ён Хо заявил о провале переговоров.', 'ru')[0]?.id);
  });

  it('links the surname said alone to the full name, which comes first', () => {
    const mentions = people('Министр Чхве Сан Мок прибыл. Позже Чхве заявил.', 'ru');
    expect(mentions.map((m) => m.text)).toEqual(['Чхве Сан Мок', 'Чхве']);
    expect(new Set(mentions.map((m) => m.id)).size).toBe(1);
  });

  it('reads no first two words of a known name as that person ("Ким Чен Нам" is not Ким Чен Ын)', () => {
    const found = people('Брат Ким Чен Ына Ким Чен Нам убит, в убийстве Ким Чен Нама обвинили двоих.', 'ru');
    const english = people('Kim Jong-nam was killed.', 'en')[0]?.id;
    expect(found.map((m) => `${m.text}|${m.id}`)).toEqual([
      'Ким Чен Ына|Q56226',
      `Ким Чен Нам|${english}`,
      `Ким Чен Нама|${english}`,
    ]);
  });
});
