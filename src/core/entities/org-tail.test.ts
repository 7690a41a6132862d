import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';
import type { RecognizeOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, options?: RecognizeOptions) =>
  annotator.annotate(text, 'ru', options).mentions.map((m) => `${m.text}|${m.type}`);

describe('where a Russian body’s name ends', () => {
  it('goes on through a list of what the body is of, of its matters and of two adjectives’ noun', () => {
    expect(read('Её возглавил глава Федерации лесбиянок, геев и бисексуалов Аргентины.')).toEqual([
      'Федерации лесбиянок, геев и бисексуалов Аргентины|ORG',
    ]);
    expect(read('Заседание Комитета по регламенту и организации парламентской деятельности прошло.')).toEqual(
      ['Комитета по регламенту и организации парламентской деятельности|ORG'],
    );
    expect(read('Прибыли члены Национальной коалиции сирийских революционных и оппозиционных сил.')).toEqual([
      'Национальной коалиции сирийских революционных и оппозиционных сил|ORG',
    ]);
    // (not a list of bodies, nor a second body after "и")
    expect(read('Сотрудники Министерства юстиции, прокуратуры и судов собрались.')[0]).toBe(
      'Министерства юстиции|ORG',
    );
    expect(read('Учения провели Министерство обороны и армия.')).toEqual(['Министерство обороны|ORG']);
  });

  it('a name given in honour is part of the body’s name, initials and all', () => {
    expect(read('В 1954 году окончил Литературный институт им. А.М. Горького.')).toEqual([
      'Литературный институт им. А.М. Горького|ORG',
    ]);
    expect(read('Работала на заводе им. Серго Орджоникидзе.')).toEqual(['заводе им. Серго Орджоникидзе|ORG']);
    expect(read('Её госпитализировали в больницу имени Эдуарда VII.')).toEqual([
      'больницу имени Эдуарда VII|ORG',
    ]);
  });

  it('a body found as an acronym or in lower case goes on with the name it honours', () => {
    expect(read('Он умер в НИИ им. Склифосовского в Москве.')).toEqual([
      'НИИ им. Склифосовского|ORG',
      'Москве|LOC',
    ]);
    expect(read('Учился в училище при театре им. Моссовета.')).toEqual(['театре им. Моссовета|ORG']);
    // a prize is named in honour, not the body that awards it
    expect(read('Он лауреат Государственной премии РТ им. Г. Тукая.')).toEqual(['РТ|ORG', 'Г. Тукая|PER']);
    expect(read('Он выступил от имени Путина.')).toEqual(['Путина|PER']);
  });

  it('nested, the honoured person is marked inside the body, initials included', () => {
    const nested = read('Открылась выставка краеведческого музея имени И. Д. Воронина.', { nested: true });
    expect(nested).toContain('И. Д. Воронина|PER');
    expect(nested).toContain('музея имени И. Д. Воронина|ORG');
  });

  it('a reason, a second party or a place after the name leads out of it', () => {
    expect(read('Он намерен обратиться в Думу по поводу изменения законов.')).toEqual(['Думу|ORG']);
    // what a graduate studied, and what a body proposed, are no part of its name
    expect(read('Она окончила Московский университет управления по специальности дизайнер.')).toEqual([
      'Московский университет управления|ORG',
    ]);
    expect(read('Предложенные Центром частного права поправки касались ГК.')).toEqual([
      'Центром частного права|ORG',
    ]);
    const nerel = { nested: true, commonNounOrgs: true };
    expect(read('Два дня шли столкновения между полицией и рабочими.', nerel)).toEqual(['полицией|ORG']);
    expect(read('Центр ядерной медицины и мордовский могильник: обзор.')).toEqual([
      'Центр ядерной медицины|ORG',
    ]);
    expect(read('Его пьесы шли на сцене Театра сатиры в Москве.')).toEqual([
      'Театра сатиры|ORG',
      'Москве|LOC',
    ]);
  });

  it('a legal form before quotes opens another body: "Совет директоров | АО «Самрук-Қазына»"', () => {
    expect(read('Совет директоров АО «Самрук-Қазына» одобрил план.')).toEqual([
      'Совет директоров|ORG',
      'Самрук-Қазына|ORG',
    ]);
  });

  it('a hyphenated lower-case word of the tail is one word of the name', () => {
    expect(read('Председатель Российского союза евангельских христиан-баптистов выступил.')).toEqual([
      'Российского союза евангельских христиан-баптистов|ORG',
    ]);
    expect(read('С 1992 года он режиссёр Московского театра-студии, где играл и раньше.')).toEqual([
      'Московского театра-студии|ORG',
    ]);
  });

  it('a court’s name goes on with the town it serves after "г."', () => {
    expect(read('Заседание прошло в Останкинском районном суде г. Москвы в декабре.')).toEqual([
      'Останкинском районном суде г. Москвы|ORG',
    ]);
  });

  it('a field joined by "и" in the case of the one before it stays in the name', () => {
    expect(read('Министерство образования и науки России сообщило.')).toEqual([
      'Министерство образования и науки России|ORG',
    ]);
    expect(read('Он выдвигается от «Союза за республику и демократию».')).toEqual([
      'Союза за республику и демократию|ORG',
    ]);
  });

  it('a person’s name with a particle after the body is the person', () => {
    expect(read('Заявил лидер Всеобщего народного конгресса Файка аль-Саид.')).toEqual([
      'Всеобщего народного конгресса|ORG',
      'Файка аль-Саид|PER',
    ]);
  });

  it('nested, a person in the nominative after a government is the one who speaks, not its head', () => {
    const nerel = { nested: true, commonNounOrgs: true };
    expect(read('Так сказал глава российского правительства Владимир Путин.', nerel)).not.toContain(
      'российского правительства Владимир Путин|ORG',
    );
    expect(read('Отставку правительства Медведева приняли.', nerel)).toContain('правительства Медведева|ORG');
  });

  it('capitalised adjectives lead to the head, and a body named by an adjective and a noun joins it', () => {
    expect(read('Он работал в Центральном Академическом театре Российской Армии в Москве.')).toEqual([
      'Центральном Академическом театре Российской Армии|ORG',
      'Москве|LOC',
    ]);
  });

  it('a school, a library or a centre is named after a person in the genitive', () => {
    expect(read('Он выступил с лекцией в Университете Дьюка в 2005 году.')).toEqual([
      'Университете Дьюка|ORG',
    ]);
    expect(read('Его похоронили у Президентской библиотеки Рональда Рейгана.')).toEqual([
      'Президентской библиотеки Рональда Рейгана|ORG',
    ]);
    expect(read('Вчера умер президент Института Пушкина Виталий Костомаров.')).toEqual([
      'Института Пушкина|ORG',
      'Виталий Костомаров|PER',
    ]);
  });

  it('nested, the person a body is named after is marked inside it, and a word that names no one is not', () => {
    expect(read('Он выступил в Университете Дьюка.', { nested: true })).toEqual([
      'Университете Дьюка|ORG',
      'Дьюка|PER',
    ]);
    expect(read('Глава «Фонда Викимедиа» выступила.', { nested: true })).not.toContain('Викимедиа|PER');
  });

  it('a chamber or a government has no matter of its own after "по"; its committee does', () => {
    expect(read('Слушания в Сенате по утверждению кандидатуры начались.')).toEqual(['Сенате|ORG']);
    expect(read('Комитет Госдумы по обороне внёс законопроект.')).toEqual(['Комитет Госдумы по обороне|ORG']);
    expect(read('Сотрудники МВД по Москве задержали его.')).toEqual(['МВД по Москве|ORG']);
  });
});

