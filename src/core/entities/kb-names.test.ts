import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { loadTestAnnotator, testResources } from '../../node/test-annotator';
import { createAnnotator, type Annotator } from './annotator';
import { correctedAnnotate } from './apply-corrections';
import type { MentionType } from '../../shared/entities';
import { lexiconOf } from './lexicon';
import { nerelOptions } from './recognize-options';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const idsOf = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

/** Expects a Russian text and its English version to name these ids, in this order (of one type, if given). */
function idsInBoth(ru: string, en: string, expected: readonly string[], type?: MentionType): void {
  const ids = (text: string, lang: 'ru' | 'en') =>
    annotator
      .annotate(text, lang)
      .mentions.filter((m) => !type || m.type === type)
      .map((m) => m.id);
  expect(ids(ru, 'ru')).toEqual(expected);
  expect(ids(en, 'en')).toEqual(expected);
}

describe('short names of bodies in the knowledge base', () => {
  it('links a Latin acronym written with a full stop after each letter', () => {
    expect(idsOf('The newly requested F.B.I. investigation and the C.I.A. report.', 'en')).toEqual([
      'F.B.I.|ORG|Q8333',
      'C.I.A.|ORG|Q37230',
    ]);
  });

  it('links a party Russian writes in lower case, as English writes it with capitals', () => {
    expect(
      idsOf('Корбин заявил, что лейбористская партия едина, а консервативной партии это не нравится.', 'ru'),
    ).toEqual(
      expect.arrayContaining([
        'лейбористская партия|ORG|Q9630',
        'консервативной партии|ORG|uk-conservative-party',
      ]),
    );
    expect(idsOf('Corbyn said the Labour party is united.', 'en')).toContain('Labour party|ORG|Q9630');
  });

  it('links the names Russian writes in lower case or in Latin letters to the body or event English names', () => {
    idsInBoth(
      'Представители госдепартамента и члены партии Тори обсудили Brexit и Брексит.',
      'State Department officials and the Tories discussed Brexit and Brexit.',
      ['Q789915', 'uk-conservative-party', 'brexit', 'brexit'],
    );
    idsInBoth('Священник англиканской церкви поддержал NHS.', 'A Church of England cleric backed the NHS.', [
      'church-of-england',
      'nhs-uk',
    ]);
  });

  it('a surname alone is the known person the text names in full, a place’s name after "в" the place', () => {
    // "Буш" is too short a surname to link wherever it stands
    expect(idsOf('Джордж Буш заявил. Буш добавил, что Вашингтон поможет.', 'ru')).toEqual([
      'Джордж Буш|PER|Q207',
      'Буш|PER|Q207',
      'Вашингтон|LOC|Q61',
    ]);
    const london = idsOf('Писатель Джек Лондон уехал. Лондон писал много, но жил не в Лондоне.', 'ru');
    expect(london[0]).toMatch(/^Джек Лондон\|PER\|x:/);
    expect(london.slice(1)).toEqual([london[0]?.replace('Джек Лондон', 'Лондон'), 'Лондоне|LOC|Q84']);
  });

  it('reads a town named after a person as a surname after a given name, in any case, in both languages', () => {
    const ru = idsOf('Министр Нурлан Курчатов встретил Сергея Сатбаева и Нурлана Сатбаева в Сатбаеве.', 'ru');
    const en = idsOf('Minister Nurlan Kurchatov met Sergei Satbayev and Nurlan Satbayev in Satbayev.', 'en');
    expect(ru.map((m) => m.split('|').slice(1).join('|'))).toEqual([
      'PER|x:krctf.nr',
      'PER|x:stbf.sr',
      'PER|x:stbf.nr',
      'LOC|satbayev',
    ]);
    expect(en.map((m) => m.split('|').slice(1).join('|'))).toEqual(
      ru.map((m) => m.split('|').slice(1).join('|')),
    );
    expect(ru[2]).toBe('Нурлана Сатбаева|PER|x:stbf.nr');
    // a town that is not named after anyone stays the place after a given name in another case
    expect(idsOf('Визит Нурлана в Берлин.', 'ru').at(-1)).toBe('Берлин|LOC|Q64');
  });

  it('links American cities Russian spells two ways', () => {
    expect(idsOf('Он умер в Нэшвилле, а родился в Миннеаполисе.', 'ru')).toEqual([
      'Нэшвилле|LOC|Q23197',
      'Миннеаполисе|LOC|Q36091',
    ]);
    expect(idsOf('Нашвилл скорбит.', 'ru')).toEqual(['Нашвилл|LOC|Q23197']);
    expect(idsOf('He died in Nashville.', 'en')).toEqual(['Nashville|LOC|Q23197']);
  });

  it('links a US department, which Russian calls a ministry, in both languages', () => {
    expect(
      idsOf('Министерство торговли США и Минэнерго США ответили Министерству сельского хозяйства США.', 'ru'),
    ).toEqual([
      'Министерство торговли США|ORG|Q503577',
      'Минэнерго США|ORG|Q217810',
      'Министерству сельского хозяйства США|ORG|Q501542',
    ]);
    expect(idsOf('The US Commerce Department, the Department of Energy and the USDA agreed.', 'en')).toEqual([
      'US Commerce Department|ORG|Q503577',
      'Department of Energy|ORG|Q217810',
      'USDA|ORG|Q501542',
    ]);
    // a ministry the text does not place in the US is not the American one
    expect(idsOf('Министерство энергетики сообщило о росте добычи.', 'ru')[0]).toMatch(/\|ORG\|x:/);
  });

  it('links a head of state named in full with both surnames, and by the first alone in a case form', () => {
    expect(idsOf('Мигель Диас-Канель Бермудес встретился с Диас-Канелем.', 'ru')).toEqual([
      'Мигель Диас-Канель Бермудес|PER|diaz-canel',
      'Диас-Канелем|PER|diaz-canel',
    ]);
    expect(idsOf('Cuban President Miguel Díaz-Canel met Bola Tinubu.', 'en')).toEqual([
      'Miguel Díaz-Canel|PER|diaz-canel',
      'Bola Tinubu|PER|tinubu',
    ]);
  });

  it('links the agencies and think tanks of foreign policy news in both languages', () => {
    expect(
      idsOf('Эксперт Совета по международным отношениям и Института Брукингса сослался на данные CDC.', 'ru'),
    ).toEqual([
      'Совета по международным отношениям|ORG|council-on-foreign-relations',
      'Института Брукингса|ORG|brookings-institution',
      'CDC|ORG|cdc',
    ]);
    expect(
      idsOf(
        'A fellow at the Council on Foreign Relations and the Brookings Institution cited the Centers for Disease Control and Prevention.',
        'en',
      ),
    ).toEqual([
      'Council on Foreign Relations|ORG|council-on-foreign-relations',
      'Brookings Institution|ORG|brookings-institution',
      'Centers for Disease Control and Prevention|ORG|cdc',
    ]);
  });

  it('links the Astana International Forum by the adjective Russian news gives it, in any case', () => {
    idsInBoth(
      'На полях Астанинского международного форума 8 июня встретились министры. На Международном форуме «Астана» выступил Токаев.',
      'Ministers met on the sidelines of the Astana International Forum on June 8. At the Astana International Forum, Tokayev spoke.',
      ['astana-international-forum', 'astana-international-forum', 'tokayev'],
    );
  });

  it('links the holidays of the region and Halloween as events, no person or place', () => {
    idsInBoth(
      'Накануне Хеллоуина и Курбан айта, на Ораза айт и на Наурыз.',
      'Ahead of Halloween and Kurban Ait, on Eid al-Fitr and on Nauryz.',
      ['halloween', 'kurban-ait', 'oraza-ait', 'nauryz'],
    );
  });

  it('links the Silk Road Fund, with its name quoted or not, and keeps the Silk Road apart', () => {
    idsInBoth(
      'Он отметил роль Фонда «Шелкового пути» и Азиатского банка инфраструктурных инвестиций. Фонд Шелкового пути вложил средства в проекты на Великом Шелковом пути.',
      'He noted the role of the Silk Road Fund and the Asian Infrastructure Investment Bank. The Silk Road Fund invested in projects along the Great Silk Road.',
      ['silk-road-fund', 'aiib', 'silk-road-fund', 'silk-road'],
    );
  });

  it('links a body by the short name the news uses for it', () => {
    expect(idsOf('Решение Генеральной Ассамблеи поддержал глава Федерального резерва.', 'ru')).toEqual([
      'Генеральной Ассамблеи|ORG|Q47423',
      'Федерального резерва|ORG|Q53536',
    ]);
    expect(idsOf('The General Assembly voted before the Fed raised rates.', 'en')).toEqual([
      'General Assembly|ORG|Q47423',
      'Fed|ORG|Q53536',
    ]);
    expect(
      idsOf(
        'Форвард «Реала» забил, «Локомотив» выиграл, а Скотленд-Ярд ждёт саммита Большой восьмерки.',
        'ru',
      ),
    ).toEqual([
      'Реала|ORG|Q8682',
      'Локомотив|ORG|Q29115',
      'Скотленд-Ярд|ORG|Q184619',
      'Большой восьмерки|ORG|Q37143',
    ]);
  });

  it('links a foreign outlet by its Russian spelling, and a place named after one as the place', () => {
    expect(idsOf('Об этом пишут Гардиан и Шпигель, а фото сделано на Таймс-сквер.', 'ru')).toEqual([
      'Гардиан|ORG|Q11148',
      'Шпигель|ORG|Q131478',
      'Таймс-сквер|LOC|times-square',
    ]);
  });
});

