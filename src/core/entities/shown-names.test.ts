import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology } from '../../node/morphology';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { formerUnknownIds } from './unknown-ids';
import { correctedAnnotate } from './apply-corrections';
import { noMorphology, type Morphology } from './morphology';
import { nominativeName, oneShownName } from './shown-names';

let annotator: Annotator;
let morph: Morphology;

beforeAll(async () => {
  [annotator, morph] = await Promise.all([loadTestAnnotator(), loadMorphology()]);
});

/** The names the reader sees for the unknown bodies and places of a text, in its language and in the other. */
const shown = (text: string, lang: 'ru' | 'en') =>
  annotator
    .annotate(text, lang)
    .mentions.filter((m) => m.id.startsWith('x:') && m.type !== 'PER')
    .map((m) => `${m.name.ru ?? '-'} / ${m.name.en ?? '-'}`);

describe('the name shown for a body or a place the knowledge base does not know', () => {
  it('puts a Russian name’s head and its adjectives in the nominative, the rest as written', () => {
    expect(shown('Министерства обороны Армении сообщило об учениях.', 'ru')).toEqual([
      'Министерство обороны Армении / Ministry of Defence of Armenia',
    ]);
    expect(nominativeName('Национальной метеорологической службы', morph)).toBe(
      'Национальная метеорологическая служба',
    );
    expect(nominativeName('Детскую больницу Рэди', morph)).toBe('Детская больница Рэди');
    // a plural head, a participle that keeps its voice, "е" where the text writes no "ё"
    expect(nominativeName('Вооруженных сил РФ', morph)).toBe('Вооруженные силы РФ');
    // a hyphenated adjective keeps its first part
    expect(nominativeName('Северо-Кавказским военным округом', morph)).toBe(
      'Северо-Кавказский военный округ',
    );
  });

  it('puts an adjective in the masculine or neuter genitive in the nominative too', () => {
    // ("-ого" is three letters where the nominative's "-ый" is two)
    expect(nominativeName('Межправительственного совета', morph)).toBe('Межправительственный совет');
    expect(nominativeName('Международного центра промышленной кооперации', morph)).toBe(
      'Международный центр промышленной кооперации',
    );
  });

  it('keeps the written word where the dictionary would change it, with the nominative’s ending', () => {
    // az reads "высшего" as a form of "высокий", whose nominative is "высочайший"
    expect(nominativeName('Высшего совета партии', morph)).toBe('Высший совет партии');
    expect(nominativeName('высшую судебную инстанцию', morph)).toBe('Высшая судебная инстанция');
    expect(nominativeName('Пресс-служба в Ньянгези', noMorphology)).toBeNull();
    expect(shown('Решение приняли члены Высшего совета партии.', 'ru').join()).not.toMatch(/высочайш/i);
  });

  it('leaves a name in quotes and an acronym as written', () => {
    expect(shown('Лидеры партии «Народа свободы» и ГУВД по Москве обсудили это.', 'ru')).toEqual(
      expect.arrayContaining(['Народа свободы / Naroda svobody', 'ГУВД / GUVD']),
    );
    // one word in quotes beside a noun for a body is in the nominative, whatever the dictionary
    // guesses; after any other noun it is the body's genitive
    expect(shown('Лидер партии «Кадима» и глава компании «Уфанет» встретились.', 'ru')).toEqual([
      'Кадима / Kadima',
      'Уфанет / Ufanet',
    ]);
    expect(shown('Солистка «Ленинграда» ушла.', 'ru')).toEqual(['Ленинград / Leningrad']);
  });

  it('shows an English name as written, its small words kept', () => {
    expect(shown('He works at the Ministry of Foreign Affairs of Ruritania in Zenda.', 'en')).toEqual([
      '- / Ministry of Foreign Affairs of Ruritania',
      '- / Zenda',
    ]);
  });

  it('a correction made on the id an older version gave the body still applies', () => {
    // version 1 keyed a name by the skeletons of the words it was then shown with
    const [old] = formerUnknownIds('ORG', 'Министерство Оборона Армения');
    const annotate = correctedAnnotate(
      annotator,
      [{ kind: 'retype', id: old ?? '', type: 'LOC' }],
      () => undefined,
    );
    const [ministry] = annotate('Министерства обороны Армении сообщило об учениях.', 'ru').mentions;
    expect(ministry?.type).toBe('LOC');
    expect(ministry?.name.ru).toBe('Министерство обороны Армении');
  });
});

