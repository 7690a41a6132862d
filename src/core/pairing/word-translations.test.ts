import { describe, expect, it } from 'vitest';
import { parseText } from '../corpus/parse-article';
import dictionary from './dictionary/ru-en.json';
import { pairingDocFrom } from './pairing-doc';
import { createPairingIndex } from './pairing-index';
import { describeReasons } from './reasons';
import { createWordTranslator, wordTranslator } from './word-translations';

describe('word translations', () => {
  const translator = wordTranslator();

  it('reads inflected Russian forms and English forms as one English stem', () => {
    const hotel = translator.keysOfWord('hotels', 'en');
    expect(hotel).toHaveLength(1);
    expect(translator.keysOfWord('отелях', 'ru')).toEqual(hotel);
    expect(translator.keysOfWord('Гостиница', 'ru')).toEqual(hotel);
    expect(translator.keysOfWord('утюгом', 'ru')).toEqual(translator.keysOfWord('ironing', 'en'));
    expect(translator.keysOfWord('тёплой', 'ru')).toEqual(translator.keysOfWord('теплой', 'ru'));
    expect(translator.keysOfWord('тёплой', 'ru')).toContain(translator.keysOfWord('warm', 'en')[0]);
  });

  it('gives no key for words the dictionary does not know, in either language', () => {
    expect(translator.keysOfWord('Токаев', 'ru')).toEqual([]);
    expect(translator.keysOfWord('Tokayev', 'en')).toEqual([]);
    expect(translator.keysOfWord('the', 'en')).toEqual([]);
  });

  it('counts the keys of a text, every sense of an ambiguous word included', () => {
    const own = createWordTranslator({ entries: { мир: 'world peace', война: 'war' } });
    const ru = own.keys('Война и мир. Мир после войны.', 'ru');
    expect(Object.fromEntries(ru)).toEqual({ war: 2, world: 2, peac: 2 });
    const en = own.keys('War and peace: the world after the wars.', 'en');
    expect(Object.fromEntries(en)).toEqual({ war: 2, world: 1, peac: 1 });
    expect(own.wordOf('peac')).toBe('peace');
    expect(own.wordOf('tokayev')).toBeNull();
  });

  it('keeps a dictionary of single Russian words and lower-case English content words', () => {
    const entries = Object.entries((dictionary as { entries: Record<string, string> }).entries);
    expect(entries.length).toBeGreaterThan(2000);
    // words of every English text would link every Russian text that has the Russian word
    const functionWords = new Set(
      'a an the be is are was have has do make get go come take put set can could must should will not no more most about up down then again against'.split(
        ' ',
      ),
    );
    for (const [ru, en] of entries) {
      expect(ru).toMatch(/^[а-яё]+$/u);
      expect(en).toMatch(/^[a-z]+(?: [a-z]+)*$/u);
      expect(en.split(' ').filter((w) => functionWords.has(w))).toEqual([]);
    }
  });
});

describe('pairing short texts by their words', () => {
  // translations of a few sentences without a single name or figure: only the vocabulary links them
  const texts = {
    'en-rain':
      'Heavy rain flooded the old bridge near the village.\n\nFarmers lost their harvest and many houses were damaged.',
    'ru-rain':
      'Сильный дождь затопил старый мост около деревни.\n\nФермеры потеряли урожай, и многие дома были повреждены.',
    'en-school':
      'The new school opened its library to children and teachers.\n\nStudents can read books there every evening.',
    'ru-school':
      'Новая школа открыла свою библиотеку для детей и учителей.\n\nУченики могут читать там книги каждый вечер.',
    'en-food':
      'Bread, cheese and olive oil are the basis of the local cuisine.\n\nIn summer people eat fresh vegetables and fish.',
    'ru-food':
      'Хлеб, сыр и оливковое масло составляют основу местной кухни.\n\nЛетом люди едят свежие овощи и рыбу.',
  } as const;
  const index = createPairingIndex(
    Object.entries(texts).map(([id, text]) => {
      const parsed = parseText(text);
      const lang = id.startsWith('ru') ? 'ru' : 'en';
      return pairingDocFrom({ id, ...parsed, lang });
    }),
  );

  const topics = ['rain', 'school', 'food'];

  it('finds most of the vocabulary of a translation and little of another text', () => {
    for (const a of topics)
      for (const b of topics) {
        const { cosine } = index.compare(`ru-${a}`, `en-${b}`);
        if (a === b) expect(cosine).toBeGreaterThan(0.3);
        else expect(cosine).toBeLessThan(0.1);
      }
  });

  it('makes each translation the first counterpart of its original, both ways', () => {
    for (const topic of topics) {
      expect(index.counterparts(`ru-${topic}`).counterparts[0]?.id).toBe(`en-${topic}`);
      expect(index.counterparts(`en-${topic}`).counterparts[0]?.id).toBe(`ru-${topic}`);
    }
  });

  it('says which words they share', () => {
    const best = index.counterparts('ru-school').counterparts[0];
    const words = best?.reasons.find((r) => r.kind === 'words');
    expect(words).toMatchObject({ kind: 'words' });
    expect(words?.kind === 'words' ? words.count : 0).toBeGreaterThanOrEqual(5);
    expect(describeReasons(best?.reasons ?? [])).toMatch(/\d+ shared words \(\w+, \w+, \w+\)/u);
  });
});