describe('the bodies of the region', () => {
  it('links Kyrgyzstan’s parliament and parties, and keeps Kazakhstan’s Atameken chamber apart', () => {
    const text =
      'Фракции СДПК, Онугуу Прогресс и Ата Мекен в Жогорку Кенеше подписали соглашение. НПП «Атамекен» его поддержала.';
    expect(idsOf(text, 'ru').filter((m) => !m.startsWith('НПП|'))).toEqual([
      'СДПК|ORG|Q24511',
      'Онугуу Прогресс|ORG|Q22080490',
      'Ата Мекен|ORG|Q753013',
      'Жогорку Кенеше|ORG|Q578193',
      'Атамекен|ORG|atameken',
    ]);
  });

  it('links the regions of Central Asia and its state companies in both languages, after their governor’s post', () => {
    const ru =
      'Хоким Ташкентской области, аким Чуйской области и глава Согдийской области обсудили перевозки ' +
      'компании «Узбекистон темир йуллари» и Навоийского ГМК в Дашогузский велаят. Хоким Зойир Мирзаев выступил.';
    const en =
      'The khokim of Tashkent Region, the akim of Chuy Region and the head of Sughd Region discussed ' +
      'shipments by Uzbekistan Railways and Navoi MMC to Dashoguz Region. Hokim Zoyir Mirzayev spoke.';
    idsInBoth(ru, en, [
      'tashkent-region',
      'chuy-region',
      'sughd-region',
      'uzbekistan-railways',
      'navoi-mmc',
      'dashoguz-region',
      // (a post the lists did not hold, no part of the name: "Хоким", "Hokim")
      'x:mrsf.sr',
    ]);
  });

  it('links the councils of the region’s blocs in both languages, the summit’s and the ministers’', () => {
    const ru =
      'Открылось заседание Совета глав государств — членов Шанхайской организации сотрудничества. ' +
      'Совет глав государств СНГ собрался в Душанбе, СМИД ШОС — в Астане, а Совет коллективной безопасности ОДКБ — в Минске.';
    const en =
      'The Council of Heads of State of the Shanghai Cooperation Organisation opened. ' +
      'The CIS Council of Heads of State met in Dushanbe, the SCO Council of Foreign Ministers in Astana and the CSTO Collective Security Council in Minsk.';
    idsInBoth(
      ru,
      en,
      [
        'sco-council-heads-of-state',
        'cis-council-heads-of-state',
        'sco-council-foreign-ministers',
        'csto-collective-security-council',
      ],
      'ORG',
    );
  });

  it('links the region’s election, court and energy bodies and its oil fields in both languages', () => {
    const ru =
      'Наблюдали миссия БДИПЧ ОБСЕ и Исполнительный комитет СНГ. Центральная комиссия по выборам и ' +
      'проведению референдумов назначила выборы, Суд МФЦА рассмотрел споры, Агентство по атомной энергии ' +
      'Узбекистана строит АЭС, а оператор Кашагана и Карачаганака отчитался.';
    const en =
      'Observers came from the OSCE Office for Democratic Institutions and Human Rights and the CIS ' +
      'Executive Committee. The Central Commission for Elections and Referendums set the elections, the ' +
      'AIFC Court heard disputes, the Atomic Energy Agency of Uzbekistan is building a plant, and the ' +
      'operator of Kashagan and Karachaganak reported.';
    idsInBoth(ru, en, [
      'odihr',
      'cis-executive-committee',
      'cec-kg',
      'aifc-court',
      'uzatom',
      'kashagan-field',
      'karachaganak-field',
    ]);
    // (the Anti-Corruption Agency by the short Russian name news gives it)
    expect(idsOf('Агентство по противодействию коррупции начало проверку.', 'ru')).toEqual([
      'Агентство по противодействию коррупции|ORG|anti-corruption-agency-kz',
    ]);
  });

  it('links a state company after its legal form by its whole quoted name, as without the form', () => {
    // (the name's normal forms, "казахстан темир жола", spell no known name)
    const ru = 'АО «Казахстан темир жолы» и ПАО «Газпром» подписали меморандум.';
    expect(idsOf(ru, 'ru')).toEqual(['Казахстан темир жолы|ORG|ktz', 'Газпром|ORG|Q102673']);
    expect(idsOf('Kazakhstan Temir Zholy and Gazprom signed a memorandum.', 'en')).toEqual([
      'Kazakhstan Temir Zholy|ORG|ktz',
      'Gazprom|ORG|Q102673',
    ]);
  });

  it('keeps a correction the reader made on the id such a company had before it was found', async () => {
    const kb = await loadKb(testResources);
    const morph = await loadMorphology();
    const text = 'АО «Казахстан темир жолы» подписало меморандум.';
    const before = createAnnotator(
      kb.filter((e) => e.slug !== 'ktz'),
      morph,
    ).annotate(text, 'ru').mentions[0];
    expect(before?.id).toMatch(/^x:/);
    const correct = correctedAnnotate(
      annotator,
      [{ kind: 'retype', id: before?.id ?? '', type: 'LOC' }],
      () => undefined,
    );
    expect(correct(text, 'ru').mentions[0]).toMatchObject({ id: 'ktz', type: 'LOC' });
  });
});

