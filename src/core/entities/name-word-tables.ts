import { fold } from './text-keys';

/**
 * The tables of the words of names that name-words.ts keys: Russian words of bodies' names and their
 * English, ministries' short and bodies' contracted names, peoples' adjectives and the joining words.
 * Each table added since an entity ids version is a table of its own, which former-name-words.ts reads
 * to key a name as that version did.
 */

/** Russian words of bodies' names and the English word each one translates (lemmas, folded). */
export const translated = `университет university; институт institute; академия academy; колледж college; школа school;
  комитет committee; комиссия commission; совет council; управление department; департамент department;
  министерство ministry; ведомство agency; агентство agency; служба service; бюро bureau; фонд fund;
  полиция police; армия army; флот navy; суд court; трибунал tribunal; прокуратура prosecutor;
  парламент parliament; сенат senate; конгресс congress; ассамблея assembly; собрание assembly;
  палата chamber; кабинет cabinet; правительство government; администрация administration;
  партия party; союз union; альянс alliance; коалиция coalition; движение movement; фронт front;
  лига league; федерация federation; ассоциация association; общество society; организация organization;
  клуб club; команда team; сборная team; группа group; компания company; корпорация corporation;
  банк bank; сеть network; центр center; больница hospital; клиника clinic; музей museum;
  библиотека library; театр theatre; церковь church; посольство embassy; консульство consulate;
  юридический judiciary; судебный judiciary; верховный supreme; конституционный constitutional;
  национальный national; государственный state; штат state; федеральный federal; центральный central;
  международный international; всемирный world; европейский european; королевский royal;
  городской city; город city; детский children; медицинский medical; научный science;
  исследовательский research; технологический technology; демократический democratic;
  республиканский republican; либеральный liberal; консервативный conservative; народный people;
  рабочий labour; зелёный green; иностранный foreign; внутренний internal; оборона defence;
  безопасность security; здравоохранение health; образование education; финансы finance;
  юстиция justice; разведка intelligence; энергетика energy; экономика economy; культура culture;
  транспорт transport; труд labour; просвещение education; чрезвычайный emergency;
  независимый independent; газета gazette; журнал magazine; оркестр orchestra;
  промышленность industry; гражданский civil; свобода liberty; окружной district;
  районный district; профсоюз union; новость news; южный southern; северный northern;
  западный western; восточный eastern; общий general; генеральный general; высший high; высокий high;
  кубок cup; приз prize; премия prize; мемориал memorial; трофей trophy`;

/** The words of ministries' fields translated since entity ids version 56. */
export const translatedSince56 = `торговля trade; наука science; строительство construction; экология ecology;
  природный natural; ресурс resource; спорт sport; туризм tourism; цифровой digital; развитие development;
  социальный social; защита protection; информация information; инновация innovation;
  экономический economic; сельскохозяйственный agriculture`;

export const pairsOf = (table: string): (readonly [string, string])[] =>
  table.split(';').map((pair) => {
    const [ru = '', en = ''] = pair.trim().split(/\s+/);
    return [fold(ru), en] as const;
  });

/** And since entity ids version 57. */
export const translatedSince57 = `интеграция integration; аэрокосмический aerospace; население population`;

/**
 * And since entity ids version 60: "коммерция" and "commerce" are read as trade, since Russian names
 * the Ministry of Commerce and the Department of Commerce "Министерство торговли" as often as
 * "Министерство коммерции".
 */
export const translatedSince60 = `коммерция trade`;

/**
 * And since entity ids version 69: "Комитет по международным отношениям" and "Committee on
 * International Relations", "Институт международных отношений" and "Institute of International Relations".
 */
export const translatedSince69 = `отношение relations`;

/**
 * And since entity ids version 87: the words of the region's services, commissions and funds
 * ("Таможенная служба" and "Customs Service", "Центральная избирательная комиссия" and "Central
 * Election Commission", "Бюро национальной статистики" and "Bureau of National Statistics").
 */
export const translatedSince87 = `избирательный election; пограничный border; таможенный customs; налоговый tax;
  счётный accounts; статистика statistics; финансовый financial; вооружённый armed; сила force;
  пенсионный pension; накопительный accumulative; следственный investigative;
  миграционный migration; инвестиционный investment; фондовый stock; биржа exchange;
  связь communications; регулирование regulation; рынок market; стратегический strategic;
  планирование planning; реформа reform; антимонопольный antimonopoly; военный military`;