describe('names joined by a hyphen or an ampersand in Russian text', () => {
  it('a body glued by a hyphen to a word that names no place is another body, with its own id', () => {
    const ids = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    const [subsidiary] = ids('Он работал в «ВТБ-Капитал» три года.');
    expect(subsidiary?.split('|')[0]).toBe('ВТБ-Капитал');
    expect(subsidiary).not.toBe(ids('Он работал в ВТБ три года.')[0]?.replace('ВТБ', 'ВТБ-Капитал'));
    expect(read('Дочерние «ЛУКОЙЛ-Когалымнефтегаз» и «ЛУКОЙЛ — Западная Сибирь».')).toEqual([
      'ЛУКОЙЛ-Когалымнефтегаз|ORG',
      'ЛУКОЙЛ|ORG',
      'Западная Сибирь|LOC',
    ]);
    expect(read('Прошли обыски в Гоголь-Центре.')).toEqual(['Гоголь-Центре|ORG']);
    expect(read('Он перешёл в «Спартак-Москва» летом.')).toEqual(['Спартак|ORG', 'Москва|LOC']);
  });

  it('Latin words on both sides of "&" name one firm, but two single letters do not', () => {
    expect(read('На показе Dolce & Gabbana она познакомилась с ним.')).toEqual(['Dolce & Gabbana|ORG']);
    expect(
      read('Руководитель подразделения Microsoft Entertainment & Devices ушёл из компании в прошлом году.'),
    ).toEqual(['Microsoft Entertainment & Devices|ORG']);
    expect(read('Расходы компании на R&D выросли.')).toEqual([]);
  });
});