describe('the parties of the partner countries', () => {
  it('links a ruling party by its name and its acronym in both languages', () => {
    const ru = idsOf(
      'На съезде КПК выступили гости из ХДС. Коммунистическая партия Китая отметила юбилей.',
      'ru',
    );
    const en = idsOf('Guests from the CDU spoke at the congress of the Chinese Communist Party.', 'en');
    expect(ru).toEqual(['КПК|ORG|Q17427', 'ХДС|ORG|Q49762', 'Коммунистическая партия Китая|ORG|Q17427']);
    expect(en).toEqual(['CDU|ORG|Q49762', 'Chinese Communist Party|ORG|Q17427']);
    expect(idsOf('Пленум ЦК Трудовой партии Кореи открылся.', 'ru')).toContain(
      'Трудовой партии Кореи|ORG|workers-party-of-korea',
    );
  });
});

describe('a see and its city', () => {
  it('reads the Holy See as the body and the Vatican as the place, in both languages', () => {
    expect(idsOf('Пресс-служба Святого престола в Ватикане сообщила об этом.', 'ru').slice(-2)).toEqual([
      'Святого престола|ORG|Q159583',
      'Ватикане|LOC|Q237',
    ]);
    expect(idsOf('The Holy See spoke in the Vatican.', 'en')).toEqual([
      'Holy See|ORG|Q159583',
      'Vatican|LOC|Q237',
    ]);
  });
});