/**
 * And since entity ids version 97: "Администрация Президента" and "Presidential Administration" (the
 * English adjective is spelled as the noun, below).
 */
export const translatedSince97 = `президент president`;

/**
 * And since entity ids version 101: the councils and commissions of two states or governments
 * ("Межправительственная комиссия" and "Intergovernmental Commission", "Высший межгосударственный
 * совет" and "Supreme Interstate Council").
 */
export const translatedSince101 = `межгосударственный interstate; межправительственный intergovernmental`;

/**
 * And since entity ids version 107: the words of courts and of the nuclear industry ("Специализированный
 * межрайонный суд по уголовным делам" and "Specialised Inter-District Criminal Court", "Агентство по
 * атомной энергии" and "Atomic Energy Agency").
 */
export const translatedSince107 = `уголовный criminal; межрайонный inter-district; специализированный specialized;
  арбитражный arbitration; апелляционный appeal; кассационный cassation; атомный atomic; ядерный nuclear;
  энергетический energy`;

/** And since entity ids version 111: "Карагандинский областной суд" and "Karaganda Regional Court". */
export const translatedSince111 = `областной regional`;

/**
 * And since entity ids version 120: "Кабинет министров" and "Cabinet of Ministers", "Фонд социального
 * медицинского страхования" and "Social Health Insurance Fund", "Комитет гражданской авиации" and "Civil
 * Aviation Committee", "Совет сотрудничества" and "Cooperation Council".
 */
export const translatedSince120 = `министр minister; страхование insurance; авиация aviation;
  сотрудничество cooperation`;

/**
 * And since entity ids version 122: "Национальная метеорологическая служба" and "National Weather
 * Service", "Комитет по искусственному интеллекту" and "Committee on Artificial Intelligence",
 * "Международный центр промышленной кооперации" and "International Centre for Industrial Cooperation",
 * "Совет стратегического сотрудничества высокого уровня" and "High-Level Strategic Cooperation
 * Council", "Евразийский энергетический форум" and "Eurasian Energy Forum".
 */
export const translatedSince122 = `метеорологический weather; естественный natural; искусственный artificial;
  интеллект intelligence; исследование research; кампания campaign; апелляция appeal; занятость employment;
  промышленный industrial; кооперация cooperation; уровень level; евразийский eurasian;
  координационный coordination; иммиграция immigration; прокурор prosecutor`;

/** And since entity ids version 124: "Казахстанско-китайский деловой совет" and "Kazakh-Chinese Business Council". */
export const translatedSince124 = `деловой business; межрегиональный interregional`;

/**
 * And since entity ids version 126: the bodies of Kazakhstan's regions and cities, "Акимат Астаны" and
 * "Astana Akimat", "Маслихат Алматинской области" and "Almaty Region Maslikhat".
 */
export const translatedSince126 = `акимат akimat; маслихат maslikhat`;

/**
 * And since entity ids version 130: "Агентство по трудовой миграции" and "Agency for Labour Migration",
 * "Служба государственной миграции" and "State Migration Service".
 */
export const translatedSince130 = `миграция migration; трудовой labour`;

/**
 * And since entity ids version 133: a district of a region, "Бескарагайский район" and "Beskaragai
 * district".
 */
export const translatedSince133 = `район district`;

/**
 * And since entity ids version 141: "Термезский международный торговый центр" and "Termez International
 * Trade Center", "Торговое представительство" and "Trade Mission" ("торговля" was trade already).
 */
export const translatedSince141 = `торговый trade`;

/**
 * And since entity ids version 146: "Министерство водных ресурсов и ирригации" and "Ministry of Water
 * Resources and Irrigation", "Государственная филармония" and "State Philharmonic", "Московский
 * авиационный институт" and "Moscow Aviation Institute", "Парламентская ассамблея" and "Parliamentary
 * Assembly", "Мобильные силы" and "Mobile Forces", "Юнусабадский округ" and "Yunusabad district",
 * "Законодательная палата" and "Legislative Chamber", "Экологическая партия" and "Ecological Party",
 * "Совет глав государств" and "Council of Heads of State" ("округа" too: the dictionary reads
 * "Ургутский округ" first as the plural genitive of "округа").
 */
