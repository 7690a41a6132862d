import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const bodies = (text: string) =>
  annotator
    .annotate(text, 'ru', nerelOptions)
    .mentions.filter((m) => m.type === 'ORG')
    .map((m) => m.text);

describe('bodies named with the region they serve, in NEREL’s convention', () => {
  it('marks a body with "по" and a region or a city as its office there, around the two', () => {
    expect(bodies('Его доставили в УФСБ по Пермскому краю.')).toEqual(['УФСБ по Пермскому краю', 'УФСБ']);
    expect(bodies('Сообщение поступило в МЧС России по Архангельской области.')).toEqual([
      'МЧС России по Архангельской области',
      'МЧС России',
      'МЧС',
    ]);
  });

  it('goes on through "и" to a second region', () => {
    expect(bodies('Об этом сообщило МВД России по Санкт-Петербургу и Ленинградской области.')).toContain(
      'МВД России по Санкт-Петербургу и Ленинградской области',
    );
  });

  it('leaves a country after "по" outside: the body’s view on it, no office', () => {
    expect(bodies('Позиция МИД России по Сирии не изменилась.')).toEqual(['МИД России', 'МИД']);
  });
});

describe('a body named as part of another, in NEREL’s convention', () => {
  it('chains a directorate’s acronym with the longest body after it, and does not mark it alone', () => {
    const found = bodies('В ГУ МВД России по Москве уточнили.');
    expect(found).toEqual(expect.arrayContaining(['ГУ МВД России по Москве', 'МВД России по Москве']));
    expect(found).not.toContain('ГУ');
  });

  it('keys a chain of two known bodies by its words', () => {
    const id = (text: string, name: string) =>
      annotator.annotate(text, 'ru', nerelOptions).mentions.find((m) => m.text === name)?.id;
    const house = 'Палаты представителей Конгресса США';
    expect(id(`Депутат ${house} выступил.`, house)).toBe('x:cmbr.kngrs.prdstftl.us');
    const africa = 'Департамента Африки МИД России';
    expect(id(`Ответ ${africa} получен.`, africa)).toMatch(/^x:dprtmnt\..*frgn\..*mnstr\.ru$/);
  });

  it('marks a first body in lower case only with the body it belongs to', () => {
    expect(bodies('Закон приняли в нижней палате парламента.')).toEqual([
      'нижней палате парламента',
      'парламента',
    ]);
    expect(bodies('Он работал в Русской службе «Голоса Америки».')).not.toContain('Русской службе');
    // a name in capitals throughout and a body the knowledge base knows stand on their own too
    expect(bodies('Ответ Департамента Африки МИД России получен.')).toContain('Департамента Африки');
    expect(bodies('Депутат Палаты представителей Конгресса США выступил.')).toContain(
      'Палаты представителей',
    );
  });

  it('marks a body’s acronym inside a longer name, with its country and alone', () => {
    expect(bodies('Директор департамента коммуникации МВД Украины сообщал.')).toEqual(
      expect.arrayContaining(['МВД Украины', 'МВД']),
    );
    expect(bodies('Он окончил Высшую Краснознаменную школу КГБ СССР.')).toEqual(
      expect.arrayContaining(['КГБ СССР', 'КГБ']),
    );
    // a school's acronym after its name is no body of its own
    expect(bodies('Пришли ученики Дубенской СОШ.')).not.toContain('СОШ');
  });

  it('chains a unit named with its place with the body after it', () => {
    expect(bodies('Ответ Департамента Африки МИД России получен.')).toContain(
      'Департамента Африки МИД России',
    );
  });

  it('marks a unit with the longest body after it, and with a body said whose it is', () => {
    const press = bodies('В пресс-службе ГУ МВД России по Москве уточнили подробности.');
    expect(press).toContain('пресс-службе ГУ МВД России по Москве');
    expect(press).not.toContain('пресс-службе ГУ');
    expect(bodies('Об этом говорится со ссылкой на пресс-службу правительства России.')).toContain(
      'пресс-службу правительства России',
    );
    // a unit may open a paragraph
    expect(bodies('Так говорится в пресс-релизе.\n\nПресс-служба МВД сообщила о расследовании.')).toContain(
      'Пресс-служба МВД',
    );
    // a common noun alone is no body for a unit to belong to
    expect(bodies('Представитель пресс-службы правительства сказал.')).toEqual(['правительства']);
  });

  it('marks a unit whose field stands between it and the body, and a central office', () => {
    expect(bodies('Проверку проводит управление собственной безопасности ФСБ.')).toContain(
      'управление собственной безопасности ФСБ',
    );
    expect(bodies('Позже его передали в центральный аппарат СК РФ.')).toContain('центральный аппарат СК РФ');
    // "при" is no field: az also reads it as an old noun in the genitive
    expect(bodies('Он был советником постоянного представительства при ООН.')).toEqual(['ООН']);
  });

  it('marks the investigative committee written in lower case', () => {
    expect(bodies('А следственный комитет России проводит проверку.')).toContain(
      'следственный комитет России',
    );
  });

  it('keeps a known body opening a sentence under its knowledge-base id', () => {
    const first = annotator
      .annotate('Следственный комитет России возбудил дело.', 'ru', nerelOptions)
      .mentions.find((m) => m.text === 'Следственный комитет России');
    expect(first?.id).toBe('Q2577002');
  });
});

