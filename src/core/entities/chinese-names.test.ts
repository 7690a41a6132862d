import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import { formerIdsOf, type Annotator } from './annotator';
import { unknownId } from './unknown-ids';
import { chineseName, pinyinOfName } from './chinese-names';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}|${m.name.en}|${m.name.ru}`);

describe('Chinese names', () => {
  it('reads a surname and a given name in either script, a Russian case ending set aside', () => {
    expect(chineseName(['Чжан', 'Сяомина'])).toEqual({
      pinyin: ['zhang', 'xiaoming'],
      palladius: ['чжан', 'сяомин'],
    });
    expect(chineseName(['Хань', 'Чжэна'])?.pinyin).toEqual(['han', 'zheng']);
    expect(chineseName(['Ван', 'Ивэя'])?.pinyin).toEqual(['wang', 'yiwei']);
    expect(chineseName(['Zhang', 'Xiaoming'])?.palladius).toEqual(['чжан', 'сяомин']);
    // no Chinese surname, a given name of no Chinese syllables, a Korean hyphen, a name of three words
    expect(chineseName(['Ван', 'Гог'])).toBeNull();
    expect(chineseName(['Смит', 'Сяомин'])).toBeNull();
    expect(chineseName(['Moon', 'Jae-in'])).toBeNull();
    expect(chineseName(['Си', 'Цзинь', 'Пин'])).toBeNull();
  });

  it('finds a Chinese name in Russian text as a person, whatever else its words read as', () => {
    expect(read('Кандидатом стал Хань Гоюй, мэр города Гаосюн.', 'ru')[0]).toBe(
      'Хань Гоюй|PER|Han Guoyu|Хань Гоюй',
    );
    expect(read('Об этом сообщил Ван Ивэй, профессор.', 'ru')).toEqual(['Ван Ивэй|PER|Wang Yiwei|Ван Ивэй']);
    expect(read('Об этом сказал Го Шэнкунь.', 'ru')).toEqual(['Го Шэнкунь|PER|Guo Shengkun|Го Шэнкунь']);
    // a third word makes a Korean name
    expect(read('Актриса Ли Со Ён вышла замуж.', 'ru')[0]).toMatch(/^Ли Со Ён\|PER/);
    // the knowledge base's own names stay its own
    expect(annotator.annotate('Встреча с Ван И прошла в Пекине.', 'ru').mentions[0]?.id).toBe('wang-yi');
  });

  it('gives one name in pinyin and in Palladius one id, and shows it in both spellings', () => {
    const [ru] = annotator.annotate('Мнение Чжан Сяомина известно.', 'ru').mentions;
    const [en] = annotator.annotate('The view of Zhang Xiaoming is known.', 'en').mentions;
    expect(ru?.id).toBe(en?.id);
    expect(ru?.name).toEqual({ en: 'Zhang Xiaoming', ru: 'Чжан Сяомин' });
    expect(en?.name).toEqual({ en: 'Zhang Xiaoming', ru: 'Чжан Сяомин' });
    // a correction made on the id the Russian letters gave before still finds the name
    const before = unknownId('PER', ['чжан', 'сяомин']);
    expect(before).not.toBe(ru?.id);
    expect(ru && formerIdsOf(ru)).toContain(before);
  });

  it('keys a Chinese place by its pinyin and shows that in English', () => {
    expect(pinyinOfName('Синьцзяне')).toBe('xinjiang');
    expect(pinyinOfName('Тяньаньмэнь')).toBe('tiananmen');
    // letters any transliteration writes are no sign of Chinese: Аманда reads a-man-da by chance
    expect(pinyinOfName('Аманда')).toBeNull();
    expect(pinyinOfName('Сан')).toBeNull();
    const [ru] = annotator.annotate('Груз прибыл в Ляньюньган.', 'ru').mentions;
    const [en] = annotator.annotate('The cargo arrived in Lianyungang.', 'en').mentions;
    expect(ru?.id).toBe(en?.id);
    expect(ru?.name).toEqual({ ru: 'Ляньюньган', en: 'Lianyungang' });
  });

  it('links the surname said alone to the name said in full, the surname coming first', () => {
    const mentions = annotator.annotate(
      'Посол Чжан Сяомин прибыл в Астану. Позже посол Чжан выступил.',
      'ru',
    ).mentions;
    const people = mentions.filter((m) => m.type === 'PER');
    expect(people.map((m) => m.text)).toEqual(['Чжан Сяомин', 'Чжан']);
    expect(new Set(people.map((m) => m.id)).size).toBe(1);
  });
});
