import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator(
    lexiconOf(['sami', 'island', 'charlie', 'phoenix', 'daily', 'gideon'], [], ['daily', 'mirror', 'yu']),
  );
});

/** Enough Russian around the Latin name for the text to read as Russian. */
const russian = (middle: string) =>
  `Сообщение опубликовано вчера вечером и вызвало большое обсуждение среди читателей. ${middle} Об этом рассказали источники в правительстве страны.`;
const latin = (middle: string) =>
  annotator
    .annotate(russian(middle), 'ru')
    .mentions.filter((m) => !/[а-яё]/i.test(m.text))
    .map((m) => `${m.text}|${m.type}`);

describe('a Latin-script name inside Russian text', () => {
  it('is read whole across connectors, hyphens and a possessive', () => {
    expect(latin('Долю в Industrial and Commercial Bank of China купил Harles und Jentzsch.')).toEqual([
      'Industrial and Commercial Bank of China|ORG',
      'Harles und Jentzsch|ORG',
    ]);
    expect(latin('Компания Hewlett-Packard и магазин Victoria’s Secret открылись.')).toEqual([
      'Hewlett-Packard|ORG',
      'Victoria’s Secret|ORG',
    ]);
  });

  it('keeps a first word that is a common English one', () => {
    expect(latin('Фонд Digital Sky Technologies купил акции.')).toEqual(['Digital Sky Technologies|ORG']);
  });

  it('a given name or a name particle makes a person', () => {
    expect(latin('Журналист Sami al-Haj освобождён.')).toEqual(['Sami al-Haj|PER']);
  });

  it('a known name keeps its id: France-Presse is the agency', () => {
    const afp = annotator
      .annotate(russian('Об этом сообщает France-Presse.'), 'ru')
      .mentions.find((m) => m.text === 'France-Presse');
    expect(afp?.id).toBe('Q40464');
  });

  it('a name glued to a number is a code, no body', () => {
    expect(latin('Он сдал тест на коронавирус SARS-CoV-2, а Hewlett-Packard выпустила модель.')).toEqual([
      'Hewlett-Packard|ORG',
    ]);
  });

  it('a body’s last word outweighs a given name; a Latin word opening a sentence is still a name', () => {
    expect(latin('Группа записала в Island Records плёнку. Forbes уточняет это.')).toEqual([
      'Island Records|ORG',
      'Forbes|ORG',
    ]);
  });

  it('a lone Latin letter names nothing, nor does a unit of memory', () => {
    expect(latin('Перегрузка дошла до 8 G, а турниры A, B и C прошли без IBM.')).toEqual(['IBM|ORG']);
    const units = annotator.annotate(russian('Телефон получил 8 ГБ памяти.'), 'ru').mentions;
    expect(units).toEqual([]);
  });

  it('is a body’s in quotes, after a word for a body, or when its last word is an English word', () => {
    expect(latin("Он играл за ''Phoenix Coyotes'', а редакция журнала Charlie Hebdo пострадала.")).toEqual([
      'Phoenix Coyotes|ORG',
      'Charlie Hebdo|ORG',
    ]);
    expect(latin('Об этом сообщает Daily Mirror со ссылкой на полицию.')).toEqual(['Daily Mirror|ORG']);
    // a day of the week before a paper's word names the paper
    expect(latin('Британская газета Sunday Times поместила его на первое место.')).toEqual([
      'Sunday Times|ORG',
    ]);
  });

  it('a given name still makes a person without those signs, and so it does in brackets', () => {
    expect(latin('Об этом сообщил Charlie Hebdo на встрече.')).toEqual(['Charlie Hebdo|PER']);
    expect(latin('Финансовым директором был Гидеон Ю (Gideon Yu) до весны.')).toEqual(['Gideon Yu|PER']);
  });
});

describe('a Latin original in brackets after a quoted name', () => {
  const read = (text: string) => annotator.annotate(russian(text), 'ru').mentions;

  it('is the quoted name’s, with its type and id', () => {
    const [name, original] = read('Он работал в компании «Каспийский трубопровод» (Caspian Pipeline) долго.');
    expect(name?.text).toBe('Каспийский трубопровод');
    expect(original?.text).toBe('Caspian Pipeline');
    expect(original?.type).toBe(name?.type);
    expect(original?.id).toBe(name?.id);
  });

  it('names nothing when the quoted name names nothing', () => {
    const texts = [
      'Он снялся в триллере «Цель номер один» (Zero Dark Thirty) и в комедии.',
      'Сериал «Доктор Кто» (Doctor Who) продлили.',
    ];
    for (const text of texts) expect(read(text).map((m) => m.text)).toEqual([]);
  });
});
