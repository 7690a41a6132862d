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
});
