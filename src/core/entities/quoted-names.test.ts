import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions, type RecognizeOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, options?: RecognizeOptions) =>
  annotator.annotate(text, 'ru', options).mentions.map((m) => `${m.text}|${m.type}`);

describe('quoted names in Russian, read by the noun before them', () => {
  it('after a noun for a body, a city or a given name in quotes is the organisation', () => {
    expect(read('Полузащитник перешёл в клуб «Барселона» летом.')).toEqual(['Барселона|ORG']);
    expect(read('Он основал группу «Ленинград» в девяностых.')).toEqual(['Ленинград|ORG']);
    expect(read('Участок отняли у садового товарищества «Глиссада».')).toEqual(['Глиссада|ORG']);
    expect(read('По данным сообщества «Плохие новости», погибли двое.')).toEqual(['Плохие новости|ORG']);
  });

  it('read flat, a capitalised head noun before a quoted name is no body of its own', () => {
    const text = 'Глава Фонда «Сколково» выступил. Фонд поддержал проект Банка «Открытие».';
    expect(read(text)).toEqual(['Сколково|ORG', 'Открытие|ORG']);
    // (NEREL marks the head and the name together, and the name inside)
    expect(read(text, nerelOptions)).toContain('Фонда «Сколково»|ORG');
    // (a legal form of Kazakhstan's holdings is no part of the name the reader follows)
    expect(read('Руководители НУХ «Байтерек» и НК «КазМунайГаз».')).toEqual([
      'Байтерек|ORG',
      'КазМунайГаз|ORG',
    ]);
  });

  it('reads a list after a colon by the noun before the colon', () => {
    expect(read('Выступал за команды: «Бенеттон», «Минарди» и «Мерседес».')).toEqual([
      'Бенеттон|ORG',
      'Минарди|ORG',
      'Мерседес|ORG',
    ]);
    // (a work's noun makes the list titles: no place in them)
    expect(read('Похищены картины: «Ватерлоо» и «Лондон».')).toEqual([]);
  });

  it('a medicine or a work the text named once stays one when quoted again with no noun', () => {
    const text =
      'Врач прописал певцу анестетик «Пропофол» для сна. Эксперты подтвердили, что «Пропофол» ' +
      'применяют только в операционных.';
    expect(read(text)).toEqual([]);
    // (a body's name quoted after a noun for a body stays the body's)
    expect(read('Он перешёл в клуб «Барселона». Там «Барселона» его ждала.')).toEqual([
      'Барселона|ORG',
      'Барселона|ORG',
    ]);
  });

  it('a known place in quotes after a port, a cosmodrome or a complex is that place', () => {
    const ids = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    expect(ids('Зерно пойдёт через сухой порт «Хоргос».')).toEqual(['Хоргос|khorgos']);
    expect(ids('Россия арендует комплекс «Байконур».')).toEqual(['Россия|Q159', 'Байконур|baikonur']);
    // (the site the noun and the name make, where the knowledge base knows it)
    expect(ids('Ракета стартовала с космодрома «Байконур».')).toEqual(['Байконур|baikonur-cosmodrome']);
  });

  it('a known site in quotes after a pipeline or a project is that site, not a work’s title', () => {
    const ids = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    expect(ids('Германия поддержала проект «Северный поток-2».')).toEqual([
      'Германия|Q183',
      'Северный поток-2|nord-stream-2',
    ]);
    expect(ids('Газ пошёл по газопроводу «Сила Сибири».')).toEqual(['Сила Сибири|power-of-siberia']);
    // (a project named after a country or a city is a work's title still)
    expect(ids('Проект «Москва» закрыт.')).toEqual([]);
  });

  it('a lone city in quotes that opens a sentence is a club’s or a company’s name too', () => {
    expect(read('«Ливерпуль» встретится с командой «Наполи».')).toEqual(['Ливерпуль|ORG', 'Наполи|ORG']);
    expect(read('Матч прошёл. «Ливерпуль» победил.')).toEqual(['Ливерпуль|ORG']);
    expect(read('Матч прошёл в Ливерпуле.')).toEqual(['Ливерпуле|LOC']);
  });

  it('a quoted name headed by a word for an event is an event, not a body', () => {
    const types = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => m.type);
    expect(read('Полиция задержала участников «Марша Голунова».')).toEqual(['Марша Голунова|EVENT']);
    expect(read('Программу приурочили к юбилейным «Шукшинским дням».')).toEqual(['Шукшинским дням|EVENT']);
    expect(types('Доренко спросил во время «Прямой линии с Владимиром Путиным».')).toContain('EVENT');
    expect(read('Партия «Новые люди» прошла в думу.')).toEqual(['Новые люди|ORG']);
  });

  it('a known event in quotes is that event, in any case, after a word for an event too, but not a film after it', () => {
    const ids = (text: string) =>
      annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    expect(ids('Фильм показали на «Сандэнсе».')).toEqual(['Сандэнсе|EVENT|sundance-film-festival']);
    expect(ids('Он победил на конкурсе «Евровидение».')).toEqual(['Евровидение|EVENT|Q276']);
    expect(ids('Он выступил на «Евровидении».')).toEqual(['Евровидении|EVENT|Q276']);
    expect(read('Вышел фильм «Олимпиада».')).toEqual([]);
  });

  it('a quoted court case is named by whom it is against, and the word for the case names nothing', () => {
    expect(read('Суд вернулся к «Делу ЮКОСа» и к «Делу Ходорковского».')).toEqual([
      'ЮКОСа|ORG',
      'Ходорковского|PER',
    ]);
  });

  it('a list of quoted titles after "среди которых" or "в том числе" is read by the noun before it', () => {
    expect(read('Он выпустил синглы, среди которых «Today», «Heaven» и «Such a Shame».')).toEqual([]);
    expect(read('Он играл в клубах, в том числе «Спартак» и «Зенит».')).toEqual(['Спартак|ORG', 'Зенит|ORG']);
  });

  it('after a post in a body, the quoted name is the body, with one id in every case', () => {
    expect(read('Он был замгендиректора «Уральской стали» до 2019 года.')).toEqual(['Уральской стали|ORG']);
    const id = (text: string) => annotator.annotate(text, 'ru').mentions[0]?.id;
    expect(id('Он был замгендиректора «Уральской стали».')).toBe(id('Завод «Уральская сталь» работает.'));
  });

  it('the title of a ship, a prize or a film is no organisation, but names inside it still count', () => {
    expect(read('Экипаж корабля «Союз ТМА-19» вернулся на Землю.')).toEqual([]);
    expect(read('Актриса получила премию «Золотой орёл» за роль.')).toEqual([]);
    expect(read('Режиссёр снял фильм «Я шагаю по Москве» в 1963 году.')).toEqual(['Москве|LOC']);
  });

  it('the name of a drug, an airfield or a residence in quotes is no organisation', () => {
    expect(read('Врач прописал певцу мощный анестетик «Пропофол» для сна.')).toEqual([]);
    expect(read('Больным раздавали лекарство «Арбидол» бесплатно.')).toEqual([]);
    expect(read('Самолёт упал близ аэродрома «Лахта».')).toEqual([]);
    expect(read('Папа улетел в загородную резиденцию «Кастель Гандольфо».')).toEqual([]);
    // (but a club's penalty area is the club's: "штрафной зоны «Брайтона»")
    expect(read('Он обогнал защитников у штрафной зоны «Брайтона».')).toEqual(['Брайтона|ORG']);
  });

  it('a title’s original in Latin letters, in brackets, names nothing either; a known name there does', () => {
    expect(read('Она написала свой первый роман «Шербенпарк» («Scherbenpark») по ночам.')).toEqual([]);
    expect(read('Он сыграл в фильме «Начинающие» (Beginners) вдовца.')).toEqual([]);
    expect(read('Вышел документальный фильм «Последний царь» (BBC) о семье.')).toEqual(['BBC|ORG']);
  });

  it('every item of a list of titles is a title, after "как" too', () => {
    expect(read('Покажут фильмы «Цирк», «Огни большого города» и «Барселона».')).toEqual([]);
    expect(read('Он пел такие песни, как «Москва», «Ты у меня одна» и «Домбайский вальс».')).toEqual([]);
    expect(read('Группа сыграла хиты «Today», «Talk Talk» и «It’s My Life» на бис, зал пел.')).toEqual([]);
  });

  it('with no noun before it, a city or a surname in quotes is a club or a company', () => {
    expect(read('Полузащитник перешёл в «Рому» из лондонского «Арсенала».')).toEqual([
      'Рому|ORG',
      'Арсенала|ORG',
    ]);
    // after a noun that says nothing of it, or a colon, a lone place in quotes is no plain place
    expect(read('Солистка «Ленинграда» ушла, на концерте «Ленинграда» её не было.')).toEqual([
      'Ленинграда|ORG',
      'Ленинграда|ORG',
    ]);
    expect(read('Он играл за чемпионов: «Милан» и «Барселону».')).toEqual(['Милан|ORG', 'Барселону|ORG']);
    // a road or a craft in quotes is no body either
    expect(read('На трассе «Байкал» после полёта «Колумбии» перевернулся автобус.')).toEqual([]);
  });

  it('a quoted name a text cites as its source is a body, whatever its words would be alone', () => {
    expect(read('Центр откроют при диспансере, пишет «Тамбовский меридиан».')).toEqual([
      'Тамбовский меридиан|ORG',
    ]);
    expect(read('По версии «Форбс» премьер богаче, чем он говорит.')).toEqual(['Форбс|ORG']);
    expect(read('По данным «Фонтанки», выручка выросла.')).toEqual(['Фонтанки|ORG']);
  });
});

