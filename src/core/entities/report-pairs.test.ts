/**
 * Sentences of reports of the region's sport, culture and health, written in Russian and English as
 * the region's press writes them: what a reader follows across the two languages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';
import type { MentionType } from '../../shared/entities';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const found = (text: string, lang: 'ru' | 'en', type?: MentionType) =>
  annotator
    .annotate(text, lang)
    .mentions.filter((m) => !type || m.type === type)
    .map((m) => `${m.text}|${m.type}|${m.id}`);

const ids = (text: string, lang: 'ru' | 'en', type?: MentionType) =>
  annotator
    .annotate(text, lang)
    .mentions.filter((m) => !type || m.type === type)
    .map((m) => m.id);

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

describe('a name the dictionary reads as a prefix and a word', () => {
  it('keeps its prefix, so «Видеотон» and Деклан link to their English spellings', async () => {
    const named = await loadTestAnnotator(lexiconOf(['declan'], []));
    const idsOf = (text: string, lang: 'ru' | 'en') => named.annotate(text, lang).mentions.map((m) => m.id);
    const [videoton, rice] = idsOf('Клуб «Видеотон» проиграл. Деклан Райс забил.', 'ru');
    expect(videoton).toMatch(/^x:/);
    expect(idsOf('Chelsea beat FC Videoton. Declan Rice scored.', 'en')).toEqual([videoton, rice]);
    expect(found('Клуб «Видеотон» проиграл.', 'ru')).toEqual([`Видеотон|ORG|${videoton}`]);
  });

  it('still takes a correction made on the id that the word alone after the prefix gave', () => {
    const videoton = annotator.annotate('Клуб «Видеотон» проиграл.', 'ru').mentions[0];
    expect(videoton?.name.ru).toBe('Видеотон');
    expect(videoton && annotator.formerIdsOf(videoton)).toContain(ids('Клуб «Тон» проиграл.', 'ru')[0]);
  });
});

describe('councils, services, centres and forums of two languages', () => {
  it('translate the words of their names, a hyphenated pair of them too, so both reports share an id', () => {
    const ru =
      'Совет стратегического сотрудничества высокого уровня собрался в Астане. Национальная ' +
      'метеорологическая служба предупредила о жаре. Открыт Международный центр промышленной кооперации. ' +
      'Евразийский энергетический форум открылся.';
    const en =
      'The High-Level Strategic Cooperation Council met in Astana. The National Weather Service warned ' +
      'of heat. The International Centre for Industrial Cooperation opened. The Eurasian Energy Forum opened.';
    const [council, astana, service, centre, forum] = ids(ru, 'ru');
    expect(council).toMatch(/^x:/);
    expect(ids(en, 'en')).toEqual([council, astana, service, centre, forum]);
  });

  it('read a judicial committee as the judiciary one, a board as a council, a coordinating one as of coordination', () => {
    const ru =
      'Судебный комитет Сената собрался. Совет по апелляциям иммиграции решил. Координационный совет ' +
      'прокуроров собрался.';
    const en =
      'The Senate Judicial Committee met. The Board of Immigration Appeals ruled. The Coordinating ' +
      'Council of Prosecutors met.';
    const [committee, board, council] = ids(ru, 'ru');
    expect(committee).toMatch(/^x:/);
    expect(ids(en, 'en')).toEqual([committee, board, council]);
  });

  it('read a centre for a field as a body, its words before and after "and" in it', () => {
    expect(found('He joined the Center for Strategic and International Studies in 2010.', 'en')).toEqual([
      expect.stringMatching(/^Center for Strategic and International Studies\|ORG\|x:/),
    ]);
    expect(found('They opened the International Centre for Industrial Cooperation.', 'en')).toEqual([
      expect.stringMatching(/^International Centre for Industrial Cooperation\|ORG\|x:/),
    ]);
  });
});

describe('a state’s government named with "of"', () => {
  it('is a body, with the id of the Russian "Правительство" of that country', () => {
    // (the governments of Central Asia are the knowledge base's: see below)
    const [azeri, mongol] = ids(
      'Это одобрило Правительство Азербайджана и Правительство Монголии.',
      'ru',
      'ORG',
    );
    expect(azeri).toMatch(/^x:/);
    expect(
      found(
        'It was approved by the Government of the Republic of Azerbaijan and the Government of Mongolia.',
        'en',
      ),
    ).toEqual([
      `Government of the Republic of Azerbaijan|ORG|${azeri}`,
      `Government of Mongolia|ORG|${mongol}`,
    ]);
  });
});

describe('a company spelled as a word of an amount', () => {
  it('is that word opening a sentence before a lower-case word, unless the text names the company elsewhere', () => {
    expect(found('Total trade turnover reached $1 billion. Total investment grew.', 'en')).toEqual([]);
    expect(found('Total said it would invest.', 'en')).toEqual(['Total|ORG|totalenergies']);
    expect(found('Kashagan is run by Eni and Total. Total plans to invest.', 'en', 'ORG')).toEqual([
      'Eni|ORG|eni',
      'Total|ORG|totalenergies',
      'Total|ORG|totalenergies',
    ]);
  });
});

describe('a body named with adjectives, and the city after it', () => {
  it('ends before "в" and the city where it met', () => {
    expect(found('Он выступил на заседании Казахстанско-китайского делового совета в Шанхае.', 'ru')).toEqual(
      [expect.stringMatching(/^Казахстанско-китайского делового совета\|ORG\|x:/), 'Шанхае|LOC|Q8686'],
    );
  });
});

describe('a body of two peoples', () => {
  it('keys "Казахстанско-китайский" and "Kazakh-Chinese" by the two countries, so both reports link it', () => {
    const [council] = ids('Собрался Казахстанско-китайский деловой совет.', 'ru', 'ORG');
    expect(council).toMatch(/^x:.*\bcn\b.*\bkz\b/);
    expect(found('The Kazakh-Chinese Business Council met.', 'en')).toEqual([
      `Kazakh-Chinese Business Council|ORG|${council}`,
    ]);
    const [forum] = ids('Открылся Российско-казахстанский межрегиональный форум.', 'ru');
    expect(ids('The Russian-Kazakh Interregional Forum opened.', 'en')).toEqual([forum]);
  });
});

describe('a digital and education report', () => {
  it('reads a long portfolio, a Kazakh given name, and a state corporation’s written-out form', () => {
    expect(
      found(
        'Minister of Digital Development, Innovation and Aerospace Industry Zhaslan Madiyev opened it.',
        'en',
        'PER',
      ),
    ).toEqual([expect.stringMatching(/^Zhaslan Madiyev\|PER\|x:/)]);
    const [gani] = annotator.annotate('Министр просвещения Гани Бейсембаев призвал регионы.', 'ru').mentions;
    expect(gani?.name.ru).toBe('Гани Бейсембаев');
    expect(found('Меморандум подписала Государственная корпорация «Роскосмос».', 'ru')).toEqual([
      'Роскосмос|ORG|Q190795',
    ]);
  });
});

describe('a regional report', () => {
  it('links a city’s akimat, a company named after its city, and reads a rector and an unknown given name', async () => {
    // ("Management" a common word, as the app's word lists hold it)
    const common = await loadTestAnnotator(lexiconOf([], [], ['management']));
    const [akimat] = ids('Акимат Астаны и банк подписали соглашение.', 'ru', 'ORG');
    expect(akimat).toMatch(/^x:/);
    expect(ids('The Astana Akimat and the bank signed an agreement.', 'en', 'ORG')).toEqual([akimat]);
    const [zhylu] = ids('Его возглавляет председатель правления АО «Қарағанды Жылу».', 'ru', 'ORG');
    const board = common.annotate('He is Chairman of the Management Board of Karagandy Zhylu JSC.', 'en');
    expect(board.mentions.map((m) => `${m.text}|${m.type}|${m.id}`)).toEqual([
      `Karagandy Zhylu|ORG|${zhylu}`,
    ]);
    expect(found('University Rector Zhanar Temirbekova thanked them.', 'en')).toEqual([
      expect.stringMatching(/^Zhanar Temirbekova\|PER\|x:/),
    ]);
    const [akim] = annotator.annotate('Он поручил Гауезу Нурмухамбетову ускорить работу.', 'ru').mentions;
    expect(akim?.name.ru).toBe('Гауез Нурмухамбетов');
    expect(found('Маслихат Алматинской области утвердил бюджет.', 'ru', 'ORG')).toEqual([
      expect.stringMatching(/^Маслихат Алматинской области\|ORG\|x:/),
    ]);
  });
});

describe('the governments of Central Asia and a university of Turkistan', () => {
  it('are the knowledge base’s, in every form, and a correction on the government’s older id applies', () => {
    expect(found('Правительство Узбекистана одобрило план.', 'ru', 'ORG')).toEqual([
      'Правительство Узбекистана|ORG|cabinet-uz',
    ]);
    expect(found('The Government of Uzbekistan and the Kyrgyz government agreed.', 'en', 'ORG')).toEqual([
      'Government of Uzbekistan|ORG|cabinet-uz',
      'Kyrgyz government|ORG|cabinet-kg',
    ]);
    const [government] = annotator.annotate('Это одобрило Правительство Узбекистана.', 'ru').mentions;
    expect(government && annotator.formerIdsOf(government)).toContain('x:gfrnmnt.uz');
    expect(
      found('Открылся корпус Международного казахско-турецкого университета имени Ходжи Ахмеда Ясави.', 'ru'),
    ).toEqual([
      'Международного казахско-турецкого университета имени Ходжи Ахмеда Ясави|ORG|yasawi-university',
    ]);
  });
});

describe('a report of the neighbours', () => {
  it('reads a place after "the port of" as a place, as "порт Поти" is', async () => {
    const [poti] = ids('Стороны обсудили работу порта Поти.', 'ru', 'LOC');
    expect(found('The sides discussed the operation of the port of Poti.', 'en')).toEqual([
      `Poti|LOC|${poti}`,
    ]);
    // (not a common word: "Entry" as the app's word lists hold it)
    const common = await loadTestAnnotator(lexiconOf([], [], ['entry']));
    expect(common.annotate('The port of Entry was closed.', 'en').mentions).toEqual([]);
  });
});

describe('the Kazakh-Uzbek Supreme Interstate Council', () => {
  it('is the knowledge base’s when both states are named, and no bare council is', () => {
    expect(
      found(
        'Заседание Высшего межгосударственного совета Республики Казахстан и Республики Узбекистан прошло в Хиве.',
        'ru',
      ),
    ).toEqual([
      'Высшего межгосударственного совета Республики Казахстан и Республики Узбекистан|ORG|supreme-interstate-council-kz-uz',
      'Хиве|LOC|khiva',
    ]);
    expect(found('The Kazakhstan-Uzbekistan Supreme Interstate Council met in Khiva.', 'en')).toEqual([
      'Kazakhstan-Uzbekistan Supreme Interstate Council|ORG|supreme-interstate-council-kz-uz',
      'Khiva|LOC|khiva',
    ]);
    // (Kazakhstan has such a council with Kyrgyzstan too)
    expect(ids('Президенты провели заседание Высшего межгосударственного совета.', 'ru')).not.toContain(
      'supreme-interstate-council-kz-uz',
    );
  });
});