describe('names the language writes in lower case', () => {
  it('are found in any case form, and lower-case words before a name are not taken for one', () => {
    expect(idsOf('Член бундестага нашёл оружие вермахта; идёт специальная военная операция.', 'ru')).toEqual([
      'бундестага|ORG|Q154797',
      'вермахта|ORG|Q128781',
      'специальная военная операция|EVENT|russian-invasion-of-ukraine',
    ]);
    expect(idsOf('Выборы выиграла партия «Аманат».', 'ru').map((m) => m.split('|')[0])).toEqual(['Аманат']);
    expect(idsOf('the Kremlin said the special military operation goes on', 'en')).toEqual([
      'Kremlin|ORG|kremlin',
      'special military operation|EVENT|russian-invasion-of-ukraine',
    ]);
  });

  it('finds a known body Russian writes in lower case before its place, and only the name after a kind of body', () => {
    expect(
      idsOf(
        'Под контролем коммунистической партии Китая; представители госдепартамента США; письмо в министерство иностранных дел Казахстана.',
        'ru',
      ),
    ).toEqual([
      'коммунистической партии Китая|ORG|Q17427',
      'госдепартамента США|ORG|Q789915',
      'министерство иностранных дел Казахстана|ORG|mfa-kz',
    ]);
    // the place's capital is what makes it a name: without it, and with a name that is no place, the
    // lower-case words are a kind of body before a name found on its own
    expect(idsOf('Он вступил в коммунистическую партию китая.', 'ru')).toEqual([]);
    expect(idsOf('Сообщает агентство Франс Пресс; он работал в банке ВТБ.', 'ru')).toEqual([
      'Франс Пресс|ORG|Q40464',
      'ВТБ|ORG|Q1549389',
    ]);
    // a government or parliament by its people's adjective, which Russian writes in lower case
    expect(
      idsOf(
        'Казахстанское правительство и депутаты казахстанского парламента спорят с российским правительством.',
        'ru',
      ),
    ).toEqual([
      'Казахстанское правительство|ORG|government-kz',
      'казахстанского парламента|ORG|parliament-kz',
      'российским правительством|ORG|Q1140115',
    ]);
    // (NEREL marks the head inside it as a body too, as it does in "армянское правительство")
    expect(
      annotator
        .annotate('Казахстанское правительство одобрило план.', 'ru', nerelOptions)
        .mentions.map((m) => `${m.text}|${m.type}`),
    ).toEqual(['Казахстанское правительство|ORG', 'Казахстанское|LOC', 'правительство|ORG']);
    // NEREL's reading marks it whole with its place, and not again as the body alone
    const nerel = annotator
      .annotate('Ущерб нанесён престижу армии США.', 'ru', nerelOptions)
      .mentions.map((m) => `${m.text}|${m.type}`);
    expect(nerel).toEqual(['армии США|ORG', 'США|LOC']);
  });

  it('tells a group from its company: Samsung is the chaebol, Samsung Electronics the company', () => {
    expect(idsOf('Компания Samsung Electronics отчиталась, а Самсунг Электроникс выросла.', 'ru')).toEqual([
      'Samsung Electronics|ORG|Q20718',
      'Самсунг Электроникс|ORG|Q20718',
    ]);
    expect(idsOf('Samsung said so.', 'en')).toEqual(['Samsung|ORG|Q20716']);
  });
});

describe('events of sport, film and history', () => {
  it('links a competition, a festival and an era in both languages, in lower case where Russian writes it so', () => {
    expect(
      idsOf('Ливерпуль сыграет в Лиге чемпионов, а фильм покажут на Каннском кинофестивале.', 'ru'),
    ).toEqual(expect.arrayContaining(['Лиге чемпионов|EVENT|Q18756', 'Каннском кинофестивале|EVENT|Q42369']));
    expect(
      idsOf('Liverpool plays in the Champions League; the film opens the Cannes Film Festival.', 'en'),
    ).toEqual(expect.arrayContaining(['Champions League|EVENT|Q18756', 'Cannes Film Festival|EVENT|Q42369']));
    expect(idsOf('После холодной войны Олимпийские игры прошли в Москве.', 'ru')).toEqual(
      expect.arrayContaining(['холодной войны|EVENT|Q8683', 'Олимпийские игры|EVENT|Q5389']),
    );
    expect(idsOf('After the Cold War the Olympics came to Moscow.', 'en')).toEqual(
      expect.arrayContaining(['Cold War|EVENT|Q8683', 'Olympics|EVENT|Q5389']),
    );
  });
});

describe('names that only look like a known one', () => {
  it('does not link a word to an entity whose name its letters merely resemble', () => {
    // a letter put between across scripts, and a bracketed word that tells namesakes apart
    expect(idsOf('Лидеры группы, «Хартс», отстают на три очка.', 'ru')).toEqual(['Хартс|ORG|x:grc']);
    expect(idsOf('Он вступил в «Клуб» голливудских мальчиков.', 'ru')).toEqual(['Клуб|ORG|x:klb']);
    expect(idsOf('Они поехали в Тенесси.', 'ru')).toEqual(['Тенесси|LOC|Q1509']);
  });

  it('tells two men apart whose surnames differ by a vowel', () => {
    expect(idsOf('Сулейман Керимов купил клуб. Керимов заявил, что Ислам Каримов не прав.', 'ru')).toEqual([
      'Сулейман Керимов|PER|Q447250',
      'Керимов|PER|Q447250',
      'Ислам Каримов|PER|Q57558',
    ]);
  });

  it('links a common word to a known body only by a whole name in its own script', () => {
    // the last word of "Священный синод Русской православной церкви" is no name of the synod
    expect(idsOf('Патриарх говорил о развитии Церкви.', 'ru')).toEqual(['Церкви|ORG|x:crc']);
    expect(idsOf('Пакистанские талибы представили нового лидера.', 'ru')).toEqual(['талибы|ORG|Q42418']);
  });

  it('reads a word that opens a sentence as the thing, not the place, when both are as likely', () => {
    expect(idsOf('Кампания уже подходила к концу.', 'ru')).toEqual([]);
    expect(idsOf('Он вырос в Кампании.', 'ru')).toEqual(['Кампании|LOC|Q1438']);
  });

  it('reads a verb that opens a sentence, and an acronym, as no case form of a known name', () => {
    // ("Читаю" is no form of Чита, "Думаю" none of the Duma; "РГУ" is no form of "РГ", the newspaper)
    expect(idsOf('Читаю книгу каждый день. Думаю, что так.', 'ru')).toEqual([]);
    expect(idsOf('Встреча в Чите.', 'ru')).toEqual(['Чите|LOC|Q53139']);
    expect(idsOf('Студент РГУ им. Косыгина и журналист РГ.', 'ru').map((m) => m.split('|')[2])).toEqual([
      expect.stringMatching(/^x:/),
      'Q1853433',
    ]);
  });
});