describe('where a Russian body’s name starts and stops among other names', () => {
  it('before a person’s given name and surname', () => {
    expect(read('Во вторник глава МВД Владимир Колокольцев заявил об этом.')).toEqual([
      'МВД|ORG',
      'Владимир Колокольцев|PER',
    ]);
  });

  it('before "от" and before "в"/"на" with a common word, but not before a field', () => {
    expect(read('Судья Европейского суда по правам человека от России выступил.')).toEqual([
      'Европейского суда по правам человека|ORG',
      'России|LOC',
    ]);
    expect(read('Выступил пресс-секретарь Федеральной службы по надзору в сфере связи.')).toEqual([
      'Федеральной службы по надзору в сфере связи|ORG',
    ]);
  });

  it('where it starts: a noun the dictionary also reads as a rare adjective opens none', () => {
    expect(
      read('Новым главой крупнейшего управления полиции Соединённого Королевства стала Крессида Дик.'),
    ).toEqual(['Соединённого Королевства|LOC', 'Крессида Дик|PER']);
    // an adjective used as a noun ("военный") still joins the name
    expect(read('Его сменит командующий войсками Сибирского военного округа.')).toEqual([
      'Сибирского военного округа|LOC',
    ]);
    // nor a word the dictionary only guesses is an adjective, without an adjective's ending
    expect(read('По делу Кировлеса суд вынес приговор.')).toEqual([]);
  });

  it('a name ends before a city someone goes to, and no part of a name ends with a preposition', () => {
    expect(read('Глава японского МИДа в Москву не приедет.')).toEqual(['МИДа|ORG', 'Москву|LOC']);
    const nested = read('Суд в Италии приговорил его.', { nested: true });
    expect(nested).toEqual(['Суд в Италии|ORG', 'Италии|LOC']);
  });

  it('a body’s name takes the country of the body inside it and a "по" tail after it', () => {
    expect(read('Он окончил аспирантуру Института языкознания АН СССР в Москве.')).toEqual([
      'Института языкознания АН СССР|ORG',
      'Москве|LOC',
    ]);
    expect(read('Проверку начало Главное управление МВД России по Нижегородской области.')).toEqual([
      'Главное управление МВД России по Нижегородской области|ORG',
    ]);
  });

  it('a body’s name ends before a foreign person’s name the dictionary does not know', () => {
    expect(read('Глава японского МИДа Сэйдзи Маэхара отметил это.')).toEqual([
      'МИДа|ORG',
      'Сэйдзи Маэхара|PER',
    ]);
    expect(read('Главное управление МВД России по Нижегородской области начало проверку.')).toEqual([
      'Главное управление МВД России по Нижегородской области|ORG',
    ]);
  });

  it('a body’s name stops before the case it acts on and before a verb', () => {
    const nerel = { nested: true, commonNounOrgs: true };
    expect(read('Путин уволил двух генералов полиции по делу Голунова.', nerel)).toEqual([
      'Путин|PER',
      'полиции|ORG',
      'Голунова|PER',
    ]);
    expect(read('18 апреля полиция начала получать сообщения.', nerel)).toEqual(['полиция|ORG']);
    // a past tense that agrees with the head word, before its object
    expect(read('Генеральная прокуратура начала проверку.')).toEqual(['Генеральная прокуратура|ORG']);
    expect(read('Генеральная прокуратура начала расследование.')).toEqual(['Генеральная прокуратура|ORG']);
    expect(read('Комиссия по правам человека начала проверку.')).toEqual(['Комиссия по правам человека|ORG']);
    // (a word that can be such a verb but does not agree, or stands before a genitive, is the name's:
    // "дел" is also the masculine past of "деть", "времени" the imperative of "временить")
    expect(read('Управление дел сообщило об этом.')).toEqual(['Управление дел|ORG']);
    expect(read('Служба времени сообщила об этом.')).toEqual(['Служба времени|ORG']);
    expect(read('Ассоциация начала века провела выставку.')).toEqual(['Ассоциация начала века|ORG']);
  });

  it('a body’s name ends before a second body after "и" and before what the body owns', () => {
    expect(read('Футбольная ассоциация и профсоюз игроков поддержали это.')).toEqual([
      'Футбольная ассоциация|ORG',
    ]);
    expect(read('Здание предназначено для Конституционного суда комплекса зданий Сената.')).toContain(
      'Конституционного суда|ORG',
    );
    expect(read('Его назначили главой Госсовета страны вместо Рауля Кастро.')).toContain('Госсовета|ORG');
    // a field after "и" or a preposition stays in the name
    expect(read('Министерство образования и науки и Комитет по бюджету и налогам ответили.')).toEqual([
      'Министерство образования и науки|ORG',
      'Комитет по бюджету и налогам|ORG',
    ]);
    expect(read('Команда Феррари не подавала апелляцию.')).toEqual(['Феррари|ORG']);
    expect(read('Он работал в Министерстве образования и Рособрнадзоре.')).toEqual([
      'Министерстве образования|ORG',
      'Рособрнадзоре|ORG',
    ]);
  });

  it('a body’s name ends before a rank that opens a person’s name', () => {
    expect(read('Он назначил на пост главы МВД полковника Игоря Шуневича.')).toEqual([
      'МВД|ORG',
      'Игоря Шуневича|PER',
    ]);
  });

  it('a body’s name runs on through adjectives between a preposition and its noun', () => {
    expect(read('Председатель Комитета по иностранным делам прилетел.')).toEqual([
      'Комитета по иностранным делам|ORG',
    ]);
    expect(read('Он член совета при главном архитекторе города.')).toEqual([]);
    expect(read('Лидер Движения против нелегальной иммиграции выступил.')).toEqual([
      'Движения против нелегальной иммиграции|ORG',
    ]);
    expect(read('Исследователи Брукхейвенской национальной лаборатории сообщили.')).toEqual([
      'Брукхейвенской национальной лаборатории|ORG',
    ]);
  });

  it('a body’s name ends before an adjective that agrees with what follows it', () => {
    expect(read('Премия Американской киноакадемии лучшим фильмом досталась «Артисту».')).toEqual([
      'Американской киноакадемии|ORG',
    ]);
  });

  it('in NEREL’s convention a committee in lower case is a body with its matter, and its adjectives', () => {
    const nerel = { nested: true, commonNounOrgs: true };
    const text = 'Глава межведомственной комиссии по обеспечению безопасности выступил. Комиссия решила.';
    expect(read(text, nerel)).toEqual(['межведомственной комиссии по обеспечению безопасности|ORG']);
    expect(read('Вопрос передали комитету, и этот комитет отказался.', nerel)).toEqual([]);
    expect(read('Сотрудники администрации президента приехали.', nerel)).toEqual([
      'администрации президента|ORG',
    ]);
  });

  it('a body’s matter, or its adjectives, may be a list that ends with "и"', () => {
    expect(
      read('Бюро по контролю за оборотом алкоголя, табачных изделий и огнестрельного оружия начало.'),
    ).toEqual(['Бюро по контролю за оборотом алкоголя, табачных изделий и огнестрельного оружия|ORG']);
    expect(read('Рядом расположен Центр химической, биологической и ядерной обороны.')).toEqual([
      'Центр химической, биологической и ядерной обороны|ORG',
    ]);
    // a list that never reaches "и", or goes on to another body, is no part of the name
    expect(read('Комитет по обороне, заявил он, и другие.')).toEqual(['Комитет по обороне|ORG']);
    expect(read('Комитет по обороне, безопасности и Минфин.')).toEqual([
      'Комитет по обороне|ORG',
      'Минфин|ORG',
    ]);
  });

  it('a convocation is no part of the name, nor the adjective before it', () => {
    expect(read('Депутаты Думы нового созыва собрались.')).toEqual(['Думы|ORG']);
  });
});

describe('the field of a Russian body named after "по"', () => {
  it('takes a compound adjective and two adjectives of one noun', () => {
    expect(read('Ранее в Совете по американо-исламским отношениям заявили о проблеме.')).toEqual([
      'Совете по американо-исламским отношениям|ORG',
    ]);
    expect(read('Ранее в Совете по внешней и оборонной политике заявили о проблеме.')).toEqual([
      'Совете по внешней и оборонной политике|ORG',
    ]);
  });
});

describe('a country after a body and a person’s name after it', () => {
  it('is the body’s country though the lexicon spells a given name like it', async () => {
    const named = await loadTestAnnotator(lexiconOf(['pakistan', 'ishaq'], []));
    const found = named
      .annotate('Глава МИД Пакистана Исхак Дар заявил об этом.', 'ru')
      .mentions.map((m) => `${m.text}|${m.type}`);
    expect(found).toEqual(['МИД Пакистана|ORG', 'Исхак Дар|PER']);
  });
});