export const translatedSince146 = `водный water; ирригация irrigation; филармония philharmonic;
  авиационный aviation; парламентский parliamentary; мобильный mobile; округ district; округа district;
  законодательный legislative; экологический ecological; глава head; государство state`;

/**
 * And since entity ids version 147: "Министерство инвестиций, промышленности и торговли" and "Ministry
 * of Investment, Industry and Trade", "Институт высоких технологий" and "Institute of High
 * Technologies", "Комитет атомного и энергетического надзора" and "Committee for Atomic and Energy
 * Supervision", "технического надзора" and "Technical Supervision", "Департамент государственных
 * доходов" and "State Revenue Department".
 */
export const translatedSince147 = `инвестиция investment; технология technology; надзор supervision;
  технический technical; доход revenue`;

/** English words read as another since entity ids version 146: an "okrug" is a district, as "округ" is. */
export const englishSince146: readonly (readonly [string, string])[] = [['okrug', 'district']];

/** Every table of translated words, in the order of the versions that added them (a new one goes last). */
export const translatedTables: readonly string[] = [
  translated,
  translatedSince56,
  translatedSince57,
  translatedSince60,
  translatedSince69,
  translatedSince87,
  translatedSince97,
  translatedSince101,
  translatedSince107,
  translatedSince111,
  translatedSince120,
  translatedSince122,
  translatedSince124,
  translatedSince126,
  translatedSince130,
  translatedSince133,
  translatedSince141,
  translatedSince146,
  translatedSince147,
];

/**
 * English words read as another since entity ids version 122: "Meteorological Service" is the Weather
 * Service, "Senate Judicial Committee" the Senate's "Судебный комитет", a board is a council ("Совет
 * директоров", Board of Directors), "Coordinating Council" the "Координационный совет".
 */
export const englishSince122: readonly (readonly [string, string])[] = [
  ['meteorological', 'weather'],
  ['judicial', 'judiciary'],
  ['board', 'council'],
  ['coordinating', 'coordination'],
];

/** English spellings of one word: the British and the American. */
export const englishSpelling: ReadonlyMap<string, string> = new Map([
  ['organisation', 'organization'],
  ['centre', 'center'],
  ['defense', 'defence'],
  ['labor', 'labour'],
  ['theater', 'theatre'],
  ['children’s', 'children'],
  ["children's", 'children'],
  ['interior', 'internal'],
  ['emergencies', 'emergency'],
  ['agricultural', 'agriculture'],
  // (since entity ids version 57: "Ministry of Healthcare" is the Ministry of Health, Минздрав;
  // "Enlightenment" is "просвещение", Минпросвещения; "Environment" is "экология", Минприроды's)
  ['healthcare', 'health'],
  ['enlightenment', 'education'],
  ['higher', 'high'],
  ['environment', 'ecology'],
  ['commerce', 'trade'],
  // (since entity ids version 97)
  ['presidential', 'president'],
  // (since entity ids version 107)
  ['specialised', 'specialized'],
  // (since entity ids version 122: "Board of Immigration Appeals" and "Совет по апелляциям")
  ...englishSince122,
  // (since entity ids version 146)
  ...englishSince146,
]);

/**
 * A ministry's short names and the English words of its full one: "МИД" is "Министерство иностранных
 * дел" and the Foreign Ministry, "Минобороны" the Defence Ministry, "Минпромторг" the Ministry of
 * Industry and Trade.
 */
export const shortNames = `мид mfa: foreign; мвд: internal; минобороны: defence; минфин: finance; минюст: justice;
  минздрав: health; минобразования минпросвещения: education; минэнерго: energy; минэкономики: economy;
  минкультуры: culture; минтранс: transport; минтруд: labour; мчс: emergency`;
export const shortNamesSince56 = `минсельхоз: agriculture; минпромторг: industry trade; минцифры: digital development;
  минприроды: natural resource; минэкономразвития: economic development; минспорт: sport;
  минобрнауки: science high education; мнэ: national economy`;
/** Since entity ids version 57: the lemmas the dictionary gives some of them ("Минцифры": минцифра). */
export const shortNamesSince57 = `минпросвещение: education; минцифра: digital development; минприрода: natural resource;
  минобрнаука: science high education`;
/**
 * Since entity ids version 146: Kazakhstan's "Минторговли" (the Ministry of Trade and Integration), as
 * the dictionary gives it too ("минторговля").
 */