describe('a surname many people share', () => {
  it('alone names the known person only once the text has named them in full', () => {
    expect(idsOf('Директор завода Иванов заявил, что цех закроют.', 'ru')).toEqual(['Иванов|PER|x:fnf']);
    expect(idsOf('Plant director Ivanov said the shop would close.', 'en')).toEqual(['Ivanov|PER|x:fnf']);
    expect(idsOf('Игорь Иванов прибыл в Минск. Иванов заявил, что визит важен.', 'ru')).toEqual([
      'Игорь Иванов|PER|igor-ivanov',
      'Минск|LOC|Q2280',
      'Иванов|PER|igor-ivanov',
    ]);
    // (a name the rules find there is read as they find it, and a case form keys as its nominative)
    expect(idsOf('Суд над Лебедевым начался в мае. Врачи оценивают состояние Лебедева.', 'ru')).toEqual([
      'Лебедевым|PER|x:lbdf',
      'Лебедева|PER|x:lbdf',
    ]);
  });

  it('reads it after a settlement noun, whole or abbreviated, as the place, and after a post of theirs as them', () => {
    expect(idsOf('Форум прошёл в г. Остин, штат Техас.', 'ru')).toEqual([
      'Остин|LOC|x:stn',
      'Техас|LOC|Q1439',
    ]);
    expect(idsOf('Defense Secretary Austin said no.', 'en')).toEqual(['Austin|PER|lloyd-austin']);
    // (the "г." of a year is no town's)
    expect(idsOf('В 2019 г. Путин приехал.', 'ru')).toEqual(['Путин|PER|Q7747']);
  });

  it('links it after the whole of one of their roles, each word of it theirs', () => {
    expect(idsOf('Премьер-министр Франции Филипп заявил.', 'ru')).toEqual([
      'Франции|LOC|Q142',
      'Филипп|PER|edouard-philippe',
    ]);
    expect(idsOf('Министр иностранных дел России Иванов заявил.', 'ru').at(-1)).toBe(
      'Иванов|PER|igor-ivanov',
    );
    // (Igor Ivanov was never defence minister; Prince Philip is no prime minister)
    expect(idsOf('Министр обороны России Иванов заявил.', 'ru').at(-1)).toBe('Иванов|PER|x:fnf');
    expect(idsOf('Королева и принц Филипп прибыли.', 'ru')).toEqual(['Филипп|PER|x:flp']);
  });

  it('leaves a surname few share linked alone', () => {
    expect(idsOf('Лавров прибыл в Минск.', 'ru')).toEqual(['Лавров|PER|lavrov', 'Минск|LOC|Q2280']);
  });
});

describe('a place whose name is also a given name', () => {
  it('reads it as a given name when the case of the word after it says so', () => {
    // the country "Доминика" is nominative only; the man "Доминика" is genitive, as "Стросс-Кана" is
    expect(idsOf('Арест Доминика Стросс-Кана потряс фонд.', 'ru')).toEqual([
      'Доминика Стросс-Кана|PER|dominique-strauss-kahn',
    ]);
    // a name "Дании" would be prepositional, a case that comes only after a preposition
    expect(idsOf('Орден вручили королеве Дании Маргарете.', 'ru')).toEqual([
      'Дании|LOC|Q35',
      'Маргарете|PER|x:mrgrt',
    ]);
    expect(idsOf('Премьер Израиля Нетаньяху прибыл.', 'ru')).toEqual([
      'Израиля|LOC|Q801',
      'Нетаньяху|PER|Q43723',
    ]);
  });
});

describe('cities whose names differ between the languages', () => {
  it('link a Russian and an English name of one city under one id', () => {
    const ru = idsOf('Делегация прибыла в Кёльн, затем в Неаполь, Скопье и Харьков.', 'ru');
    const en = idsOf('The delegation arrived in Cologne, then Naples, Skopje and Kharkiv.', 'en');
    expect(ru.map((m) => m.split('|')[2])).toEqual(en.map((m) => m.split('|')[2]));
    expect(ru.map((m) => m.split('|')[1])).toEqual(['LOC', 'LOC', 'LOC', 'LOC']);
  });

  it('leave a woman named after one a person', () => {
    // "София" is the city to the dictionary, "Софи" only a guess
    expect(idsOf('Выступили София Никитчук и Софи Дикс.', 'ru')).toEqual([
      'София Никитчук|PER|x:nkck.sf',
      'Софи Дикс|PER|x:dks.sf',
    ]);
  });
});

describe('a country by a short name', () => {
  it('"Америка" is the United States in Russian as in English, and the continents keep their names', () => {
    expect(idsOf('Он приплыл в Америку в 19 лет. В Америке все улыбаются.', 'ru')).toEqual([
      'Америку|LOC|Q30',
      'Америке|LOC|Q30',
    ]);
    expect(idsOf('He sailed to America at 19.', 'en')).toEqual(['America|LOC|Q30']);
    expect(idsOf('В Латинской Америке и Северной Америке. Как сообщает «Голос Америки».', 'ru')).toEqual([
      'Латинской Америке|LOC|Q12585',
      'Северной Америке|LOC|Q49',
      'Голос Америки|ORG|Q228389',
    ]);
  });

  it('as Bosnia and Syria are their countries by a short name or an acronym', () => {
    expect(idsOf('Сербы Боснии и президент САР.', 'ru')).toEqual(['Боснии|LOC|Q225', 'САР|LOC|Q858']);
    expect(idsOf('The war in Bosnia.', 'en')).toEqual(['Bosnia|LOC|Q225']);
  });
});

