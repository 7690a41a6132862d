import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../node/lexicon';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en' = 'ru') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}`);

const readEn = (text: string) => read(text, 'en');

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

  it('of two letters, or known, is one body with the name before its brackets that it shortens', () => {
    const ids = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    // (the place the name ends with gives no letter; the known acronym may add one, its country's)
    expect(ids('Верховный суд России (ВС) отменил приговор. Председатель ВС выступил.')).toEqual([
      'Верховный суд России|Q2622450',
      'ВС|Q2622450',
      'ВС|Q2622450',
    ]);
    expect(ids('Обыски провели сотрудники Следственного комитета (СКР).')).toEqual([
      'Следственного комитета|Q2577002',
      'СКР|Q2577002',
    ]);
    expect(ids('Фракция ЕР проголосовала.')).toEqual(['ЕР|Q151469']);
  });
});

describe('what the text says of an acronym or a repeated word', () => {
  it('an acronym spelled out as a body is that body, with its id; spelled out as a notion, nothing', () => {
    const found = annotator.annotate(
      'The Civil Aviation Authority (CAA) ruled on Monday. Later the CAA said more.',
      'en',
    ).mentions;
    expect(found.map((m) => `${m.text}|${m.type}`)).toEqual([
      'Civil Aviation Authority|ORG',
      'CAA|ORG',
      'CAA|ORG',
    ]);
    expect(new Set(found.map((m) => m.id)).size).toBe(1);
    expect(readEn('Cells make ROS [Reactive Oxygen Species] under stress, and the ROS harm them.')).toEqual(
      [],
    );
    expect(readEn('She was our Guest of the Week (GOTW) in May, and the GOTW page grew.')).toEqual([]);
  });

  it('the Five Star Movement and the Italian Episcopal Conference are known bodies, by any of their names', () => {
    const found = annotator.annotate(
      'Deputies of Movimento 5 Stelle (M5S) and the Italian Episcopal Conference objected.',
      'en',
    ).mentions;
    expect(found.map((m) => `${m.text}|${m.type}|${m.id}`)).toEqual([
      'Movimento 5 Stelle|ORG|five-star-movement',
      'M5S|ORG|five-star-movement',
      'Italian Episcopal Conference|ORG|italian-episcopal-conference',
    ]);
  });

  it('a known name that opens with a foreign article in lower case keeps it, with its id', () => {
    const found = annotator.annotate("He wrote for Italy's la Repubblica.", 'en').mentions;
    expect(found.map((m) => `${m.text}|${m.type}|${m.id}`)).toEqual([
      'Italy|LOC|Q38',
      'la Repubblica|ORG|la-repubblica',
    ]);
  });

  it('an abbreviation of a place without its last full stop is the place', () => {
    expect(readEn('Talks between Moscow and the U.S government, but the U.S would not agree.')).toEqual([
      'Moscow|LOC',
      'U.S|LOC',
      'U.S|LOC',
    ]);
  });

  it('a genus the text always names with its species is no organisation', () => {
    expect(
      readEn('We kept Lasius niger in jars. Then Lasius niger ate sugar, and Lasius niger thrived on it.'),
    ).toEqual([]);
  });
});

describe('an abbreviation of a time zone or an illness', () => {
  it('names no body, however it is written', () => {
    const text = 'It happened at 10:15 BST and 4 p.m. EDT. He has PTSD and said A.I. was O.K.';
    expect(readEn(text)).toEqual([]);
    expect(readEn('The UNHCR and MTS said so.')).toEqual(['UNHCR|ORG', 'MTS|ORG']);
    expect(read('Он страдает от ПТСР после войны.')).toEqual([]);
  });
});

describe('words in capitals', () => {
  // (with the English word list, which tells a shouted word from an acronym)
  let withWords: Annotator;
  beforeAll(async () => {
    withWords = await loadTestAnnotator(await loadLexicon());
  });

  it('reads a shouted phrase as no row of acronyms, keeping the names the knowledge base knows', () => {
    expect(
      read('Она написала: «СПАСИБО ЗА ПОДДЕРЖКУ МНОГИХ». ТОКАЕВ ПРОВЕЛ ПЕРЕГОВОРЫ С ПРЕЗИДЕНТОМ РФ.'),
    ).toEqual(['ТОКАЕВ|PER', 'РФ|LOC']);
    const shouted = 'She tweeted: "THANK YOU FOR STANDING UP TO THE MOB." NATO CHIEF VISITS KYIV.';
    expect(withWords.annotate(shouted, 'en').mentions.map((m) => `${m.text}|${m.type}`)).toEqual([
      'NATO|ORG',
      'KYIV|LOC',
    ]);
    // (acronyms side by side are no shouting: too few common words among them)
    expect(read('Об этом сообщили МИД РК, ООН и ОБСЕ.')).toEqual(['МИД РК|ORG', 'ООН|ORG', 'ОБСЕ|ORG']);
  });
});
