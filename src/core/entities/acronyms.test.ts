import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en' = 'ru') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}`);

describe('an acronym the text defines', () => {
  it('shortens a common term when the words before its brackets are in lower case, and names nothing', () => {
    expect(
      read('Его считают беспилотным транспортным средством (БПТС). Водитель БПТС отвечает за всё.'),
    ).toEqual([]);
    expect(read('Telegram внесён в реестр организаторов распространения информации (ОРИ).')).toEqual([
      'Telegram|ORG',
    ]);
  });

  it('is a body’s name when the words it shortens are capitalised, or when the knowledge base knows it', () => {
    expect(read('В Дохе открылся Форум стран-экспортёров газа (ФСЭГ). Глава ФСЭГ выступил.')).toContain(
      'ФСЭГ|ORG',
    );
    // two letters are spelled by chance too often to say anything
    expect(read('Страны, входящие в его состав (ЕС), молчат.')).toContain('ЕС|ORG');
  });

  it('is the body or place its spelled-out name is, with the same id, wherever it stands alone', () => {
    const text = 'Пенсии в Северо-Кавказском федеральном округе (СКФО) выросли. Размер пенсии по СКФО вырос.';
    const found = annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    const id = found[0]?.split('|')[2];
    expect(found).toEqual([
      `Северо-Кавказском федеральном округе|LOC|${id}`,
      `СКФО|LOC|${id}`,
      `СКФО|LOC|${id}`,
    ]);
  });
});