describe('a place named by the last word of a known place’s name', () => {
  it('is another place, unless the knowledge base says so', () => {
    const [hampshire] = idsOf('Он переехал в Хэмпшир.', 'ru');
    expect(hampshire).toMatch(/^Хэмпшир\|LOC\|x:/);
    expect(idsOf('Он переехал в Нью-Гэмпшир.', 'ru')).toEqual(['Нью-Гэмпшир|LOC|Q759']);
    expect(idsOf('Президент Македонии прибыл.', 'ru')).toEqual(['Македонии|LOC|Q221']);
    expect(idsOf('The president of Macedonia arrived.', 'en')).toEqual(['Macedonia|LOC|Q221']);
  });
});

describe('a person named family name first', () => {
  let withLexicon: Annotator;
  beforeAll(async () => {
    const common = 'both and want a second summit met said the talks went well on are posters';
    withLexicon = await loadTestAnnotator(lexiconOf(['kim'], [], common.split(' ')));
  });
  const people = (text: string) =>
    withLexicon
      .annotate(text, 'en')
      .mentions.filter((m) => m.type === 'PER')
      .map((m) => `${m.text}|${m.id}`);

  it('is the known person where the text calls them by the family name alone, in both languages', () => {
    expect(people('Kim Jong Un met Donald Trump. Both Kim and Trump want a second summit.')).toEqual([
      'Kim Jong Un|Q56226',
      'Donald Trump|Q22686',
      'Kim|Q56226',
      'Trump|Q22686',
    ]);
    const ru = idsOf('Ким Чен Ын встретился с Трампом. Ким сказал, что встреча с Кимом прошла хорошо.', 'ru');
    expect(ru.filter((m) => m.startsWith('Ким'))).toEqual([
      'Ким Чен Ын|PER|Q56226',
      'Ким|PER|Q56226',
      'Кимом|PER|Q56226',
    ]);
  });

  it('is the known person where the dictionary reads the family name as a place', () => {
    const text =
      'КНДР встретилась с лидером Муном Чжэ Ином. Пхеньян пообещал на встрече с участием Муна закрыть полигон.';
    expect(idsOf(text, 'ru').filter((m) => m.startsWith('Мун'))).toEqual([
      'Муном Чжэ Ином|PER|moon-jae-in',
      'Муна|PER|moon-jae-in',
    ]);
  });

  it('is not linked when two people the text names share the family name', () => {
    const ids = idsOf(
      'Портреты Ким Чен Ына и Ким Ир Сена висят везде. Ким сказал, что встреча прошла хорошо.',
      'ru',
    );
    expect(ids).toEqual(['Ким Чен Ына|PER|Q56226', 'Ким Ир Сена|PER|kim-il-sung', 'Ким|PER|x:km']);
  });
});

describe('large cities abroad', () => {
  it('links them in both languages and in Russian case forms, with no cue before them', () => {
    expect(idsOf('Наводнение угрожает Солт-Лейк-Сити и Финиксу, а также Лидсу.', 'ru')).toEqual([
      'Солт-Лейк-Сити|LOC|salt-lake-city',
      'Финиксу|LOC|phoenix',
      'Лидсу|LOC|leeds',
    ]);
    expect(idsOf('Flooding threatens Salt Lake City and Phoenix, and Leeds too.', 'en')).toEqual([
      'Salt Lake City|LOC|salt-lake-city',
      'Phoenix|LOC|phoenix',
      'Leeds|LOC|leeds',
    ]);
  });
});

describe('the bodies of Kazakhstan and Central Asia', () => {
  const orgIds = (text: string, lang: 'ru' | 'en') =>
    annotator
      .annotate(text, lang)
      .mentions.filter((m) => m.type === 'ORG')
      .map((m) => m.id);

  it('a report in Russian and its English translation name each body by one known id', () => {
    const ru =
      'Агентство по финансовому мониторингу и Пограничная служба КНБ задержали нарушителей. Бюро ' +
      'национальной статистики сообщило об инфляции, Единый накопительный пенсионный фонд подвёл ' +
      'итоги года, Вооружённые силы Казахстана провели учения. МИД Узбекистана, Олий Мажлис и ' +
      'Нацбанк Кыргызстана ответили.';
    const en =
      'The Financial Monitoring Agency and the Border Service of the KNB detained violators. The ' +
      'Bureau of National Statistics reported on inflation, the Unified Accumulative Pension Fund ' +
      'summed up the year, the Armed Forces of Kazakhstan held exercises. The Ministry of Foreign ' +
      'Affairs of Uzbekistan, the Oliy Majlis and the National Bank of Kyrgyzstan replied.';
    const known = [
      'afm-kz',
      'border-service-kz',
      'bureau-national-statistics-kz',
      'enpf',
      'armed-forces-kz',
      'mfa-uz',
      'oliy-majlis',
      'national-bank-kg',
    ];
    expect(orgIds(ru, 'ru')).toEqual(known);
    expect(orgIds(en, 'en')).toEqual(known);
  });
});

