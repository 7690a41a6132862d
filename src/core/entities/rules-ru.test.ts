import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import type { RecognizeOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, options?: RecognizeOptions) =>
  annotator.annotate(text, 'ru', options).mentions.map((m) => `${m.text}|${m.type}`);

describe('a Latin spelling in brackets after a name', () => {
  it('takes the name’s type and its id', () => {
    const text = 'Брендт Кристенсен (Brendt Christensen) похитил студентку.';
    const mentions = annotator.annotate(text, 'ru').mentions;
    expect(mentions.map((m) => `${m.text}|${m.type}`)).toEqual([
      'Брендт Кристенсен|PER',
      'Brendt Christensen|PER',
    ]);
    expect(mentions[0]?.id).toBe(mentions[1]?.id);
  });

  it('stops at a comma and leaves brackets after ordinary words alone', () => {
    expect(
      read('Сеть поддержки выборов в Зимбабве (Zimbabwe Election Support Network, ZESN) сообщила.'),
    ).toContain('Zimbabwe Election Support Network|LOC');
    expect(read('Он купил гербицид (Roundup) в магазине.')).not.toContain('Roundup|PER');
  });
});

describe('foreign and run-together person names', () => {
  it('a one-letter or dictionary-word given name before an unknown surname', () => {
    expect(read('Он пережил жену Е Сяоин, дочь маршала.')).toEqual(['Е Сяоин|PER']);
    expect(read('Декан факультета Ма Лин и её команда.')).toEqual(['Ма Лин|PER']);
    expect(read('Судья ЕСПЧ Дмитрий Дедов сказал.')).toEqual(['ЕСПЧ|ORG', 'Дмитрий Дедов|PER']);
    expect(read('Встретились О Се Хун и У Тан.')).toEqual(['О Се Хун|PER', 'У Тан|PER']);
    // a preposition before a noun it governs opens a law's title, no name
    expect(read('Во исполнение Закона Кыргызской Республики О Правительстве Кыргызской Республики.')).toEqual(
      ['Кыргызской Республики|LOC', 'Правительстве Кыргызской Республики|ORG'],
    );
  });

  it('a surname after a form of address written short with a hyphen, whatever its length', () => {
    expect(read('Проблема, с которой сталкивается г-жа Мей, усугубилась.')).toEqual(['Мей|PER']);
    expect(read('Письмо передали г-ну Ри вчера.')).toEqual(['Ри|PER']);
  });

  it("a monarch's number after a word no dictionary knows makes a person's name", () => {
    expect(read('Причины смерти не сообщаются. Кигели V взошел на престол в 1959 году.')).toEqual([
      'Кигели V|PER',
    ]);
    expect(read('Король Свазиленда Мсвати III объявил о переименовании.')).toEqual([
      'Свазиленда|LOC',
      'Мсвати III|PER',
    ]);
  });

  it("after an Arab name's article in lower case, a word spelled like a place's is a man's name, article and all", () => {
    expect(read('Юноша клянется в преданности «халифу» аль-Багдади, утверждает источник.')).toEqual([
      'аль-Багдади|PER',
    ]);
    expect(read('Он прибыл в Багдад, потом в Эр-Рияд.')).toEqual(['Багдад|LOC', 'Эр-Рияд|LOC']);
  });

  it('a given name after a surname starts another person', () => {
    expect(read('Адвокат Александра Кокорина Андрей Ромашов прокомментировал решение.')).toEqual([
      'Александра Кокорина|PER',
      'Андрей Ромашов|PER',
    ]);
  });

  it('a place’s one-word name after a given name alone, in the same case, is a surname', () => {
    expect(read('Директор ФБР позвонил Джеймсу Коми, а Джек Лондон уехал.')).toEqual([
      'ФБР|ORG',
      'Джеймсу Коми|PER',
      'Джек Лондон|PER',
    ]);
    expect(read('Владимир Путин прилетел в Москву, Дмитрий Москве не звонил.')).toEqual([
      'Владимир Путин|PER',
      'Москву|LOC',
      'Дмитрий|PER',
      'Москве|LOC',
    ]);
  });

  it('a surname the text named in full stays the person where the dictionary reads it as a body', () => {
    const text = 'Равиль Мингазов вышел. Комиссия решила, что Мингазов свободен. Адвокаты Мингазова рады.';
    const found = annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    const id = found[0]?.split('|')[2];
    expect(found).toEqual([`Равиль Мингазов|PER|${id}`, `Мингазов|PER|${id}`, `Мингазова|PER|${id}`]);
  });
});