describe('a quoted name read as a person’s', () => {
  it('is a body’s when it is one word, and names nothing when it is more', () => {
    expect(read('В составе «Бенфики» футболист стал чемпионом.')).toEqual(['Бенфики|ORG']);
    expect(read('Вышли фильмы: «Созвездие Козлотура» и другие.')).toEqual([]);
  });

  it('stays a person’s as a nickname inside a name or an alias', () => {
    expect(read('Физик Йоханнес Вильгельм «Ганс» Гейгер родился в Германии.')).toContain('Ганс|PER');
    expect(read('Боевик с позывным «Гиви» погиб.')).toEqual(['Гиви|PER']);
    expect(read('Его знали по прозвищу «Гиви» в городе.')).toEqual(['Гиви|PER']);
  });
});

describe('a quoted name with a year in brackets after it', () => {
  it('is a dated work, which names nothing', () => {
    expect(read('Её ролью стала Джейн Аврил в «Мулен Руже» (1952), потом в «Лили» (1953 год).')).toEqual([
      'Джейн Аврил|PER',
    ]);
  });

  it('unless the knowledge base knows it or a noun before it says it is a body', () => {
    expect(read('Он возглавил «Газпром» (2001) и ушёл.')).toEqual(['Газпром|ORG']);
    expect(read('Бывшая солистка группы «Блестящие» (1996—2003) выступила.')).toEqual(['Блестящие|ORG']);
  });
});