export const shortNamesSince146 = `минторговли минторговля: trade`;
/** Rows of "names: English words" read into pairs, each name with the words and then `tail` (a ministry's). */
export const shortNameRows = (
  table: string,
  tail: readonly string[] = ['ministry'],
): (readonly [string, readonly string[]])[] =>
  table.split(';').flatMap((row) => {
    const [names = '', fields = ''] = row.split(':');
    const field = fields.trim().split(/\s+/);
    return names
      .trim()
      .split(/\s+/)
      .map((w) => [w, [...field, ...tail]] as const);
  });

/**
 * Since entity ids version 91, the Central Election Commission's contracted name and its abbreviation,
 * which every country's commission has: "Центризбирком", "ЦИК".
 */
export const contractedSince91 = `центризбирком цик: central election commission`;

/** Since entity ids version 110, the English abbreviation of the Central Election Commission: "CEC". */
export const contractedSince110 = `cec: central election commission`;

/** Since entity ids version 146, the Cabinet of Ministers' contracted name: "Кабмин". */
export const contractedSince146 = `кабмин: cabinet minister`;

/**
 * Since entity ids version 84, bodies' contracted Russian names read as the English words of their full
 * ones: "Центробанк" is the Central Bank, as "Центральный банк" is; "Нацбанк" the National Bank.
 */
export const contracted = `центробанк: central bank; нацбанк: national bank; нацгвардия: national guard;
  совбез: security council; генпрокуратура: general prosecutor; госсовет: state council;
  погранслужба: border service; избирком: election commission; ${contractedSince91}; ${contractedSince110};
  ${contractedSince146}`;

/** Adjectives of Central Asia's peoples and their neighbours, read as their places since entity ids version 56. */
export const adjectivesSince56 = `казахский kazakhstan; кыргызский kyrgyzstan; tajik tajikistani таджикский tajikistan;
  turkmen туркменский turkmenistan; azerbaijani азербайджанский azerbaijan; mongolian монгольский mongolia`;

/**
 * A people's adjective, English or Russian, and its place as the other language names it: the place's
 * own sound is the key ("Welsh" and "уэльский" sound as "Уэльс" does). A Russian place whose name
 * sounds unlike the English (Шотландия, Германия) is listed with its adjectives.
 */
export const peopleRows: readonly (readonly string[])[] =
  `welsh валлийский уэльский wales; scottish шотландский шотландия scotland; english английский англия england;
  british британский великобритания britain; irish ирландский ireland; american американский america;
  french французский франция france; german немецкий германия germany; italian итальянский italy; spanish испанский spain;
  chinese китайский китай china; japanese японский япония japan; korean корейский korea; indian индийский india;
  mexican мексиканский mexico; canadian канадский canada; australian австралийский австралия australia;
  russian российский russia; ukrainian украинский ukraine; kazakh казахстанский kazakhstan;
  turkish турецкий турция turkey; polish польский польша poland; dutch нидерландский голландский нидерланды голландия netherlands;
  swedish шведский швеция sweden; norwegian норвежский норвегия norway; danish датский дания denmark;
  finnish финский финляндия finland;
  greek греческий греция greece; israeli израильский israel; iranian иранский iran; iraqi иракский iraq;
  syrian сирийский syria; egyptian египетский egypt; brazilian бразильский brazil;
  indonesian индонезийский indonesia; pakistani пакистанский pakistan; afghan афганский afghanistan;
  european европейский европа europe; african африканский africa; asian азиатский asia;
  belgian бельгийский бельгия belgium; austrian австрийский австрия austria;
  swiss швейцарский швейцария switzerland;
  portuguese португальский portugal; argentine аргентинский argentina; nigerian нигерийский nigeria;
  georgian грузинский грузия georgia; armenian армянский armenia; uzbek узбекский uzbekistan;
  kyrgyz киргизский киргизия kyrgyzstan; belarusian белорусский belarus; saudi саудовский saudi;
  ${adjectivesSince56}`
    .split(';')
    .map((row) => row.trim().split(/\s+/));

/** Words a name's key leaves out in either language. */
export const joiners: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  '&',
  'и',
  'по',
  'при',
  'для',
]);
/** Joining words since entity ids version 56: "Колледж в Ньянгези" is the College in Nyangezi. */
export const joinersSince56: ReadonlySet<string> = new Set(['в', 'во', 'на']);
