import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { soundKey } from './text-keys';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const people = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.filter((m) => m.type === 'PER');

describe('an Arab name’s hyphenated article', () => {
  it('is no part of the key, as Russian writes it before its letter and English as "Al-"', () => {
    expect(soundKey('Ас-Сабах', true)).toBe(soundKey('Al-Sabah', true));
    expect(soundKey('Аль-Ахмед')).toBe(soundKey('Al-Ahmad'));
    expect(soundKey('ад-Дин')).toBe(soundKey('Din'));
    // (a surname's last "х" after "а" is the "h" English writes: Фаттах, Fattah)
    expect(soundKey('Фаттах', true)).toBe(soundKey('Fattah', true));
    // (only a surname's: "Карабах" keeps it)
    expect(soundKey('Карабах')).not.toBe(soundKey('Караба'));
  });

  it('gives a name one id in Russian and English, whichever article each writes', () => {
    const ru = 'Президент Олимпийского совета Азии шейх Талал Фахад Аль-Ахмед Ас-Сабах прибыл в Ташкент.';
    const en = 'Olympic Council of Asia President Sheikh Talal Fahad Al-Ahmad Al-Sabah arrived in Tashkent.';
    const [talal] = people(ru, 'ru');
    expect(talal?.text).toBe('Талал Фахад Аль-Ахмед Ас-Сабах');
    expect(talal?.id).toMatch(/^x:/);
    expect(people(en, 'en').map((m) => [m.text, m.id])).toEqual([
      ['Talal Fahad Al-Ahmad Al-Sabah', talal?.id],
    ]);
    // (the article before the hyphen is as written, not a word in a case: not "Аля-Ахмед")
    expect(talal?.name.ru).toBe('Талал Фахад Аль-Ахмед Ас-Сабах');
  });

  it('joins the name in lower case too, in either language, and a hyphen counts as no word', () => {
    const ru = 'Эмир Кувейта шейх Мишааль аль-Ахмед аль-Джабер ас-Сабах принял министра.';
    const en = 'The Emir of Kuwait Sheikh Meshal al-Ahmad al-Jaber al-Sabah received the minister.';
    const [emir] = people(ru, 'ru');
    expect(emir?.text).toBe('Мишааль аль-Ахмед аль-Джабер ас-Сабах');
    const [english] = people(en, 'en');
    expect(english?.text).toBe('Meshal al-Ahmad al-Jaber al-Sabah');
    expect(english?.id).toBe(emir?.id);
    expect(people('Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah spoke.', 'en').map((m) => m.text)).toEqual([
      'Meshal Al-Ahmad Al-Jaber Al-Sabah',
    ]);
  });

  it('makes a known person’s surname the given name of another before it', () => {
    // (Ahmed is Abiy Ahmed's surname; "Ahmed el-Masri" is someone else)
    for (const text of ['The guests included Sheikh Ahmed el-Masri.', 'Ahmed el-Masri spoke.']) {
      const [masri] = people(text, 'en');
      expect(masri?.text).toBe('Ahmed el-Masri');
      expect(masri?.id).toMatch(/^x:/);
    }
  });
});

describe('a Gulf ruler named in full after the title his short name opens with', () => {
  it('is the ruler, in Russian and English, and so is his title with his given name', () => {
    const ru = 'Король Салман бен Абдель Азиз Аль Сауд принял министра. Шейх Тамим приехал в Астану.';
    const en = 'King Salman bin Abdulaziz Al Saud received the minister. Sheikh Tamim came to Astana.';
    expect(people(ru, 'ru').map((m) => [m.text, m.id])).toEqual([
      ['Салман бен Абдель Азиз Аль Сауд', 'salman-of-saudi-arabia'],
      ['Шейх Тамим', 'Q1855372'],
    ]);
    expect(people(en, 'en').map((m) => [m.text, m.id])).toEqual([
      ['King Salman bin Abdulaziz Al Saud', 'salman-of-saudi-arabia'],
      ['Sheikh Tamim', 'Q1855372'],
    ]);
  });
});
