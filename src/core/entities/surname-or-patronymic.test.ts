import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en' = 'ru') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.id}|${m.name.en}`);

describe('a surname that ends like a patronymic', () => {
  it('keys the person by given name and surname, as the English spelling and the surname alone are', () => {
    const [full, alone] = read('Александр Лукашевич заявил. Лукашевич отметил, что это так.');
    const [english] = read('Alexander Lukashevich said so.', 'en');
    const id = english?.split('|')[1] ?? '';
    expect(id).toMatch(/^x:/);
    expect(full).toBe(`Александр Лукашевич|${id}|Aleksandr Lukashevich`);
    expect(alone).toBe(`Лукашевич|${id}|Aleksandr Lukashevich`);
  });

  it('is a surname after a woman’s given name, where the dictionary knows it as one or no name makes it', () => {
    const [julia, dmitry] = read('Юлия Лукашевич и Дмитрий Шостакович выступили.');
    expect(julia).toMatch(/^Юлия Лукашевич\|x:\S+\|Yuliya Lukashevich$/);
    expect(dmitry).toMatch(/^Дмитрий Шостакович\|x:\S+\|Dmitry Shostakovich$/);
    // and where it is made of no given name: "Шуневич" is no son of a "Шун"
    expect(read('Министр Игорь Шуневич заявил.')).toEqual([expect.stringMatching(/\|Igor Shunevich$/)]);
  });

  it('is still a patronymic between a given name and a surname, or after a given name alone', () => {
    expect(read('Иван Петрович Сидоров заявил.')).toEqual([expect.stringMatching(/\|Ivan Sidorov$/)]);
    expect(read('Иван Петрович отметил.')).toEqual([expect.stringMatching(/^Иван Петрович\|x:\S+\|Ivan$/)]);
    expect(read('Асламбек Андарбекович пришёл.')).toEqual([expect.stringMatching(/\|Aslambek$/)]);
    // a family's line named by the patronymic in the plural is no surname said alone
    const [prince] = read('Он родился на вилле князя Петра Николаевича, из ветви «Николаевичей».');
    expect(prince).toMatch(/^Петра Николаевича\|x:\S+\|Pyotr$/);
  });
});

describe('a Kazakh father’s name with "улы" or "кызы"', () => {
  it('is the surname where it ends the name, alone too, and a hajji’s title stays inside it', () => {
    const [full, alone] = read('Выступил муфтий Ерлан кажы Сейтказыулы. «Мы готовы», – заявил Сейтказыулы.');
    const [english, englishAlone] = read('Mufti Yerlan kazhy Seitkazyuly spoke. Seitkazyuly said so.', 'en');
    const id = english?.split('|')[1] ?? '';
    expect(id).toMatch(/^x:\S+\.\S+$/);
    expect(full).toBe(`Ерлан кажы Сейтказыулы|${id}|Yerlan kazhy Seytkazyuly`);
    expect(alone?.split('|')[1]).toBe(id);
    expect(englishAlone?.split('|')[1]).toBe(id);
    expect(read('Айгуль Жумабайкызы выступила.')).toEqual([expect.stringMatching(/\|Aygul Zhumabaykyzy$/)]);
    // (not a common word that only ends so: "Формулы-1")
    expect(read('Чемпион Формулы-1 Михаэль Шумахер упал. Он выступал в Формуле-1.')).toEqual([
      expect.stringMatching(/^Михаэль Шумахер\|/),
    ]);
  });

  it('still takes a correction made on the given name’s id, which keyed such a name before', () => {
    const [named] = annotator.annotate('Выступил Ерлан Сейтказыулы.', 'ru').mentions;
    const [given] = annotator.annotate('Выступил Ерлан.', 'ru').mentions;
    expect(named?.id).not.toBe(given?.id);
    expect(named && annotator.formerIdsOf(named)).toContain(given?.id);
  });

  it('is a patronymic between a given name and a surname', () => {
    expect(read('Касым-Жомарт Кемелулы Токаев выступил.')).toEqual([
      'Касым-Жомарт Кемелулы Токаев|tokayev|Kassym-Jomart Tokayev',
    ]);
  });
});