describe('one name for an unknown person named in several cases', () => {
  const ru = (...names: string[]) => oneShownName(names.map((n) => ({ ru: n })))?.ru ?? null;

  it('is the name whose surname the others extend by a case ending', () => {
    expect(ru('Эво Моралеса', 'Эво Моралес', 'Эво Моралесом')).toBe('Эво Моралес');
    expect(ru('Джейкоб Зумы', 'Джейкоб Зума')).toBe('Джейкоб Зума');
    expect(ru('Патрис Лумумбой', 'Патрис Лумумба')).toBe('Патрис Лумумба');
  });

  it('reads every word so, a soft stem too, where the given name is declined as well', () => {
    expect(ru('Мигелю Диас-Канелю', 'Мигель Диас-Канель', 'Мигеля Диас-Канеля')).toBe('Мигель Диас-Канель');
    expect(ru('Андрея Ламберта', 'Андрей Ламберт', 'Андреем Ламбертом')).toBe('Андрей Ламберт');
    // (no name has every word in the nominative)
    expect(ru('Мигелю Диас-Канелю', 'Мигеля Диас-Канеля')).toBeNull();
  });

  it('is none where the endings do not tell the declension, or the other words differ', () => {
    // "Шефера, Шеферу" fit Шефер as well as Шефера
    expect(ru('Томас Шефера', 'Томас Шеферу')).toBeNull();
    expect(ru('Томас Шефера', 'Томас Шефер')).toBe('Томас Шефер');
    expect(ru('Анна Зумы', 'Джейкоб Зума')).toBeNull();
  });

  it('is the one every mention of that person in a text shows, in both languages', () => {
    const found = annotator.annotate('Канцелярия Джейкоба Зумы заявила. Джейкоб Зума отказался.', 'ru');
    const names = found.mentions.map((m) => `${m.name.ru}/${m.name.en}`);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(1);
    expect(names[0]).toMatch(/^Джейкоб Зума\//);
  });

  it('is a woman’s, named by her surname alone, where one form of it is only a woman’s', () => {
    expect(ru('Ковальский', 'Ковальская')).toBe('Ковальская');
    const found = annotator.annotate('Ковальская выступила в суде. Ковальской задали вопросы.', 'ru');
    expect(found.mentions.map((m) => `${m.text}|${m.name.ru}|${m.name.en}`)).toEqual([
      'Ковальская|Ковальская|Kovalskaya',
      'Ковальской|Ковальская|Kovalskaya',
    ]);
    // (a man's "-ской" stays his)
    expect(annotator.annotate('Депутат Луговской выступил.', 'ru').mentions[0]?.name.ru).toBe('Луговской');
  });

  it('is a woman’s in "-ова" or "-ева" where a verb in the feminine past follows her name', () => {
    const shown = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => m.name.ru);
    expect(shown('Председатель комиссии Таалайгуль Шаршеева пояснила, что списки готовы.')).toEqual([
      'Таалайгуль Шаршеева',
    ]);
    // (a man's genitive, or a man the verb says is one, stays his)
    expect(shown('Адвокат Сергей Козлова сказал, что обжалует.')).toEqual(['Сергей Козлов']);
  });
});

describe('the English name of an unknown name written in the original in brackets', () => {
  const names = (text: string) => [
    ...new Set(annotator.annotate(text, 'ru').mentions.map((m) => `${m.name.ru} / ${m.name.en}`)),
  ];

  it('is the original as written, for every mention of that name', () => {
    expect(
      names('Его задержал Брендт Кристенсен (Brendt Christensen) в среду. Кристенсену грозит срок.'),
    ).toEqual(['Брендт Кристенсен / Brendt Christensen']);
    expect(names('Он работал в компании «Каспийский трубопровод» (Caspian Pipeline) долго.')).toEqual([
      'Каспийский трубопровод / Caspian Pipeline',
    ]);
  });

  it('keys a body by its original, as an English report does, but not by an acronym or another language', () => {
    const id = (text: string, lang: 'ru' | 'en', name: string) =>
      annotator.annotate(text, lang).mentions.find((m) => m.text === name)?.id;
    const russian = 'Грант выделил фонд «Открытое общество» (Open Society Foundation) в прошлом году.';
    const english = 'The grant came from the Open Society Foundation last year.';
    expect(id(russian, 'ru', 'Открытое общество')).toBe(id(english, 'en', 'Open Society Foundation'));
    // (a correction saved on the id it had before is found through the ids it had)
    const keyed = annotator.annotate(russian, 'ru').mentions[0];
    const before = id('Грант выделил фонд «Открытое общество» в прошлом году.', 'ru', 'Открытое общество');
    expect(keyed && annotator.formerIdsOf(keyed)).toContain(before);
    // (nor by an original in another language: an English report translates it)
    const spanish = 'Он учился в Университете Барселоны (Universidad de Barcelona) тогда.';
    expect(id(spanish, 'ru', 'Университете Барселоны')).toBe(
      id('Он учился в Университете Барселоны тогда.', 'ru', 'Университете Барселоны'),
    );
    const federation = 'Федерации немецкой промышленности';
    expect(id(`Об этом заявили в ${federation} (BDI) вчера.`, 'ru', federation)).toBe(
      id(`Об этом заявили в ${federation} вчера.`, 'ru', federation),
    );
  });

  it('keeps the ids a correction was saved on before', () => {
    const text = 'Заявление Министерства обороны Армении (Ministry of Defence of Armenia) вышло.';
    const [russian, original] = annotator.annotate(text, 'ru').mentions;
    expect(original?.name.en).toBe('Ministry of Defence of Armenia');
    const before = annotator.annotate('Заявление Министерства обороны Армении вышло.', 'ru').mentions[0];
    expect(russian && annotator.formerIdsOf(russian)).toEqual(before && annotator.formerIdsOf(before));
    expect(original && annotator.formerIdsOf(original)).toEqual(before && annotator.formerIdsOf(before));
  });
});