describe('a post that opens a sentence alone', () => {
  it('is the post, though a surname’s case form is spelled so too', () => {
    expect(read('Королева прибыла в Лондон.')).toEqual(['Лондон|LOC']);
    expect(read('Королевы не было на церемонии.')).toEqual([]);
    // (the surname, where the post's dictionary reading is only a plural)
    expect(read('Королев прибыл на космодром.')).toEqual(['Королев|PER']);
    expect(read('Памятник стоит у дома конструктора Королева.')).toEqual(['Королева|PER']);
  });
});

describe('places', () => {
  it('after "в", a word the dictionary knows nothing of is a place, even with a name’s ending', () => {
    expect(read('Она родилась в Наньпине, а он учился в Тусоне.')).toEqual(['Наньпине|LOC', 'Тусоне|LOC']);
    // a surname in the locative, a town in the case of where one goes; a person shot at stays one
    expect(read('Он родился в Козлове, а уехал в Ростов.')).toEqual(['Козлове|LOC', 'Ростов|LOC']);
    expect(read('Он стрелял в Иванова.').map((m) => m.split('|')[1])).toEqual(['PER']);
    // a capitalised word that after "в" reads only as a common noun's second locative ("в палу") is a
    // place, shown as written
    const palu = annotator.annotate('Людей эвакуировали в Палу.', 'ru').mentions;
    expect(palu.map((m) => `${m.text}|${m.type}|${m.name.ru}`)).toEqual(['Палу|LOC|Палу']);
  });

  it('the name after a settlement or region noun, even one that reads as a name', () => {
    expect(read('Кэтрин поехала в санаторий города Тусон вчера.')).toContain('Тусон|LOC');
    expect(read('Он родился в провинции Хунань в 1941 году.')).toEqual(['Хунань|LOC']);
    // a common word with a capital, a second word the dictionary knows as a place, a person after it
    expect(read('Он родился в деревне Вишнево, а жил в городе Сазерленд Спрингс.')).toEqual([
      'Вишнево|LOC',
      'Сазерленд Спрингс|LOC',
    ]);
    expect(read('Полиция сообщила, что в районе Статен-Айленд Фрэнки получил 6 пуль.')).toEqual([
      'Статен-Айленд|LOC',
      'Фрэнки|PER',
    ]);
    // an adjective names the place with its noun; a given name and a surname are who runs it
    expect(read('Тучи собрались в районе Чесапикского залива.')).toEqual(['Чесапикского залива|LOC']);
    expect(read('Глава района Николай Петров заявил об этом.')).toEqual(['Николай Петров|PER']);
  });

  it('an adjective before a place word makes a place, not a person', () => {
    expect(read('Он жил в Восточной Европе.')).toEqual(['Восточной Европе|LOC']);
    expect(read('Скандал затронул страны Латинской Америки.')).toEqual(['Латинской Америки|LOC']);
  });

  it('a capitalised word that agrees with the thing named after it is its adjective, not a person', () => {
    expect(read('Мечеть стоит на Храмовой горе, а его похоронят на Мироновой горе.')).toEqual([]);
    expect(read('Компания займётся освоением Штокмановского месторождения.')).toEqual([]);
    // and before a site's abbreviation, which has no case to agree in (the knowledge base's plants,
    // Rogun and Kambarata-1, are places: report-pairs.test.ts)
    expect(read('Строится Нурекская ГЭС, работы идут на Сангтудинской ГЭС-1.')).toEqual([]);
    // a verb, a preposition or a thing in another case after a surname leaves the person
    expect(read('Он передал Мироновой письмо, а Чайке дали заместителей.')).toEqual([
      'Мироновой|PER',
      'Чайке|PER',
    ]);
    expect(read('После ареста Милошевича в 2001 году всё изменилось.')).toEqual(['Милошевича|PER']);
  });

  it('in NEREL’s convention, place adjectives count, but a place holds no second place', () => {
    const nerel = { nested: true, placeAdjectives: true };
    const mark = (text: string) => read(text, nerel);
    expect(mark('Суд приговорил украинского солдата, а польская пресса промолчала.')).toEqual([
      'украинского|LOC',
      'польская|LOC',
    ]);
    expect(mark('В Кировоградской области и в Нижнем Новгороде.')).toEqual([
      'Кировоградской области|LOC',
      'Нижнем Новгороде|LOC',
    ]);
    // a place's prefix and its hyphen belong to the adjective, not a compound's first half
    expect(mark('Она лежит в лос-анджелесской больнице, а российско-американский диалог замер.')).toEqual([
      'лос-анджелесской|LOC',
      'американский|LOC',
    ]);
    expect(mark('Нью-йоркская фондовая биржа закрылась.')).toContain('Нью-йоркская|LOC');
  });
});

