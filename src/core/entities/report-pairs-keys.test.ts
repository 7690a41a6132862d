/**
 * Sentences of reports of aviation, schools and universities, the nuclear plant, tourism and a visit to
 * Mongolia, written in Russian and English as the region's press writes them: names the knowledge base
 * does not know, keyed alike in the two languages, a post before a name, a known body named with the one
 * it belongs to, and places a lower-case noun names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { reportReaders } from './report-readers';
import { hyphenParts } from './unknown-ids';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const { found, ids } = reportReaders(() => annotator);

describe('names keyed alike in a Russian report and an English one', () => {
  it('a Kazakh "уы" that English writes with or without its "y"', () => {
    const [ru] = ids('Об этом сообщил директор департамента Бауыржан Омарбеков.', 'ru', 'PER');
    expect(ids('Department director Baurzhan Omarbekov said so.', 'en', 'PER')).toEqual([ru]);
    expect(ids('Department director Bauyrzhan Omarbekov said so.', 'en', 'PER')).toEqual([ru]);
  });

  it('a place’s or a body’s hyphenated word, which Russian reads as two', () => {
    const [district] = ids('Аэропорт построят в Катон-Карагайском районе.', 'ru', 'LOC');
    expect(ids('The airport will be built in Katon-Karagai district.', 'en', 'LOC')).toEqual([district]);
    const [town] = ids('Делегация посетила город Жана-Арка.', 'ru', 'LOC');
    expect(ids('The delegation visited the town of Zhana-Arka.', 'en', 'LOC')).toEqual([town]);
  });

  it('a Mongolian name, its father’s name in the genitive first, and its given name alone after it', () => {
    const ru = 'Министр встретился с Ганбаатарын Батбаяром. Батбаяр заявил, что проект одобрен.';
    const [full, alone] = ids(ru, 'ru', 'PER');
    expect(alone).toBe(full);
    expect(ids('The minister met Batbayar Ganbaatar.', 'en', 'PER')).toEqual([full]);
    const [dashdorj] = ids('Dashdorjiin Boldbaatar said so.', 'en', 'PER');
    expect(ids('Об этом сообщил Дашдоржийн Болдбаатар.', 'ru', 'PER')).toEqual([dashdorj]);
    // (a Russian surname in -цын before a given name is none)
    expect(found('Голицын Андрей пришёл.', 'ru', 'PER')).toEqual([
      expect.stringMatching(/^Голицын Андрей\|PER\|x:ndr\./),
    ]);
  });
});

describe('the parts of a hyphenated word a key reads', () => {
  it('are its parts, but for a prefix, an article, capitals, a translated word or a person’s name', () => {
    expect(hyphenParts(['Katon-Karagai', 'district'])).toEqual(['Katon', 'Karagai', 'district']);
    expect(hyphenParts(['Sary-Agash'])).toEqual(['Sary', 'Agash']);
    expect(hyphenParts(['Anti-Monopoly', 'Committee'])).toEqual(['Anti-Monopoly', 'Committee']);
    expect(hyphenParts(['al-Farabi', 'University'])).toEqual(['al-Farabi', 'University']);
    expect(hyphenParts(['JAY-Z'])).toEqual(['JAY-Z']);
    expect(hyphenParts(['Inter-District', 'Court'])).toEqual(['Inter-District', 'Court']);
    expect(hyphenParts(['Hans-Peter', 'Bartels'])).toEqual(['Hans-Peter', 'Bartels']);
  });
});

describe('a surname the dictionary reads as a plural', () => {
  it('is read as written', () => {
    const [amanov] = ids('Генеральный директор компании Мухаммедмурад Аманов выступил.', 'ru', 'PER');
    expect(ids('Company director general Muhammedmurad Amanov spoke.', 'en', 'PER')).toEqual([amanov]);
  });
});

describe('a post before a name', () => {
  it('reads a vice-rector’s or a minister’s field as no part of the name', () => {
    expect(found('Vice-Rector for Academic Affairs Bakhytzhan Ospanov said so.', 'en')).toEqual([
      expect.stringMatching(/^Bakhytzhan Ospanov\|PER\|/),
    ]);
    expect(found('Vice President for Research Aidos Sarsenbayev agreed.', 'en')).toEqual([
      expect.stringMatching(/^Aidos Sarsenbayev\|PER\|/),
    ]);
    expect(found('The acting Minister of Mines and Petroleum Hedayatullah Badri attended.', 'en')).toEqual([
      expect.stringMatching(/^Hedayatullah Badri\|PER\|/),
    ]);
  });
});

describe('a known body named with the body it belongs to', () => {
  it('is the first body, with its ministry and country after it', () => {
    const ru = 'Об этом сообщил председатель Комитета гражданской авиации Министерства транспорта РК.';
    expect(found(ru, 'ru', 'ORG')).toEqual([
      'Комитета гражданской авиации Министерства транспорта РК|ORG|civil-aviation-committee-kz',
    ]);
    const en = 'Kazakhstan’s Civil Aviation Committee said so.';
    expect(found(en, 'en', 'ORG')).toEqual(['Civil Aviation Committee|ORG|civil-aviation-committee-kz']);
  });
});

describe('a place a region’s, a district’s or a site’s noun names', () => {
  it('is found with the noun in lower case, as a sentence writes it', () => {
    const ru =
      'Аким области Жетісу Бейбут Исабаев посетил школу в районе Аксуат, ущелье Тургень и мавзолей Ходжи Ахмеда Ясави.';
    expect(found(ru, 'ru', 'LOC')).toEqual([
      'области Жетісу|LOC|zhetysu-region',
      'районе Аксуат|LOC|aksuat-district',
      'ущелье Тургень|LOC|turgen-gorge',
      'мавзолей Ходжи Ахмеда Ясави|LOC|yasawi-mausoleum',
    ]);
    expect(found(ru, 'ru', 'PER')).toEqual([expect.stringMatching(/^Бейбут Исабаев\|PER\|/)]);
    const en = 'Zhetysu region governor Beibut Issabayev visited a school in Aksuat district.';
    expect(found(en, 'en', 'LOC')).toEqual([
      'Zhetysu region|LOC|zhetysu-region',
      'Aksuat district|LOC|aksuat-district',
    ]);
  });

  it('keys a pass or a gorge the knowledge base lacks by its name alone, as Russian writes it', () => {
    const [pass, gorge] = ids('Дорога идёт через перевал Кызарт и ущелье Аксу.', 'ru', 'LOC');
    expect(pass).toMatch(/^x:/);
    expect(ids('The road runs via the Kyzart Pass and the Aksu Gorge.', 'en', 'LOC')).toEqual([pass, gorge]);
  });
});

describe('the places of the China–Central Asia and Trans-Afghan reports', () => {
  it('are known in both languages, a city the dictionary reads as a name too', () => {
    const ru =
      'Дорога свяжет Кашгар через перевал Торугарт с Андижаном. Грузы идут в порт Хайратан и Гвадар.';
    const en =
      'The road will link Kashgar via the Torugart Pass with Andijan. Cargo goes to Hairatan and Gwadar.';
    const places = ['kashgar', 'torugart-pass', 'andijan', 'hairatan', 'gwadar'];
    expect(ids(ru, 'ru', 'LOC')).toEqual(places);
    expect(ids(en, 'en', 'LOC')).toEqual(places);
    expect(ids(ru, 'ru', 'PER')).toEqual([]);
  });
});

describe('the bodies of the Mongolia report', () => {
  it('are the mining company named by the city’s name in quotes, not the city, and the Khorgos centre', () => {
    const ru =
      'Делегация ознакомилась с работой горно-обогатительного комбината «Эрдэнэт» в городе Эрдэнэт и ' +
      'Международного центра приграничного сотрудничества «Хоргос».';
    const en =
      'The delegation was briefed on Erdenet Mining Corporation in the city of Erdenet and on the ' +
      'International Center for Boundary Cooperation.';
    const found = ['erdenet-mining-corporation', 'erdenet', 'icbc-khorgos'];
    expect(ids(ru, 'ru')).toEqual(found);
    expect(ids(en, 'en')).toEqual(found);
  });
});

describe('the universities of the schools report', () => {
  it('link in both languages, by a long name with its short one in quotes too', () => {
    const ru =
      'Филиал Национального исследовательского ядерного университета «МИФИ» откроется в Астане, ' +
      'Британский Университет Хериот-Ватт открыл кампус, а Актюбинский региональный университет ' +
      'имени К. Жубанова подписал договор с КазНУ имени аль-Фараби.';
    const en =
      'The National Research Nuclear University MEPhI is opening a branch in Astana, Heriot-Watt ' +
      'University opened a campus, and Aktobe Regional University signed an agreement with Kazakh ' +
      'National University.';
    const bodies = ['mephi', 'heriot-watt-university', 'zhubanov-university', 'kaznu'];
    expect(ids(ru, 'ru', 'ORG')).toEqual(bodies);
    expect(ids(en, 'en', 'ORG')).toEqual(bodies);
  });
});

describe('a list of regions', () => {
  it('names regions, though its first word is also a person’s name', () => {
    const en = 'Fire danger will persist in the Abai, East Kazakhstan and Pavlodar regions.';
    expect(found(en, 'en')).toEqual([
      'Abai|LOC|abai-region',
      'East Kazakhstan|LOC|east-kazakhstan-region',
      'Pavlodar|LOC|pavlodar-region',
    ]);
  });
});

describe('a post before a name, and a word and a letter', () => {
  it('reads a Turkmen governor and a manager as posts before the name', () => {
    expect(found('Хяким Марыйского велаята Бегенч Атаев доложил.', 'ru', 'PER')).toEqual([
      expect.stringMatching(/^Бегенч Атаев\|PER\|/),
    ]);
    expect(
      found('Управляющий Международного финансового центра «Астана» Ренат Бектуров заявил.', 'ru'),
    ).toEqual([
      'Международного финансового центра «Астана»|ORG|aifc',
      expect.stringMatching(/^Ренат Бектуров\|PER\|/),
    ]);
  });

  it('reads a word and a letter as no person, and the state agency by its Russian name', () => {
    expect(found('It is building its fourth string, Line D. China buys most of it.', 'en', 'PER')).toEqual(
      [],
    );
    expect(found('Malcolm X spoke.', 'en', 'PER')).toEqual([expect.stringMatching(/^Malcolm X\|PER\|/)]);
    expect(found('Об этом сообщило Туркменское государственное информационное агентство.', 'ru')).toEqual([
      'Туркменское государственное информационное агентство|ORG|tdh',
    ]);
  });
});

describe('a body with its acronym in brackets and its country after them', () => {
  it('is that country’s, and so is the acronym wherever the text uses it', () => {
    const ru =
      'Сотрудники Государственного комитета национальной безопасности (ГКНБ) Кыргызстана задержали ' +
      'подозреваемого. Позже ГКНБ сообщил подробности.';
    expect(found(ru, 'ru', 'ORG')).toEqual([
      'Государственного комитета национальной безопасности|ORG|gknb-kg',
      'ГКНБ|ORG|gknb-kg',
      'ГКНБ|ORG|gknb-kg',
    ]);
    const en =
      'Officers of the State Committee for National Security (GKNB) of Kyrgyzstan detained a suspect.';
    expect(ids(en, 'en', 'ORG')[0]).toBe('gknb-kg');
  });
});

describe('a known name after a sentence’s article', () => {
  it('is the longer name, not an alias that holds the article', () => {
    expect(found('The Caspian Pipeline Consortium said so. The Caspian is shrinking.', 'en')).toEqual([
      'Caspian Pipeline Consortium|ORG|cpc',
      'Caspian|LOC|caspian-sea',
    ]);
  });
});

describe('a report of Turkic, Caspian and CSTO meetings', () => {
  it('reads a commander as a post, and the port of Turkmenbashi as no president', () => {
    const ru = 'Командующий Пограничными войсками ГКНБ генерал Абдурахмон Алимзода доложил обстановку.';
    expect(found(ru, 'ru', 'ORG')).toEqual([expect.stringMatching(/^Пограничными войсками ГКНБ\|ORG\|/)]);
    expect(ids('Суда приняли порты Актау и Туркменбаши.', 'ru', 'LOC')).toEqual([
      'aktau',
      'turkmenbashi-city',
    ]);
    expect(ids('Ships called at the ports of Aktau and Turkmenbashi.', 'en', 'LOC')).toEqual([
      'aktau',
      'turkmenbashi-city',
    ]);
  });
});

describe('where an English body’s name ends', () => {
  it('ends before the "and", so the cabinet keys as the Russian one does', () => {
    const ru = 'Заместитель председателя Кабинета министров, министр иностранных дел Рашид Мередов прибыл.';
    const [cabinet] = ids(ru, 'ru', 'ORG');
    const en = 'Deputy Chairman of the Cabinet of Ministers and Foreign Minister Rashid Meredov arrived.';
    expect(found(en, 'en', 'ORG')).toEqual([`Cabinet of Ministers|ORG|${cabinet}`]);
    // (a post's qualifier alone is no post: "Executive Committee" goes on the name)
    expect(found('The Board of Directors and Executive Committee met.', 'en', 'ORG')).toEqual([
      expect.stringMatching(/^Board of Directors and Executive Committee\|/),
    ]);
  });
});

describe('a capitalised adjective before adjectives and a noun in lower case', () => {
  it('names no person, where a surname alone still does', () => {
    const ru =
      'Строительство Трансафганской железной дороги и модернизация Туркменбашинского международного ' +
      'морского порта обсудили. Книга Ковальской вышла.';
    expect(found(ru, 'ru', 'PER')).toEqual([expect.stringMatching(/^Ковальской\|PER\|/)]);
  });
});

describe('a body’s word for trade', () => {
  it('is one key in Russian and English', () => {
    const [centre] = ids('Переговоры прошли в Термезском международном торговом центре.', 'ru', 'ORG');
    expect(ids('Talks were held at the Termez International Trade Center.', 'en', 'LOC')).toEqual([centre]);
  });
});

describe('a council of ministers of a field', () => {
  it('keeps the ministers in its name, and a post after a body still ends it', () => {
    expect(found('The OTS Council of Foreign Ministers met in Gabala.', 'en', 'ORG')).toEqual([
      expect.stringMatching(/^OTS Council of Foreign Ministers\|ORG\|/),
    ]);
    expect(found('The CIS Council of Defence Ministers met.', 'en', 'ORG')).toEqual([
      expect.stringMatching(/^CIS Council of Defence Ministers\|ORG\|/),
    ]);
  });
});

describe('an unknown body named with the bloc it belongs to', () => {
  it('keys the bloc by its id, whichever of its short names or names each language writes', () => {
    const [foreign] = ids('Прошло заседание Совета министров иностранных дел ОТГ.', 'ru', 'ORG');
    expect(foreign).toMatch(/^x:/);
    expect(ids('The OTS Council of Foreign Ministers met in Gabala.', 'en', 'ORG')).toEqual([foreign]);
    const [cis] = ids('Прошло заседание Совета министров обороны СНГ.', 'ru', 'ORG');
    expect(ids('The CIS Council of Defence Ministers met.', 'en', 'ORG')).toEqual([cis]);
    // (English reads "of the" and the bloc as a mention of its own, and keys the council with it)
    const en =
      'A meeting of the Council of Defence Ministers of the Commonwealth of Independent States followed.';
    expect(ids(en, 'en', 'ORG')).toEqual([cis, 'Q7779']);
    // (another bloc's council of the same ministers is another body)
    const [csto] = ids('Прошло заседание Совета министров обороны ОДКБ.', 'ru', 'ORG');
    expect(csto).not.toBe(cis);
    expect(ids('The CSTO Council of Defence Ministers met.', 'en', 'ORG')).toEqual([csto]);
  });

  it('still takes a correction made on the id the bloc’s short name as it sounds gave, before version 143', () => {
    const [council] = annotator.annotate('Прошло заседание Совета министров обороны СНГ.', 'ru').mentions;
    expect(council && annotator.formerIdsOf(council)).toContain('x:dfns.knsl.mnstr.sng');
  });

  it('keys a bloc’s full name inside a body’s as its short name', () => {
    const ru = 'Прошло заседание Совета министров иностранных дел Организации тюркских государств.';
    const [foreign] = ids(ru, 'ru', 'ORG');
    expect(ids('The OTS Council of Foreign Ministers met.', 'en', 'ORG')).toEqual([foreign]);
    const en = 'The Council of Foreign Ministers of the Organization of Turkic States met.';
    expect(ids(en, 'en', 'ORG')).toEqual([foreign, 'ots']);
    // (a place's adjective in it as the place: "Евразийской" as Eurasia)
    const [department] = ids(
      'Доклад подготовил Департамент Евразийской экономической комиссии.',
      'ru',
      'ORG',
    );
    expect(ids('Доклад подготовил Департамент ЕЭК.', 'ru', 'ORG')).toEqual([department]);
    expect(ids('The report was prepared by the EEC Department.', 'en', 'ORG')).toEqual([department]);
  });

  it('links a bloc’s name spelled as the knowledge base does not to the bloc', () => {
    const en = 'The Nakhchivan Agreement set up the Cooperation Council of Turkic-Speaking States in 2009.';
    expect(ids(en, 'en', 'ORG')).toEqual(['ots']);
  });

  it('leaves a country’s body, of which each country has one, keyed by its words', () => {
    const [police] = ids('Главное управление по вопросам миграции МВД Киргизии сообщило.', 'ru', 'ORG');
    expect(police).toMatch(/^x:.*\bkg\b/);
    expect(police).not.toMatch(/Q1192838/);
  });
});
