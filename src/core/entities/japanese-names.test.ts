import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import { formerIdsOf, type Annotator } from './annotator';
import { unknownId } from './unknown-ids';
import { japaneseName } from './japanese-names';
import { lexiconOf } from './lexicon';

let annotator: Annotator;

beforeAll(async () => {
  // (Honda is also a town in Colombia)
  annotator = await loadTestAnnotator(lexiconOf(['michael'], [['Honda', 25_000]], []));
});

const people = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.filter((m) => m.type === 'PER');

describe('Japanese names', () => {
  it('reads a given name and a known surname in either script and either order', () => {
    expect(japaneseName(['Shinjiro', 'Koizumi'])).toMatchObject({
      hepburn: ['shinjiro', 'koizumi'],
      polivanov: ['синдзиро', 'коидзуми'],
    });
    expect(japaneseName(['Koizumi', 'Shinjiro'])?.hepburn).toEqual(['shinjiro', 'koizumi']);
    expect(japaneseName(['Синдзиро', 'Коидзуми'])?.hepburn).toEqual(['shinjiro', 'koizumi']);
    // Russian declines a surname in -а, and a given name in -н with it
    expect(japaneseName(['Фумио', 'Кисиды'])?.polivanov).toEqual(['фумио', 'кисида']);
    expect(japaneseName(['Дзироэмона', 'Кимуры'])?.polivanov).toEqual(['дзироэмон', 'кимура']);
    // Japanese syllables alone make no Japanese name, nor does a surname with a name of other letters
    expect(japaneseName(['Anna', 'Mario'])).toBeNull();
    expect(japaneseName(['Тина', 'Марина'])).toBeNull();
    expect(japaneseName(['Keisuke', 'Smith'])).toBeNull();
    expect(japaneseName(['Michael', 'Sato'])).toBeNull();
  });

  it('gives one name in Hepburn and in Polivanov one id, and shows it in both spellings', () => {
    const [ru] = people('Об этом сказал Синдзиро Коидзуми.', 'ru');
    const [en] = people('This was said by Shinjiro Koizumi.', 'en');
    const [reversed] = people('This was said by Koizumi Shinjiro.', 'en');
    expect(ru?.id).toBe(en?.id);
    expect(reversed?.id).toBe(en?.id);
    expect(ru?.name).toEqual({ en: 'Shinjiro Koizumi', ru: 'Синдзиро Коидзуми' });
    expect(en?.name).toEqual({ en: 'Shinjiro Koizumi', ru: 'Синдзиро Коидзуми' });
    // the given name as written, not as a Russian lemma reads it (Такэси is no case of Такэся)
    expect(people('Встреча с Такэси Ниинами.', 'ru')[0]?.name.ru).toBe('Такэси Ниинами');
    // a correction made on the id the Russian letters gave before still finds the name
    const before = unknownId('PER', ['Синдзиро', 'Коидзуми']);
    expect(before).not.toBe(ru?.id);
    expect(ru && formerIdsOf(ru)).toContain(before);
  });

  it('links the surname said alone to the full name, which may put the surname first', () => {
    const ru = people('Премьер Ёсихико Нода прибыл. Позже Нода выступил.', 'ru');
    expect(ru.map((m) => m.text)).toEqual(['Ёсихико Нода', 'Нода']);
    expect(new Set(ru.map((m) => m.id)).size).toBe(1);
    const en = people('The minister Koizumi Shinjiro arrived. Later Koizumi said.', 'en');
    expect(en.map((m) => m.text)).toEqual(['Koizumi Shinjiro', 'Koizumi']);
    expect(new Set(en.map((m) => m.id)).size).toBe(1);
  });

  it('finds an English name whose surname is also a place as a person', () => {
    const [honda] = people('He met Keisuke Honda.', 'en');
    expect(honda?.text).toBe('Keisuke Honda');
    expect(honda?.name).toEqual({ en: 'Keisuke Honda', ru: 'Кэйсукэ Хонда' });
    expect(honda?.id).toBe(people('Он встретил Кэйсукэ Хонду.', 'ru')[0]?.id);
  });
});