describe('organisation names in Russian', () => {
  it('a ministry inside a body’s name goes on with its own field', () => {
    expect(read('Комитет по делам молодёжи Министерства культуры и спорта провёл форум.')).toEqual([
      'Комитет по делам молодёжи Министерства культуры и спорта|ORG',
    ]);
    expect(read('Сотрудники Службы охраны Министерства внутренних дел задержали его.')).toEqual([
      'Службы охраны Министерства внутренних дел|ORG',
    ]);
  });

  it('an adjective before a body’s noun names it, a hyphenated adjective too', () => {
    expect(read('Он учился в Щукинском училище и в Харбинском военно-инженерном колледже.')).toEqual([
      'Щукинском училище|ORG',
      'Харбинском военно-инженерном колледже|ORG',
    ]);
    expect(read('Дело слушали в Никитинском суде.')).toEqual(['Никитинском суде|ORG']);
    // assemblies, commissions, coalitions, guilds, churches, armed forces and a city's metro
    expect(read('Он возглавлял Московский метрополитен, затем Сухопутные войска.')).toEqual([
      'Московский метрополитен|ORG',
      'Сухопутные войска|ORG',
    ]);
    expect(read('В Читинской епархии и в Национальной ассамблее сообщили.')).toEqual([
      'Читинской епархии|ORG',
      'Национальной ассамблее|ORG',
    ]);
  });

  it('an acronym the dictionary knows as a body’s, with or without a case ending, is one', () => {
    expect(read('Он поступил во ВГИК, потом учился во ВГИКе и служил в ВМС.')).toEqual([
      'ВГИК|ORG',
      'ВГИКе|ORG',
      'ВМС|ORG',
    ]);
  });

  it('a body named inside a body is one of its own, and nested it counts on its own', () => {
    const text =
      'Уволен начальник Управления по контролю за оборотом наркотиков Главного управления МВД по Москве.';
    expect(read(text)).toEqual([
      'Управления по контролю за оборотом наркотиков|ORG',
      'Главного управления МВД по Москве|ORG',
    ]);
    expect(read(text, { nested: true, chainedOrgs: true })).toContain(
      'Управления по контролю за оборотом наркотиков Главного управления МВД по Москве|ORG',
    );
    const legalForm = { nested: true, legalFormInOrg: true };
    expect(read('Он был учредителем ЗАО «Медиа-Мост» и гендиректором.', legalForm)).toEqual([
      'ЗАО «Медиа-Мост»|ORG',
      'Медиа-Мост|ORG',
    ]);
    expect(read('Он выступит с Симфоническим оркестром Метрополитен-оперы в мае.')).toEqual([
      'Симфоническим оркестром Метрополитен-оперы|ORG',
    ]);
    // the end of a name after its capitalised adjective is no body of its own
    expect(read('Он говорил о том, что Русская Православная Церковь молчит.', { nested: true })).toEqual([
      'Русская Православная Церковь|ORG',
    ]);
  });

  it('a name that opens with figures is one word, but a number and its unit are not', () => {
    expect(read('HP купила производителя сетевого оборудования 3Com за 2,7 млрд долларов.')).toEqual([
      'HP|ORG',
      '3Com|ORG',
    ]);
    expect(read('Скорость сетей 5G выросла до 10 Гбит.')).toEqual([]);
  });

  it('a one-word ministry is read by its prefix, but no being or adjective is', () => {
    expect(read('Об этом сообщили Минздрав и Мосгорсуд.').map((m) => m.split('|')[1])).toEqual([
      'ORG',
      'ORG',
    ]);
    expect(read('Он сказал: «Пусть Господь утешит его».')).toEqual([]);
    expect(read('Это предусмотрено вступившему в силу Федеральному закону.')).toEqual([]);
  });

  it('a word for a kind of body is the body’s name after "в" and with a surname’s ending too', () => {
    expect(read('Президент поручил Кабмину утвердить протокол.')).toEqual(['Кабмину|ORG']);
    expect(read('Он служил в Нацгвардии. Погранслужба будет проверять визы.')).toEqual([
      'Нацгвардии|ORG',
      'Погранслужба|ORG',
    ]);
    // a word the dictionary knows opens a sentence in capitals without naming anything
    expect(read('Комитет собрался в среду.')).toEqual([]);
  });

  it('a Latin letter that looks like a Cyrillic one inside a Russian word is read as the Cyrillic one', () => {
    // "Католичеcкой" with a Latin "c"
    const text = 'Он был среди лидеров Католичеcкой церкви.';
    expect(text).toMatch(/[a-z]/);
    expect(read(text)).toEqual(['Католичеcкой церкви|ORG']);
  });

  it('a military unit’s number is part of its name', () => {
    expect(read('Войска 1-го Украинского фронта вышли к Эльбе.')).toEqual([
      '1-го Украинского фронта|ORG',
      'Эльбе|LOC',
    ]);
    const nerel = { nested: true, commonNounOrgs: true };
    expect(read('Они встретились с войсками 1-й армии США.', nerel)).toEqual([
      '1-й армии США|ORG',
      '1-й армии|ORG',
      'США|LOC',
    ]);
    expect(read('Он воевал в составе 2-й танковой армии.', nerel)).toEqual(['2-й танковой армии|ORG']);
    const id = (text: string) => annotator.annotate(text, 'ru').mentions[0]?.id;
    expect(id('Войска 1-го Украинского фронта наступали.')).not.toBe(
      id('Войска 2-го Украинского фронта наступали.'),
    );
  });

  it('a name after a word for a person, or given as an alias, is a person’s, in either script', () => {
    expect(read('Власти заблокировали аккаунты популярного блогера Mimeng за фейки.')).toEqual([
      'Mimeng|PER',
    ]);
    expect(read('Он женился на певице Aaliyah.')).toEqual(['Aaliyah|PER']);
    expect(read('Теперь он выступает под именем ДЖЕЙ-ЗИ.')).toEqual(['ДЖЕЙ-ЗИ|PER']);
    expect(read('Он поменял псевдоним на JAY-Z.')).toEqual(['JAY-Z|PER']);
    // a head of a body is no word for the person the body is named after
    expect(read('Глава Microsoft выступил.')).toEqual(['Microsoft|ORG']);
  });

  it('the name after a noun for a gang, or in a list a gang noun opens, is the gang', () => {
    expect(read('Он был главарём клана Гамбино с 2015 года.')).toEqual(['Гамбино|ORG']);
    expect(read('Город контролируют пять кланов — Бонанно, Гамбино, Дженовезе и Луккезе.')).toEqual([
      'Бонанно|ORG',
      'Гамбино|ORG',
      'Дженовезе|ORG',
      'Луккезе|ORG',
    ]);
    expect(read('Его обвиняли в связях с триадой Луэн.')).toEqual(['Луэн|ORG']);
  });

  it('an agency’s prefix before a quoted name is no body of its own', () => {
    expect(read('Об этом сообщило ИА «Росбалт» со ссылкой на источник.')).toEqual(['Росбалт|ORG']);
  });

  it('a name given in honour closes the body’s name, abbreviated or with a particle', () => {
    expect(read('Спектакль покажут в Театре им. Йозефа Бойса осенью.')).toEqual([
      'Театре им. Йозефа Бойса|ORG',
    ]);
    expect(read('Глава Ассоциации имени Людвига ван Бетховена выступила.')).toEqual([
      'Ассоциации имени Людвига ван Бетховена|ORG',
    ]);
    const nested = read('Спектакль покажут в Театре им. Йозефа Бойса осенью.', { nested: true });
    expect(nested).toEqual(['Театре им. Йозефа Бойса|ORG', 'Йозефа Бойса|PER']);
  });

  it('a nickname in quotes or brackets stays inside the person’s name and out of the id', () => {
    const text = 'Тренер Джеймс «Бадди» Макгирт (James (Buddy) McGirt) упрашивал его.';
    const mentions = annotator.annotate(text, 'ru').mentions;
    expect(mentions.map((m) => `${m.text}|${m.type}`)).toEqual([
      'Джеймс «Бадди» Макгирт|PER',
      'James (Buddy) McGirt|PER',
    ]);
    expect(mentions[0]?.id).toBe(
      annotator.annotate('Тренер Джеймс Макгирт упрашивал.', 'ru').mentions[0]?.id,
    );
    expect(mentions[1]?.id).toBe(mentions[0]?.id);
  });

  it('a name particle joins a person’s name', () => {
    expect(read('Об этом писал Отто фон Бисмарк, а позже Абу Бакр аль-Багдади.')).toEqual([
      'Отто фон Бисмарк|PER',
      'Абу Бакр аль-Багдади|PER',
    ]);
  });

  it('in NEREL’s convention a ministry named by its field keeps the field and the country', () => {
    const nerel = { nested: true, commonNounOrgs: true };
    const mark = (text: string) => read(text, nerel);
    expect(mark('Об этом сообщило министерство культуры Польши.')).toEqual([
      'министерство культуры Польши|ORG',
      'министерство культуры|ORG',
      'Польши|LOC',
    ]);
  });

  it('in NEREL’s convention a transitional or interim government keeps its adjective', () => {
    const nerel = { nested: true, commonNounOrgs: true };
    expect(read('Его назначили председателем переходного правительства Мали.', nerel)).toEqual([
      'переходного правительства Мали|ORG',
      'переходного правительства|ORG',
      'Мали|LOC',
    ]);
  });

  it('a craft named in quotes is no place; the commander of a craft is a person', () => {
    expect(read('Шаттл «Колумбия» стартовал, сообщил командир корабля Юрий Маленченко.')).toEqual([
      'Юрий Маленченко|PER',
    ]);
  });

  it('a sentence that opens with a common noun for a government or a firm names no body by it', () => {
    expect(read('Правительство Китая объявило об этом. Японское правительство решило иначе.')).toEqual([
      'Китая|LOC',
    ]);
    expect(read('Компания Microsoft согласилась. Правозащитные организации выступают.')).toEqual([
      'Microsoft|ORG',
    ]);
    expect(read('Верховный суд Испании постановил.')).toEqual(['Верховный суд Испании|ORG']);
    expect(read('Газета Global Times цитирует читателей.')).toEqual(['Global Times|ORG']);
    // the name in quotes after words as common as they are mid-sentence: no adjective a surname
    expect(read('Футбольный клуб «Тамбов» выиграл. Московский футбольный клуб «Арарат» проиграл.')).toEqual([
      'Тамбов|ORG',
      'Арарат|ORG',
    ]);
    // (a person's nickname in quotes is no body's name)
    expect(read('Джеймс «Бадди» Макгирт выиграл бой.')).toEqual(['Джеймс «Бадди» Макгирт|PER']);
  });

  it('a capitalised word for a body before a known Latin name is no part of it', () => {
    const ids = (text: string) =>
      annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    expect(ids('Вчера было тихо. Агентство Bloomberg сообщает, что Газета Guardian молчит.')).toEqual([
      'Bloomberg|ORG|Q13977',
      'Guardian|ORG|Q11148',
    ]);
  });

  it('a name the text gives a craft is the craft wherever it stands', () => {
    const text = 'Шаттл «Дискавери» вернулся. После «Дискавери» полетит «Атлантис», сообщило НАСА.';
    // «Атлантис» is never called a shuttle here, so it is read as any quoted name
    expect(read(text)).toEqual(['Атлантис|ORG', 'НАСА|ORG']);
  });

  it('a quoted phrase of plain words is a title unless a noun for a body stands before it', () => {
    expect(read('Он сыграл отца в «Мужском разговоре» и в «Тихом доне».')).toEqual([]);
    expect(read('Выставка прошла в галерее «Манеж», солист «Телевизора» спел.')).toEqual([
      'Манеж|ORG',
      'Телевизора|ORG',
    ]);
    // a word no dictionary holds makes a name of it whatever stands before it
    expect(read('Как передаёт РИА «Новости», ФАС оштрафовала «Уралхим».')).toEqual([
      'РИА «Новости»|ORG',
      'ФАС|ORG',
      'Уралхим|ORG',
    ]);
  });
});