describe('a person’s name with a particle', () => {
  it('has one id in Russian and English, and shows the particle in lower case', () => {
    const ru =
      'Министр энергетики принц Абдель Азиз бин Салман заявил, что композитор Людвиг ван Хоффен прав.';
    const en =
      'Energy Minister Prince Abdulaziz bin Salman said that the composer Ludwig van Hoffen was right.';
    const people = (text: string, lang: 'ru' | 'en') =>
      annotator.annotate(text, lang).mentions.filter((m) => m.type === 'PER');
    const [saudi, composer] = people(ru, 'ru');
    expect(people(en, 'en').map((m) => m.id)).toEqual([saudi?.id, composer?.id]);
    expect(saudi?.id).toMatch(/^x:/);
    expect([saudi?.name.ru, composer?.name.ru]).toEqual(['Абдель Азиз бин Салман', 'Людвиг ван Хоффен']);
    expect(people(en, 'en').map((m) => m.name.en)).toEqual(['Abdulaziz bin Salman', 'Ludwig van Hoffen']);
  });

  it('goes on through the capitalised article of an Arab family’s name, and is not the son it names', () => {
    const ru = 'Он сказал, что эмир Катара Хамад бин Халифа Аль Тани отрёкся в пользу сына.';
    const en = 'He said the Emir of Qatar Hamad bin Khalifa Al Thani abdicated in favour of his son.';
    const [father] = annotator.annotate(ru, 'ru').mentions.filter((m) => m.type === 'PER');
    expect(father?.text).toBe('Хамад бин Халифа Аль Тани');
    expect(father?.name.ru).toBe('Хамад бин Халифа Аль Тани');
    expect(father?.id).toMatch(/^x:/);
    expect(annotator.annotate(en, 'en').mentions.filter((m) => m.type === 'PER')).toEqual([
      expect.objectContaining({ text: 'Hamad bin Khalifa Al Thani', id: father?.id }),
    ]);
  });

  it('in English, is no known person its given name or its last word names', () => {
    // (not Mohammed bin Salman by "Salman", nor Charles III by "Charles")
    expect(idsOf('Prince Abdulaziz bin Salman met the minister.', 'en').map((m) => m.split('|')[0])).toEqual([
      'Abdulaziz bin Salman',
    ]);
    expect(idsOf('In 1966 President Charles de Gaulle visited Moscow.', 'en')).toEqual([
      expect.stringMatching(/^Charles de Gaulle\|PER\|x:/),
      'Moscow|LOC|Q649',
    ]);
  });
});

describe('places listed before the word for them, in the plural', () => {
  it('are each the region named with that word, in Russian and in English', () => {
    const ru =
      'Обсудили газификацию Костанайской и Восточно-Казахстанской областей. Жители Акмолинской, ' +
      'Костанайской и Павлодарской областей пришли.';
    const en =
      'They discussed the gasification of the Kostanay and East Kazakhstan regions. Residents of the ' +
      'Akmola, Kostanay and Pavlodar regions came.';
    idsInBoth(
      ru,
      en,
      ['kostanay-region', 'east-kazakhstan-region', 'akmola', 'kostanay-region', 'pavlodar-region'],
      'LOC',
    );
    // (a hyphenated adjective before the last item is its region too, by the head word's gender)
    idsInBoth(
      'Зерно убрали в Северо-Казахстанской и Акмолинской областях, снег выпал в Алтайском и Пермском краях.',
      'Grain was harvested in the North Kazakhstan and Akmola regions, snow fell in the Altai and Perm krais.',
      ['north-kazakhstan-region', 'akmola', 'Q5942', 'Q5400'],
      'LOC',
    );
    // (a list with no such word after it names the cities)
    expect(idsOf('Flights from Kostanay and Almaty resumed.', 'en')[0]).toBe('Kostanay|LOC|kostanay');
  });
});

describe('a national company of the region', () => {
  it('links a national company in the quotes of a second legal form, in Kazakh spelling too', () => {
    expect(
      idsOf('Председатель правления АО «НК «Қазақстан темір жолы» Талгат Алдыбергенов сообщил.', 'ru'),
    ).toEqual(['Қазақстан темір жолы|ORG|ktz', expect.stringMatching(/^Талгат Алдыбергенов\|PER\|x:/)]);
  });
});

describe('the region’s trade with China', () => {
  it('links the border crossings, China’s State Council, a chamber of commerce and China Railway in both languages', () => {
    const ru =
      'Через Достык, Алтынколь и Аягоз идут грузы в Тачэн. Госсовет КНР и Торгово-промышленная палата ' +
      'Узбекистана договорились с China Railway.';
    const en =
      'Cargo goes through Dostyk, Altynkol and Ayagoz to Tacheng. The State Council of China and the ' +
      'Chamber of Commerce and Industry of Uzbekistan agreed with China Railway.';
    idsInBoth(ru, en, [
      'dostyk',
      'altynkol',
      'ayagoz',
      'tacheng',
      'state-council-cn',
      'chamber-of-commerce-uz',
      'china-railway',
    ]);
  });
});

describe('houses and palaces', () => {
  it('reads "Congress" and "Parliament" without an article as the body, and a palace as one place', () => {
    expect(idsOf('He is not telling the truth to Congress. Parliament voted.', 'en')).toEqual([
      'Congress|ORG|x:kngrs',
      'Parliament|ORG|x:prlmnt',
    ]);
    // (a word in capitals for stress names nothing)
    expect(idsOf('He said CONGRESS must act.', 'en')).toEqual([]);
    idsInBoth(
      'Статуя Кромвеля стоит перед Вестминстерским дворцом, не у Зимнего дворца.',
      'The statue of Cromwell stands outside the Palace of Westminster, not by the Winter Palace.',
      ['palace-of-westminster', 'winter-palace'],
      'LOC',
    );
  });
});

describe('a war, a cross and a channel', () => {
  it('links the First World War in both languages, and reads the Victoria Cross as no person', () => {
    idsInBoth(
      'Он награжден крестом Виктории во время Первой мировой войны.',
      'He won a Victoria Cross during World War One.',
      ['world-war-i'],
    );
  });

  it('reads a channel with its number as a broadcaster, and the English Channel as the sea', () => {
    expect(
      idsOf('It was shown live on Channel 5 and on Channel 4 News.', 'en').map((m) => m.split('|')[0]),
    ).toEqual(['Channel 5', 'Channel 4 News']);
    idsInBoth(
      'Они пересекли Ла-Манш.',
      'They crossed the English Channel 5 times.',
      ['english-channel'],
      'LOC',
    );
  });
});