describe('what is left of a body without its place, in NEREL’s convention', () => {
  const read = (text: string) =>
    annotator.annotate(text, 'ru', nerelOptions).mentions.map((m) => `${m.text}|${m.type}`);

  it('leaves no name ending in an adjective of the place', () => {
    expect(read('Его судил Международный трибунал по бывшей Югославии.')).toEqual([
      'Международный трибунал по бывшей Югославии|ORG',
      'Югославии|LOC',
    ]);
  });

  it('reads a place of two words in the genitive as one place', () => {
    expect(read('Главу администрации Сергиева Посада Евгения Душко ранили.')).toEqual([
      'администрации Сергиева Посада|ORG',
      'Сергиева Посада|LOC',
      'Евгения Душко|PER',
    ]);
  });

  it('leaves no union, federation or library whose name holds its country', () => {
    expect(bodies('Он член Союза художников России и Федерации футбола Португалии.')).toEqual([
      'Союза художников России',
      'Федерации футбола Португалии',
    ]);
    // (a ministry is its country's: the body alone is a name too)
    expect(bodies('Глава Министерства юстиции Австрии заявил.')).toEqual([
      'Министерства юстиции Австрии',
      'Министерства юстиции',
    ]);
  });
});

describe('a parliament with its convocation, in NEREL’s convention', () => {
  it('marks the two around a convocation by number, and the body alone', () => {
    expect(bodies('Он был депутатом Госдумы шестого созыва.')).toEqual(['Госдумы шестого созыва', 'Госдумы']);
    expect(bodies('Депутат Государственной думы четвёртого и пятого созывов.')).toContain(
      'Государственной думы четвёртого и пятого созывов',
    );
  });

  it('leaves a convocation by any other word outside', () => {
    expect(bodies('Депутаты Думы нового созыва собрались.')).toEqual(['Думы']);
  });
});

describe('a known body named with its country, in NEREL’s convention', () => {
  it('marks its shorter known name inside as well, under the same id', () => {
    const mentions = annotator.annotate(
      'Депутаты Верховной Рады Украины проголосовали.',
      'ru',
      nerelOptions,
    ).mentions;
    const ids = mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    const whole = mentions.find((m) => m.text === 'Верховной Рады Украины');
    expect(whole?.id).toMatch(/^Q/);
    expect(ids).toContain(`Верховной Рады|ORG|${whole?.id}`);
    expect(bodies('Сотрудники Госдепартамента США приехали.')).toEqual([
      'Госдепартамента США',
      'Госдепартамента',
    ]);
    // a known name that is not a body's without its place stays whole
    expect(bodies('Радио Голос Америки сообщило.')).toEqual(['Голос Америки']);
  });
});

describe('a prize named after a person, in NEREL’s convention', () => {
  const people = (text: string, options = nerelOptions) =>
    annotator
      .annotate(text, 'ru', options)
      .mentions.filter((m) => m.type === 'PER')
      .map((m) => m.text);

  it('marks the adjective of the name as the person, before a prize only', () => {
    expect(people('Он получил Нобелевскую премию мира.')).toEqual(['Нобелевскую']);
    expect(people('Лауреат Абелевской премии выступил.')).toEqual(['Абелевской']);
    expect(people('Нобелевский комитет промолчал.')).toEqual([]);
    // the app does not read a person there
    expect(people('Он получил Нобелевскую премию мира.', {})).toEqual([]);
  });
});