describe('a post’s holder after its place', () => {
  it('two capitalised words after a region a post names are its holder, whatever the dictionary knows', () => {
    expect(read('Губернатор Синьцзян-Уйгурского автономного района Эркин Туниязи встретился с ним.')).toEqual(
      ['Синьцзян-Уйгурского автономного района|LOC', 'Эркин Туниязи|PER'],
    );
    // (with no post before it, a town's two words stay its name)
    expect(read('Он жил в городе Сазерленд Спрингс.')).toEqual(['Сазерленд Спрингс|LOC']);
  });
});

describe('events', () => {
  it('a forum, a summit or a festival its capitalised adjectives name is an event', () => {
    expect(read('Ассоциация провела в Астане Евразийский энергетический форум.')).toEqual([
      'Астане|LOC',
      'Евразийский энергетический форум|EVENT',
    ]);
    // (opening a sentence, one adjective's capital says nothing)
    expect(read('Новый форум откроется завтра.')).toEqual([]);
  });
});

describe('sites', () => {
  it('a site’s name is a body in either case, known or not, but not in an e-mail address', () => {
    expect(
      read(
        'По данным Страна.ua и собеседника vc.ru, об этом пишет Lenta.ru. Пишите на info@mail.ru сегодня.',
      ),
    ).toEqual(['Страна.ua|ORG', 'vc.ru|ORG', 'Lenta.ru|ORG']);
  });
});