describe('a known surname with its particle', () => {
  it('is the known person alone or after their given name, and a namesake after another', () => {
    idsInBoth(
      'Марин Ле Пен заявила. Ле Пен добавила. Жан-Ив Ле Дриан сказал.',
      'Marine Le Pen said. Le Pen added. Jean-Yves Le Drian said.',
      ['marine-le-pen', 'marine-le-pen', 'le-drian'],
    );
    const namesakes = (text: string, lang: 'ru' | 'en') =>
      idsOf(text, lang).map((m) => m.split('|').slice(0, 2).join('|'));
    expect(namesakes('Основатель партии Жан-Мари Ле Пен умер, и Жан-Марк Ле Дриан тоже.', 'ru')).toEqual([
      'Жан-Мари Ле Пен|PER',
      'Жан-Марк Ле Дриан|PER',
    ]);
    expect(namesakes('The founder Jean-Marie Le Pen died, and so did Jean-Marc Le Drian.', 'en')).toEqual([
      'Jean-Marie Le Pen|PER',
      'Jean-Marc Le Drian|PER',
    ]);
    expect(idsOf('The founder Jean-Marie Le Pen died.', 'en')[0]).not.toContain('marine-le-pen');
  });

  it('said alone, with its particle, is the namesake the text named in full', () => {
    const ids = (text: string, lang: 'ru' | 'en') => idsOf(text, lang).map((m) => m.split('|')[2]);
    const [father, again] = ids('Жан-Мари Ле Пен основал партию. Ле Пен умер в 2025 году.', 'ru');
    expect(father).toMatch(/^x:/);
    expect(again).toBe(father);
    expect(ids('Jean-Marie Le Pen founded the party. Le Pen died in 2025.', 'en')).toEqual([father, father]);
  });

  it('is no person where the name ends in "National"', () => {
    expect(idsOf('The Ryder Cup at Le Golf National was won.', 'en')).toContain(
      'Le Golf National|ORG|x:glf.l.ntnl',
    );
  });
});

describe('a partner country’s government', () => {
  it('is one known body in both languages, named with its country or in English by its adjective', () => {
    idsInBoth(
      'Однако правительство Великобритании усиливает подготовку, а Правительство Шотландии уже взяло обязательство.',
      'But the UK Government is stepping up its preparations, and the Scottish Government has already committed.',
      ['government-gb', 'scottish-government'],
      'ORG',
    );
    idsInBoth(
      'Кабмин Украины и правительство Японии.',
      'The Ukrainian Government and the Japanese Government.',
      ['government-ua', 'government-jp'],
    );
  });
});

describe('the region’s peninsulas, straits, islands and mountains', () => {
  it('are known places with one id in both languages', () => {
    idsInBoth(
      'Ким пообещал денуклеаризацию Корейского полуострова. Корабли прошли Тайваньским проливом к Курилам.',
      'Kim pledged the denuclearization of the Korean peninsula. Ships crossed the Taiwan Strait to the Kurils.',
      ['korean-peninsula', 'taiwan-strait', 'kuril-islands'],
      'LOC',
    );
    idsInBoth('Экспедиция ушла на Памир.', 'The expedition left for the Pamirs.', ['pamir-mountains'], 'LOC');
  });
});

describe('a known person whose surname is also a place’s name', () => {
  it('knows a president whose surname is also a city’s name, and that surname alone after his name', () => {
    // (Morales is a city of Guatemala: unknown, "Evo Morales" was a place)
    idsInBoth(
      'Эво Моралес, президент Боливии, выступил. Моралес добавил.',
      "Evo Morales, Bolivia's president, spoke. Morales added.",
      ['evo-morales', 'Q750', 'evo-morales'],
    );
    // (a common surname: alone, with no full name before it, it is someone the text does not say)
    expect(idsOf('Morales scored twice for the club.', 'en')).toEqual(['Morales|PER|x:mrls']);
  });
});

describe('the central banks of the main partners', () => {
  it('are known bodies with one id in both languages, by their names and short names', () => {
    idsInBoth(
      'Глава Бундесбанка Аксель Вебер ушёл. Банк Англии и Банк Японии снизили ставки, Нацбанк Украины тоже.',
      'Bundesbank chief Axel Weber quit. The Bank of England and the BoJ cut rates, and so did the NBU.',
      ['bundesbank', 'bank-of-england', 'bank-of-japan', 'national-bank-ua'],
      'ORG',
    );
    expect(idsOf('Глава Бундесбанка Аксель Вебер ушёл.', 'ru')).toEqual([
      'Бундесбанка|ORG|bundesbank',
      'Аксель Вебер|PER|x:fbr.ks',
    ]);
  });
});

describe('bankers, a mayor and the leaders of armed groups the news names', () => {
  it('are known persons, an Arab one with the article hyphenated before his name', () => {
    idsInBoth(
      'Юноша клянется в преданности «халифу» аль-Багдади. Мэр Лондона Садик Хан выступил.',
      'The youth pledges allegiance to the "caliph" al-Baghdadi. London Mayor Sadiq Khan spoke.',
      ['abu-bakr-al-baghdadi', 'Q84', 'sadiq-khan'],
    );
    expect(idsOf('Fighters pledged allegiance to al-Baghdadi.', 'en')).toEqual([
      'al-Baghdadi|PER|abu-bakr-al-baghdadi',
    ]);
    idsInBoth(
      'Обвинение против Стросс-Кана разваливается. Джером Пауэлл выступил, Пауэлл добавил.',
      'The case against Strauss-Kahn is collapsing. Jerome Powell spoke, and Powell added.',
      ['dominique-strauss-kahn', 'jerome-powell', 'jerome-powell'],
    );
  });
});
