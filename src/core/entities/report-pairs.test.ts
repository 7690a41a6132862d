/**
 * Sentences of reports of the region's sport, culture and health, of Tajikistan and Kyrgyzstan and of
 * the South Caucasus, written in Russian and English as the region's press writes them: what a reader
 * follows across the two languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';
import { reportReaders } from './report-readers';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const { found, ids } = reportReaders(() => annotator);

describe('a sports report', () => {
  it('names a club by its prefix or its sport, with the id of its Russian name in quotes', () => {
    const ru = 'ФК «Кайрат» проиграл, а велокоманда «Астана» продлила контракт с Винокуровым.';
    const en = 'FC Kairat lost, and the Astana cycling team extended its contract with Vinokourov.';
    const [kairat, astana] = ids(ru, 'ru', 'ORG');
    expect(found(en, 'en', 'ORG')).toEqual([`FC Kairat|ORG|${kairat}`, `Astana|ORG|${astana}`]);
    // (a club named after a known place is no place there)
    expect(found('FC Astana beat FC Kairat.', 'en')).toEqual([
      `FC Astana|ORG|${astana}`,
      `FC Kairat|ORG|${kairat}`,
    ]);
  });

  it('takes no word of other names for a body where it stands alone once', async () => {
    // (a guess the English lexicon allows: a capitalised word the text repeats mid-sentence)
    const guessing = await loadTestAnnotator(lexiconOf(['john'], []));
    const bodies = (text: string) => guessing.annotate(text, 'en').mentions.map((m) => m.text);
    expect(
      bodies(
        'The National Olympic Committee met. They discussed the Winter Olympic Games. The Olympic team ' +
          'will include 65 athletes. Olympic champions will lead it.',
      ),
    ).toEqual(['National Olympic Committee', 'Winter Olympic Games']);
    // (one that opens a sentence stands alone by no choice of the text's; a word that stands alone
    // twice or more mid-sentence is still a body's name)
    expect(bodies('Shares of Xerolux rose as Xerolux said the Xerolux deal was done.')).toEqual([
      'Xerolux',
      'Xerolux',
      'Xerolux',
    ]);
  });

  it('reads a minister’s portfolio of tourism and sports, trade and integration, as no part of the name', () => {
    expect(found('He met Minister of Tourism and Sports Yerbol Myrzabosynov.', 'en')).toEqual([
      expect.stringMatching(/^Yerbol Myrzabosynov\|PER\|/),
    ]);
    expect(found('Minister of Water Resources and Irrigation Nurzhan Nurzhigitov spoke.', 'en')).toEqual([
      expect.stringMatching(/^Nurzhan Nurzhigitov\|PER\|/),
    ]);
  });

  it('links a stadium, a resort, the Asian Games and the WTA Finals in both languages', () => {
    const ru =
      'Рыбакина вышла в полуфинал Итогового турнира WTA. Матч прошёл на стадионе «Сантьяго Бернабеу». ' +
      'Игры пройдут в Кортине-д’Ампеццо, а Азиатские игры — в Эр-Рияде.';
    const en =
      'Rybakina reached the semi-finals of the WTA Finals. The match was played at the Santiago Bernabeu. ' +
      'The Games will be held in Cortina d’Ampezzo, and the Asian Games in Riyadh.';
    const expected = ['wta-finals', 'santiago-bernabeu', 'cortina-d-ampezzo', 'asian-games', 'Q3692'];
    expect(ids(ru, 'ru').filter((id) => !id.startsWith('x:'))).toEqual(expected);
    expect(ids(en, 'en').filter((id) => !id.startsWith('x:'))).toEqual(expected);
  });
});

describe('a culture report', () => {
  it('reads a capitalised title that is a given name too, before a surname, as the given name', () => {
    const ru = 'Генеральный секретарь ТЮРКСОЙ Султан Раев объявил об этом. Султан Раев приехал.';
    const en = 'Sultan Raev, Secretary General of TURKSOY, announced it.';
    const [raev] = ids(ru, 'ru', 'PER');
    expect(found(ru, 'ru', 'PER')).toEqual([`Султан Раев|PER|${raev}`, `Султан Раев|PER|${raev}`]);
    expect(found(en, 'en', 'PER')).toEqual([`Sultan Raev|PER|${raev}`]);
    // (a sultan's title before his name stays a title)
    expect(found('Его принял султан Омана Хайсам бен Тарик.', 'ru', 'PER')).toEqual([
      expect.stringMatching(/^Хайсам бен Тарик\|PER\|/),
    ]);
  });

  it('links the region’s theatres, museums and film studio', () => {
    const ru =
      'Выставку открыли в Национальном музее Республики Казахстан. Премьера прошла в «Астана Опере», ' +
      'а «Казахфильм» показал фильм. Ректор Казахской национальной консерватории имени Курмангазы ' +
      'Жания Аубакирова выступила в Большом театре имени Алишера Навои.';
    const en =
      'The exhibition opened at the National Museum of the Republic of Kazakhstan. The premiere was at ' +
      'the Astana Opera, and Kazakhfilm showed a film. Zhaniya Aubakirova, Rector of the Kurmangazy ' +
      'Kazakh National Conservatory, performed at the Alisher Navoi State Academic Bolshoi Theatre.';
    const expected = ['national-museum-kz', 'astana-opera', 'kazakhfilm', 'kurmangazy-conservatory'];
    expect(ids(ru, 'ru', 'ORG')).toEqual([...expected, 'navoi-theatre']);
    expect(ids(en, 'en', 'ORG')).toEqual([...expected, 'navoi-theatre']);
    // (the conservatory's name ends with its namesake: the rector is a person of her own)
    expect(found(ru, 'ru', 'PER')).toEqual([expect.stringMatching(/^Жания Аубакирова\|PER\|/)]);
  });
});

describe('a health report', () => {
  it('links the region’s health bodies in both languages', () => {
    const ru =
      'Министр провела переговоры с Европейским региональным бюро Всемирной организации здравоохранения. ' +
      'Комитет санитарно-эпидемиологического контроля направил вакцины, а Фонд социального медицинского ' +
      'страхования выделил 85 млрд тенге. Оборудование Национальному научному онкологическому центру ' +
      'поставила компания Siemens Healthineers.';
    const en =
      'The minister held talks with the World Health Organization Regional Office for Europe. The ' +
      'Sanitary and Epidemiological Control Committee sent vaccines, and the Social Health Insurance Fund ' +
      'allocated 85 billion tenge. The equipment for the National Research Oncology Center was supplied ' +
      'by Siemens Healthineers.';
    const expected = ['who-europe', 'sanepid-committee-kz', 'fsms-kz', 'nroc-kz', 'siemens-healthineers'];
    expect(ids(ru, 'ru', 'ORG')).toEqual(expected);
    expect(ids(en, 'en', 'ORG')).toEqual(expected);
  });

  it('reads an unknown body whose head word follows an "and" as one body', () => {
    expect(found('Kiyasov heads the Sanitary and Hygienic Control Committee.', 'en', 'ORG')).toEqual([
      expect.stringMatching(/^Sanitary and Hygienic Control Committee\|ORG\|x:/),
    ]);
  });

  it('names no body by the management board of a post, whoever’s board it is', () => {
    expect(found('Dilyara Kaidarova, Chairwoman of the centre’s Management Board, said it.', 'en')).toEqual([
      expect.stringMatching(/^Dilyara Kaidarova\|PER\|/),
    ]);
  });

  it('shows a woman’s given name as written where a feminine verb follows her name', () => {
    const [doctor] = annotator.annotate(
      'Председатель правления Диляра Кайдарова рассказала об этом.',
      'ru',
    ).mentions;
    expect(doctor?.name.ru).toBe('Диляра Кайдарова');
  });

  it('reads a place the knowledge base knows only as a region in a list of regions as that region', () => {
    expect(ids('Vaccines were sent to the Almaty and Zhambyl regions.', 'en')).toEqual([
      'Q186466',
      'zhambyl-region',
    ]);
    expect(ids('Вакцины направлены в Алматинскую и Жамбылскую области.', 'ru')).toEqual([
      'Q186466',
      'zhambyl-region',
    ]);
  });
});

describe('a transport report', () => {
  it('links the region’s routes, ports, airports and transport bodies in both languages', () => {
    const ru =
      'Обсудили развитие Транскаспийского международного транспортного маршрута. Председатель правления ' +
      'АО «Национальная компания «Актауский морской торговый порт» сообщил, что порт Курык расширят. ' +
      'АСКО передаст два парома. Аэропорт Алматы обслужил 10 млн пассажиров. Комитет гражданской ' +
      'авиации Казахстана проверил TAV Airports.';
    const en =
      'They discussed the Trans-Caspian International Transport Route. The Chairman of the Management ' +
      'Board of JSC National Company Aktau International Sea Commercial Port said that the port of Kuryk ' +
      'would be expanded. ASCO will hand over two ferries. Almaty Airport served 10 million passengers. ' +
      'The Civil Aviation Committee checked TAV Airports.';
    const expected = ['titr', 'aktau-port', 'kuryk', 'asco', 'almaty-airport', 'civil-aviation-committee-kz'];
    expect(ids(ru, 'ru').filter((id) => id !== 'Q232')).toEqual([...expected, 'tav-airports']);
    expect(ids(en, 'en')).toEqual([...expected, 'tav-airports']);
    // ("Национальная компания" written out, inside a form's quotes or not, leaves the name to its quotes)
    expect(found('Вагоны закупит Национальная компания «Зеленый мост».', 'ru')).toEqual([
      expect.stringMatching(/^Зеленый мост\|ORG\|x:/),
    ]);
  });

  it('reads a known person’s one-word name before a surname of the region’s form as a namesake', () => {
    const ru = 'Абай Тургулов сообщил об этом.';
    const en = 'Abai Turgulov, Chairman of the Management Board, said it.';
    const [turgulov] = ids(ru, 'ru');
    expect(turgulov).toMatch(/^x:/);
    expect(found(en, 'en')).toEqual([`Abai Turgulov|PER|${turgulov}`]);
  });

  it('ends a body’s name before a known person’s, and names a country’s house after its possessive', () => {
    expect(found('Kyrgyzstan’s Cabinet of Ministers Adylbek Kasymaliev noted it.', 'en', 'PER')).toEqual([
      'Adylbek Kasymaliev|PER|kasymaliev',
    ]);
    expect(found("Kazakhstan's Senate approved the law.", 'en', 'ORG')).toEqual(['Senate|ORG|senate-kz']);
  });
});

describe('a security report', () => {
  it('reads a country’s body after its possessive as that country’s, and the post’s holder after it', () => {
    const en = "Secretary of Kazakhstan's Security Council Gizat Nurdauletov said it.";
    expect(found(en, 'en').filter((m) => !m.startsWith('Kazakhstan|'))).toEqual([
      'Security Council|ORG|security-council-kz',
      expect.stringMatching(/^Gizat Nurdauletov\|PER\|x:/),
    ]);
    // (a body whose head word comes before its "for" is a body, though a place's word opens it)
    expect(found("Kyrgyzstan's State Committee for National Security said it.", 'en', 'ORG')).toEqual([
      'State Committee for National Security|ORG|gknb-kg',
    ]);
  });

  it('links the region’s security bodies in both languages', () => {
    const ru =
      'Начальник Генерального штаба Вооружённых сил Узбекистана прибыл в Москву. Антитеррористический ' +
      'центр СНГ проведёт учения, а Пограничная служба КНБ усилит охрану.';
    const en =
      'The Chief of the General Staff of the Armed Forces of Uzbekistan arrived in Moscow. The CIS ' +
      'Anti-Terrorism Center will hold exercises, and the NSC Border Service will step up protection.';
    const expected = ['general-staff-uz', 'Q649', 'cis-atc', 'border-service-kz'];
    expect(ids(ru, 'ru')).toEqual(expected);
    expect(ids(en, 'en')).toEqual(expected);
  });
});

describe('a water and farming report', () => {
  it('links the region’s reservoirs, seas and hydropower plants in both languages', () => {
    const ru =
      'В Шардаринское водохранилище поступило 4 млрд кубометров, а уровень Малого Арала поднялся. ' +
      'Рогунская ГЭС запустит агрегат, Камбаратинскую ГЭС-1 построят вместе. Гендиректор ФАО Цюй ' +
      'Дунъюй приехал в Ташкент.';
    const en =
      'The Shardara Reservoir received 4 billion cubic metres, and the level of the Small Aral rose. The ' +
      'Rogun Hydropower Plant will start a unit, the Kambarata-1 Hydropower Plant will be built jointly. ' +
      'FAO Director-General Qu Dongyu came to Tashkent.';
    const expected = ['shardara-reservoir', 'small-aral', 'rogun-hpp', 'kambarata-1-hpp'];
    expect(ids(ru, 'ru', 'LOC').slice(0, 4)).toEqual(expected);
    expect(ids(en, 'en', 'LOC').slice(0, 4)).toEqual(expected);
    expect(ids(ru, 'ru', 'PER')).toEqual(['qu-dongyu']);
    expect(ids(en, 'en', 'PER')).toEqual(['qu-dongyu']);
  });

  it('reads a ministry of water management as a portfolio, not as the minister’s name', () => {
    expect(found("Uzbekistan's Minister of Water Management Shavkat Khamrayev spoke.", 'en', 'PER')).toEqual([
      expect.stringMatching(/^Shavkat Khamrayev\|PER\|x:/),
    ]);
  });
});

describe('the words of cabinets, funds, aviation and cooperation', () => {
  it('translate in a body’s key, so a country’s cabinet and an unknown committee link across languages', () => {
    expect(found("Kyrgyzstan's Cabinet of Ministers approved it.", 'en', 'ORG')).toEqual([
      'Cabinet of Ministers|ORG|cabinet-kg',
    ]);
    const ru =
      'Комитет гражданской авиации Монголии подписал меморандум. Фонд медицинского страхования Монголии тоже.';
    const en =
      "Mongolia's Civil Aviation Committee signed a memorandum. Mongolia's Medical Insurance Fund did too.";
    const [aviation, fund] = ids(ru, 'ru', 'ORG');
    expect(aviation).toMatch(/^x:/);
    expect(ids(en, 'en', 'ORG')).toEqual([aviation, fund]);
  });
});

describe('a report from Tajikistan and Kyrgyzstan', () => {
  it('links the lower house, the Aga Khan network and the power company in both languages', () => {
    const ru =
      'Бюджет одобрил Маджлиси намояндагон. Сеть развития Ага Хана (АКДН) и компания «Барки Точик» ' +
      'подписали соглашение.';
    const en =
      'The budget was approved by the Majlisi Namoyandagon. The Aga Khan Development Network (AKDN) and ' +
      'Barki Tojik signed an agreement.';
    const expected = [
      'majlisi-namoyandagon',
      'aga-khan-development-network',
      'aga-khan-development-network',
      'barki-tojik',
    ];
    expect(ids(ru, 'ru')).toEqual(expected);
    expect(ids(en, 'en')).toEqual(expected);
  });
});

describe('a report on the Middle Corridor', () => {
  it('links the railways, the ports and the towns of the routes in both languages', () => {
    const ru =
      'АЖД и Грузинская железная дорога обсудили линию Баку — Тбилиси — Карс. Бакинский международный ' +
      'морской торговый порт в Алате принял паромы.';
    const en =
      'ADY and Georgian Railway discussed the Baku-Tbilisi-Kars line. The Port of Baku at Alat received ' +
      'ferries.';
    const expected = [
      'azerbaijan-railways',
      'georgian-railway',
      'Q9248',
      'Q994',
      'kars',
      'port-of-baku',
      'alat',
    ];
    expect(ids(ru, 'ru')).toEqual(expected);
    expect(ids(en, 'en')).toEqual(expected);
    expect(ids('Nurbol Kadyrov, director of Aktau port, spoke.', 'en', 'ORG')).toEqual(['aktau-port']);
  });
});