describe('a patronymic', () => {
  it('with the given name alone is the person the text named in full with them', () => {
    const [full, polite, dative, other] = read(
      'Иван Петрович Сидоров заявил. Иван Петрович отметил, что Ивану Петровичу и Ивану Сергеевичу пора.',
    );
    const id = full?.split('|')[1] ?? '';
    expect(polite).toBe(`Иван Петрович|${id}|Ivan Sidorov`);
    expect(dative).toBe(`Ивану Петровичу|${id}|Ivan Sidorov`);
    // (another father's son is someone else)
    expect(other).toMatch(/^Ивану Сергеевичу\|x:\S+\|Ivan$/);
    expect(other).not.toContain(id);
  });

  it('is a woman’s in every case, and the names shown are hers', () => {
    expect(read('Мы встретили Анну Петровну Смирнову и Анной Петровной Смирновой.')).toEqual([
      expect.stringMatching(/^Анну Петровну Смирнову\|x:\S+\|Anna Smirnova$/),
      expect.stringMatching(/^Анной Петровной Смирновой\|x:\S+\|Anna Smirnova$/),
    ]);
    expect(read('Письмо Натальи Ивановны пришло.')).toEqual([expect.stringMatching(/\|Natalya$/)]);
    // (a given name the dictionary also reads as a man's genitive: Марина of Марин)
    expect(read('Марина Филипповна Ходорковская выступила.')).toEqual([
      expect.stringMatching(/\|Marina Khodorkovskaya$/),
    ]);
  });

  it('gives the sex and case of the given name before it', () => {
    expect(read('Памятник Александра Васильевича Суворова стоит.')).toEqual([
      expect.stringMatching(/\|Aleksandr Suvorov$/),
    ]);
    expect(read('Письмо Александры Семёновны пришло.')).toEqual([expect.stringMatching(/\|Aleksandra$/)]);
  });

  it('keeps a known person’s surname after it as the namesake’s', () => {
    // (Игорь Иванов is in the knowledge base; Сергей Петрович Иванов is not he)
    const [person] = read('Вчера Сергей Петрович Иванов пришёл.');
    expect(person).toMatch(/^Сергей Петрович Иванов\|x:\S+\|Sergey Ivanov$/);
  });
});

describe('a known person’s given name and patronymic', () => {
  const ids = (text: string) => read(text).map((m) => m.split('|').slice(0, 2).join('|'));

  it('before another surname start a namesake’s full name, and alone are that namesake', () => {
    const [full, polite] = read('Владимир Владимирович Кузнецов прибыл. Владимир Владимирович отметил.');
    const id = full?.split('|')[1] ?? '';
    expect(full).toMatch(/^Владимир Владимирович Кузнецов\|x:\S+\|Vladimir Kuznetsov$/);
    expect(polite).toBe(`Владимир Владимирович|${id}|Vladimir Kuznetsov`);
    // (and without a namesake they are the known person)
    expect(ids('Путин прибыл. Владимир Владимирович отметил.')).toEqual([
      'Путин|Q7747',
      'Владимир Владимирович|Q7747',
    ]);
    // (another known person named in full with them: Makei, not Putin)
    expect(ids('Владимир Владимирович Макей прибыл. Владимир Владимирович отметил.')).toEqual([
      'Владимир Владимирович Макей|makei',
      'Владимир Владимирович|makei',
    ]);
  });

  it('come from the knowledge base’s full names, also where the surname ends like a patronymic', () => {
    expect(ids('Сергей Семёнович открыл парк.')).toEqual(['Сергей Семёнович|Q319497']);
    expect(ids('Вчера Виктор Фёдорович уехал.')).toEqual(['Виктор Фёдорович|Q1459658']);
    // ("Януковича" is his surname, not a patronymic: Кернес is someone else)
    expect(ids('Виктора Януковича Кернес поддержал.')).toEqual([
      'Виктора Януковича|Q1459658',
      expect.stringMatching(/^Кернес\|x:/),
    ]);
  });

  it('after a surname are one name, in the official order', () => {
    const [decree, polite] = read('Назначить Иванова Сергея Петровича министром. Сергей Петрович согласен.');
    const id = decree?.split('|')[1] ?? '';
    expect(decree).toMatch(/^Иванова Сергея Петровича\|x:\S+\|Sergey Ivanov$/);
    expect(polite).toBe(`Сергей Петрович|${id}|Sergey Ivanov`);
    expect(read('Уволить Суркову Зою Антоновну.')).toEqual([
      expect.stringMatching(/^Суркову Зою Антоновну\|x:\S+\|Zoya Surkova$/),
    ]);
  });
});