describe('a name that ends in an abbreviation', () => {
  it('is a body’s after a title and after an adjective that looks like a surname', () => {
    expect(
      read('Его освободили от должности главы ГУ МВД, а ученики Дебенской СОШ пришли на выставку.'),
    ).toEqual(['ГУ МВД|ORG', 'Дебенской СОШ|ORG']);
  });

  it('an abbreviation alone is a body’s after "в" too', () => {
    expect(read('Полковник работал в ГРУ, а затем его доставили на допрос в УФСБ.')).toEqual([
      'ГРУ|ORG',
      'УФСБ|ORG',
    ]);
  });
});

describe('English counties in Russian', () => {
  it('reads a name ending in -шир as a place, though the dictionary takes some for a dog or a given name', () => {
    expect(read('Парад прошел в Рушдене, Нортгемптоншир. Он жил в Йоркшире и Бакингемшире.')).toEqual([
      'Рушдене|LOC',
      'Нортгемптоншир|LOC',
      'Йоркшире|LOC',
      'Бакингемшире|LOC',
    ]);
  });
});

describe('words that only look like a surname or a body', () => {
  it('reads a known thing’s name after "в" as a place, an award after its holder, and ЛГБТ as no body', () => {
    expect(read('У нас было преимущество в Бруклине, где мы проиграли.')).toEqual(['Бруклине|LOC']);
    expect(read('Дейли женился на лауреате Оскара. Оскар Уайльд написал.')).toEqual(['Оскар Уайльд|PER']);
    expect(read('Он стал известным ЛГБТ-активистом, и его поддержало ЛГБТ-сообщество.')).toEqual([]);
  });
});
