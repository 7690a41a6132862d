import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { testResources } from '../../node/test-annotator';
import { createAnnotator, type Annotator } from './annotator';
import { correctedAnnotate } from './apply-corrections';
import { unknownId } from './unknown-ids';
import { buildCountryBodies } from './country-bodies';
import type { KbEntity } from './kb-schema';
import { nerelOptions } from './recognize-options';

let annotator: Annotator;
let kb: KbEntity[];

beforeAll(async () => {
  kb = await loadKb(testResources);
  annotator = createAnnotator(kb, await loadMorphology());
});

const idOf = (text: string, lang: 'en' | 'ru', surface: string) =>
  annotator.annotate(text, lang).mentions.find((m) => m.text === surface)?.id;

describe('a country’s body named without its country', () => {
  it('is indexed by its name without the country, in either language, but not where a body of no country shares it', () => {
    const bodies = buildCountryBodies(kb, (words) => unknownId('ORG', words));
    const slugs = (words: string[]) => (bodies.byKey.get(bodies.keyOf(words)) ?? []).map((e) => e.slug);
    expect(slugs(['Конгресс'])).toEqual(['us-congress']);
    expect(slugs(['Congress'])).toEqual(['us-congress']);
    expect(slugs(['верховный', 'суд'])).toEqual(
      expect.arrayContaining(['supreme-court-kz', 'supreme-court-ru', 'us-supreme-court']),
    );
    // "Совет Безопасности ООН": the bare name may be the UN's
    expect(slugs(['совет', 'безопасность'])).toEqual([]);
  });

  it('leaves out the names of the country’s own entry, whatever order the knowledge base loads in', () => {
    const countries = kb.filter((e) => e.kind === 'country');
    expect(new Set(countries.map((e) => e.country)).size).toBe(countries.length);
    expect(countries.map((e) => e.slug)).toEqual(
      expect.arrayContaining(['united-states', 'japan', 'russia']),
    );
    // cities and regions first: Tokyo is not Japan, nor Washington the United States
    const placesFirst = [...kb].sort(
      (a, b) => (a.kind === 'country' ? 1 : 0) - (b.kind === 'country' ? 1 : 0),
    );
    const bodies = buildCountryBodies(placesFirst, (words) => unknownId('ORG', words));
    const slugs = (words: string[]) => (bodies.byKey.get(bodies.keyOf(words)) ?? []).map((e) => e.slug);
    expect(slugs(['Конгресс'])).toEqual(['us-congress']);
    expect(slugs(['верховный', 'суд'])).toEqual(
      expect.arrayContaining(['supreme-court-ru', 'us-supreme-court']),
    );
  });

  it('is the body of the country the text names most, with one id in both languages', () => {
    const us = kb.find((e) => e.slug === 'us-supreme-court')?.id;
    expect(
      idOf('Встречи прошли в Вашингтоне и Нью-Йорке. Верховный суд отменил закон.', 'ru', 'Верховный суд'),
    ).toBe(us);
    expect(
      idOf(
        'Meetings were held in Washington and New York. The Supreme Court struck it down.',
        'en',
        'Supreme Court',
      ),
    ).toBe(us);
    expect(
      idOf('Meetings were held in Astana and Almaty. The Supreme Court upheld it.', 'en', 'Supreme Court'),
    ).toBe(kb.find((e) => e.slug === 'supreme-court-kz')?.id);
    // with no place named, no country's
    const bare = idOf('Верховный суд отклонил жалобу.', 'ru', 'Верховный суд');
    expect(bare).toMatch(/^x:/);
    expect(idOf('The Supreme Court ruled.', 'en', 'Supreme Court')).toBe(bare);
  });

  it('is the body of the country of the known persons the text names, as of its places', () => {
    // a report on a nomination names its president twice and no American place
    const us = kb.find((e) => e.slug === 'us-supreme-court')?.id;
    const en = 'President Donald Trump backed the nominee. Trump said the Supreme Court needs him.';
    expect(idOf(en, 'en', 'Supreme Court')).toBe(us);
    const ru =
      'Президент Дональд Трамп поддержал кандидата. Трамп заявил, что Верховный суд нуждается в нём.';
    expect(idOf(ru, 'ru', 'Верховный суд')).toBe(us);
    // (once is too little, as for a place)
    expect(idOf('Donald Trump backed the nominee. The Supreme Court ruled.', 'en', 'Supreme Court')).toMatch(
      /^x:/,
    );
  });

  it('repeats the known body the text named with its country, whichever country the text names most', () => {
    const kzCourt = kb.find((e) => e.slug === 'constitutional-court-kz')?.id;
    const ruCourt = kb.find((e) => e.slug === 'constitutional-court-ru')?.id;
    expect(kzCourt && ruCourt).toBeTruthy();
    const ru =
      'Конституционный суд Республики Казахстан признал норму неконституционной. Председатель ' +
      'Конституционного суда отметила это. Встреча прошла в Москве, в России.';
    expect(idOf(ru, 'ru', 'Конституционного суда')).toBe(kzCourt);
    // (the last one named before it, where the text names two)
    const both = `${ru} Конституционный суд Российской Федерации ответил. Конституционный суд добавил.`;
    expect(idOf(both, 'ru', 'Конституционный суд')).toBe(ruCourt);
    // in English, the body named "… of the Russian Federation" earlier, found through its country's name
    const en =
      "The Prosecutor General's Office of the Russian Federation sent a request. Talks were held in " +
      "Astana and Almaty. The Prosecutor General's Office said.";
    const office = kb.find((e) => e.slug === 'prosecutor-general-ru')?.id;
    expect(
      annotator
        .annotate(en, 'en')
        .mentions.filter((m) => m.text.startsWith('Prosecutor'))
        .map((m) => m.id),
    ).toEqual([office, office]);
  });

  it('is found by its name without the whole of its country’s name, not only the name’s last word', () => {
    // "Генеральная прокуратура Республики Казахстан": "Казахстан" alone would leave "Республики" behind
    const kz = 'Переговоры прошли в Астане и Алматы. ';
    const office = kb.find((e) => e.slug === 'prosecutor-general-kz')?.id;
    expect(office).toBeDefined();
    expect(idOf(`${kz}Проверку ведёт Генеральная прокуратура.`, 'ru', 'Генеральная прокуратура')).toBe(
      office,
    );
    expect(idOf(`${kz}Проверку провела Генпрокуратура.`, 'ru', 'Генпрокуратура')).toBe(office);
    // "Российской Федерации", read as its words' normal forms ("российский федерация"), is Russia's name too
    const ru = 'Переговоры прошли в Москве и Казани. ';
    const russian = kb.find((e) => e.slug === 'prosecutor-general-ru')?.id;
    expect(idOf(`${ru}Проверку провела Генпрокуратура.`, 'ru', 'Генпрокуратура')).toBe(russian);
  });

  it('is found by a Russian name that "и" joins, read as no abbreviated "исполняющий"', () => {
    const kz = 'Переговоры прошли в Астане и Алматы. ';
    const agency = kb.find((e) => e.slug === 'ardfm')?.id;
    expect(agency).toBeDefined();
    const surface = 'Агентства по регулированию и развитию финансового рынка';
    expect(idOf(`${kz}Глава ${surface} выступила на форуме.`, 'ru', surface)).toBe(agency);
  });

  it('"Администрация Президента" and "Presidential Administration" are the text’s country’s', () => {
    const kz = kb.find((e) => e.slug === 'presidential-administration-kz')?.id;
    const ru = kb.find((e) => e.slug === 'presidential-administration-ru')?.id;
    expect(kz).toBeDefined();
    expect(ru).toBeDefined();
    const inKazakhstan = 'Переговоры прошли в Астане и Алматы. Заявление сделала Администрация Президента.';
    expect(idOf(inKazakhstan, 'ru', 'Администрация Президента')).toBe(kz);
    const english = 'Talks were held in Astana and Almaty. The Presidential Administration made a statement.';
    expect(idOf(english, 'en', 'Presidential Administration')).toBe(kz);
    const inRussia = 'Переговоры прошли в Москве и Казани. Заявление сделала Администрация президента.';
    expect(idOf(inRussia, 'ru', 'Администрация президента')).toBe(ru);
  });

  it('keeps a correction the reader made on the id its bare name had while it found no body', () => {
    // (the body found since by its bare name: here the text names no country, then names Kazakhstan)
    const bare = 'Проверку ведёт Генеральная прокуратура.';
    const former = idOf(bare, 'ru', 'Генеральная прокуратура');
    expect(former).toMatch(/^x:/);
    const correct = correctedAnnotate(
      annotator,
      [{ kind: 'retype', id: former ?? '', type: 'LOC' }],
      () => undefined,
    );
    const found = correct(`Переговоры прошли в Астане и Алматы. ${bare}`, 'ru').mentions.find(
      (m) => m.text === 'Генеральная прокуратура',
    );
    expect(found).toMatchObject({ id: kb.find((e) => e.slug === 'prosecutor-general-kz')?.id, type: 'LOC' });
  });

  it('keeps a correction the reader made on the id a body had while its city was keyed as it sounds', () => {
    const court = 'Решение обжаловано в Алматинском городском суде.';
    const now = idOf(court, 'ru', 'Алматинском городском суде');
    expect(now).toBe(idOf('The appeal went to the Almaty City Court.', 'en', 'Almaty City Court'));
    // (version 110 keyed "алматинский" as it sounds: "lmtn")
    const former = 'x:hr.lmtn.st';
    expect(now).not.toBe(former);
    const correct = correctedAnnotate(
      annotator,
      [{ kind: 'retype', id: former, type: 'LOC' }],
      () => undefined,
    );
    expect(correct(court, 'ru').mentions[0]).toMatchObject({ id: now, type: 'LOC' });
  });

  it('a known body’s bare name is another country’s in a text that names only that country', () => {
    const english = idOf(
      'Tokyo, Japan. Noda of Japan, the leader of the ruling Democratic Party, met voters in Osaka.',
      'en',
      'Democratic Party',
    );
    expect(english).not.toBe(kb.find((e) => e.slug === 'us-democratic-party')?.id);
    expect(english).toBe(
      idOf(
        'Токио, Япония. Нода, лидер правящей Демократической партии, встретился с избирателями.',
        'ru',
        'Демократической партии',
      ),
    );
    // a text that names the body's own country keeps it
    expect(idOf('In Tokyo, Japan, and Washington, the Democratic Party met.', 'en', 'Democratic Party')).toBe(
      kb.find((e) => e.slug === 'us-democratic-party')?.id,
    );
  });
});

describe('a ministry', () => {
  it('has one id by its short name, its full name and the English ones', () => {
    const foreign = idOf('МИД заявил протест.', 'ru', 'МИД');
    expect(foreign).toMatch(/^x:/);
    expect(idOf('Министерство иностранных дел заявило протест.', 'ru', 'Министерство иностранных дел')).toBe(
      foreign,
    );
    expect(idOf('The Foreign Ministry protested.', 'en', 'Foreign Ministry')).toBe(foreign);
    expect(idOf('The Ministry of Foreign Affairs protested.', 'en', 'Ministry of Foreign Affairs')).toBe(
      foreign,
    );
    expect(idOf('Минобороны ответило.', 'ru', 'Минобороны')).toBe(
      idOf('The Defence Ministry replied.', 'en', 'Defence Ministry'),
    );
    expect(idOf('МВД ответило.', 'ru', 'МВД')).toBe(
      idOf('The Interior Ministry replied.', 'en', 'Interior Ministry'),
    );
    expect(idOf('МЧС ответило.', 'ru', 'МЧС')).toBe(
      idOf('The Emergencies Ministry replied.', 'en', 'Emergencies Ministry'),
    );
    // with its country's name or adjective
    expect(idOf('МИД Франции заявил протест.', 'ru', 'МИД Франции')).toBe(
      idOf('The French Foreign Ministry protested.', 'en', 'French Foreign Ministry'),
    );
    expect(idOf('МИД Франции заявил протест.', 'ru', 'МИД Франции')).not.toBe(foreign);
    expect(idOf('Минобороны ответило.', 'ru', 'Минобороны')).not.toBe(foreign);
  });

  it('named bare, is the ministry of the country the text names most', () => {
    const kz = 'Переговоры прошли в Астане и Алматы. ';
    const mfa = kb.find((e) => e.slug === 'mfa-kz')?.id;
    expect(idOf(`${kz}МИД заявил протест.`, 'ru', 'МИД')).toBe(mfa);
    expect(idOf(`${kz}Министерство иностранных дел заявило.`, 'ru', 'Министерство иностранных дел')).toBe(
      mfa,
    );
    const en = 'Talks were held in Astana and Almaty. ';
    expect(idOf(`${en}The Ministry of Foreign Affairs protested.`, 'en', 'Ministry of Foreign Affairs')).toBe(
      mfa,
    );
    expect(idOf(`${en}The Ministry of Finance agreed.`, 'en', 'Ministry of Finance')).toBe(
      kb.find((e) => e.slug === 'ministry-finance-kz')?.id,
    );
    expect(idOf('Переговоры прошли в Москве и Петербурге. МИД заявил протест.', 'ru', 'МИД')).toBe(
      kb.find((e) => e.slug === 'mfa-ru')?.id,
    );
  });
});

describe('a body’s contracted Russian name', () => {
  it('has the id of its full name and of the English one, and shows the English words', () => {
    const names = (text: string, lang: 'en' | 'ru') =>
      annotator.annotate(text, lang).mentions.map((m) => `${m.id} ${m.name.en}`);
    const contracted = names('Центробанк, Нацбанк, Нацгвардия и Совбез ответили.', 'ru');
    expect(contracted).toEqual([
      'x:bnk.sntrl Central Bank',
      'x:bnk.ntnl National Bank',
      'x:gfrd.ntnl National Guard',
      'x:knsl.skrt Security Council',
    ]);
    expect(
      names(
        'The Central Bank, the National Bank, the National Guard and the Security Council replied.',
        'en',
      ),
    ).toEqual(contracted);
    expect(idOf('Центральный банк ответил.', 'ru', 'Центральный банк')).toBe('x:bnk.sntrl');
  });

  it('"Центризбирком" and "ЦИК" are the Central Election Commission of the text’s country', () => {
    const cec = (slug: string) => kb.find((e) => e.slug === slug)?.id;
    const kz = 'Выборы прошли в Астане и Алматы. ';
    expect(idOf(`${kz}Глава ЦИК заявил об итогах.`, 'ru', 'ЦИК')).toBe(cec('cec-kz'));
    expect(idOf(`${kz}Центризбирком подвёл итоги.`, 'ru', 'Центризбирком')).toBe(cec('cec-kz'));
    // (Russia's commission has no more claim to the name where the text names Russia too)
    const observers = `${kz}Наблюдатели приехали из России. Центризбирком подвёл итоги.`;
    expect(idOf(observers, 'ru', 'Центризбирком')).toBe(cec('cec-kz'));
    expect(idOf('Центризбирком Казахстана подвёл итоги.', 'ru', 'Центризбирком Казахстана')).toBe(
      cec('cec-kz'),
    );
    const ru = 'Выборы прошли в Москве и Казани. ';
    expect(idOf(`${ru}Центризбирком подвёл итоги.`, 'ru', 'Центризбирком')).toBe(cec('cec-ru'));
    // named nowhere, the commission of no country, as "the Central Election Commission" is
    const bare = annotator.annotate('ЦИК подвёл итоги.', 'ru').mentions[0];
    expect(bare?.name.en).toBe('Central Election Commission');
    expect(bare?.id).toBe(
      idOf('The Central Election Commission summed up.', 'en', 'Central Election Commission'),
    );
    // and the English "CEC", the commission the text named before it
    const vote =
      'The Central Election Commission of the Republic of Kazakhstan met. CEC Chairman Nurlan Abdirov spoke.';
    expect(idOf(vote, 'en', 'CEC')).toBe(cec('cec-kz'));
    expect(idOf('The CEC summed up.', 'en', 'CEC')).toBe(bare?.id);
  });

  it('named bare, is the body of the country the text names most', () => {
    const kz = 'Переговоры прошли в Астане и Алматы. ';
    const bank = kb.find((e) => e.slug === 'national-bank-kz')?.id;
    expect(idOf(`${kz}Глава Нацбанка заявил о снижении ставки.`, 'ru', 'Нацбанка')).toBe(bank);
    expect(
      idOf('Talks were held in Astana and Almaty. The National Bank cut its rate.', 'en', 'National Bank'),
    ).toBe(bank);
  });
});

describe('a service, a commission or a fund of the region unknown to the knowledge base', () => {
  it('a council or commission of two governments or states has one id by its Russian and its English name', () => {
    const pairs: [string, string][] = [
      [
        'Заседание Межправительственного совета прошло в Бишкеке.',
        'The Intergovernmental Council met in Bishkek.',
      ],
      [
        'Заседание Межправительственной комиссии прошло в Бишкеке.',
        'The Intergovernmental Commission met in Bishkek.',
      ],
      ['Заседание Межгосударственного совета прошло в Бишкеке.', 'The Interstate Council met in Bishkek.'],
    ];
    for (const [ru, en] of pairs) {
      const ruId = annotator.annotate(ru, 'ru').mentions.find((m) => m.type === 'ORG')?.id;
      const enId = annotator.annotate(en, 'en').mentions.find((m) => m.type === 'ORG')?.id;
      expect(ruId, ru).toMatch(/^x:/);
      expect(ruId, ru).toBe(enId);
    }
  });

  it('a court or a nuclear agency has one id by its Russian and its English name', () => {
    const pairs: [string, string][] = [
      [
        'Специализированный межрайонный суд по уголовным делам Алматы вынес приговор.',
        'The Specialised Inter-District Criminal Court of Almaty delivered a verdict.',
      ],
      ['Арбитражный суд рассмотрел иск.', 'The Arbitration Court heard the claim.'],
      ['Кассационный суд отклонил жалобу.', 'The Cassation Court dismissed the appeal.'],
      ['Апелляционный суд отменил решение.', 'The Appeals Court overturned the ruling.'],
      ['Агентство по ядерной энергии Ирана заявило.', 'The Nuclear Energy Agency of Iran said.'],
      ['Энергетическая комиссия штата решила.', 'The State Energy Commission decided.'],
      // (a city or a region in it by its English name, an adjective of one too)
      ['Решение обжаловано в Алматинском городском суде.', 'The appeal went to the Almaty City Court.'],
      ['Апелляционный суд Москвы решил.', 'The Appeals Court of Moscow ruled.'],
      ['Карагандинский областной суд отклонил жалобу.', 'The Karaganda Regional Court dismissed it.'],
    ];
    for (const [ru, en] of pairs) {
      const ruId = annotator.annotate(ru, 'ru').mentions.find((m) => m.type === 'ORG')?.id;
      const enId = annotator.annotate(en, 'en').mentions.find((m) => m.type === 'ORG')?.id;
      expect(ruId, ru).toMatch(/^x:/);
      expect(ruId, ru).toBe(enId);
    }
  });

  it('has one id by its Russian and its English name, and shows the English one', () => {
    const pairs: [string, string][] = [
      ['Таможенная служба', 'Customs Service'],
      ['Налоговая служба', 'Tax Service'],
      ['Счётный комитет', 'Accounts Committee'],
      ['Комитет по статистике', 'Statistics Committee'],
      ['Служба финансового мониторинга', 'Financial Monitoring Service'],
      ['Следственный комитет', 'Investigative Committee'],
      ['Министерство связи', 'Ministry of Communications'],
      ['Пограничная служба', 'Border Service'],
      ['Миграционная служба', 'Migration Service'],
      ['Накопительный пенсионный фонд', 'Accumulative Pension Fund'],
      ['Инвестиционный фонд', 'Investment Fund'],
      ['Фондовая биржа', 'Stock Exchange'],
      ['Комитет по регулированию рынка', 'Market Regulation Committee'],
      ['Центр стратегического планирования', 'Strategic Planning Center'],
      ['Комиссия по реформам', 'Commission on Reforms'],
      ['Антимонопольный комитет', 'Antimonopoly Committee'],
      ['Военный совет', 'Military Council'],
    ];
    for (const [ru, en] of pairs) {
      const russian = annotator.annotate(`Об этом сообщила ${ru}.`, 'ru').mentions[0];
      const english = annotator.annotate(`The ${en} said so.`, 'en').mentions[0];
      expect(russian?.id, ru).toBe(english?.id);
      expect(russian?.id, ru).toMatch(/^x:/);
    }
    // (and by their words: "Вооружённые силы" and "Armed Forces")
    expect(unknownId('ORG', ['вооружённый', 'сила'])).toBe(unknownId('ORG', ['Armed', 'Forces']));
    const english = (ru: string) => annotator.annotate(`Об этом сообщил ${ru}.`, 'ru').mentions[0]?.name.en;
    expect(english('Таможенный комитет')).toBe('Customs Committee');
    expect(english('Накопительный пенсионный фонд')).toBe('Accumulative Pension Fund');
  });

  it('named bare, is the known body of the country the text names most', () => {
    const kz = 'Выборы прошли в Астане и Алматы. ';
    const cec = kb.find((e) => e.slug === 'cec-kz')?.id;
    expect(
      idOf(
        `${kz}Центральная избирательная комиссия подвела итоги.`,
        'ru',
        'Центральная избирательная комиссия',
      ),
    ).toBe(cec);
    expect(
      idOf(
        'Elections were held in Astana and Almaty. The Central Election Commission summed up.',
        'en',
        'Central Election Commission',
      ),
    ).toBe(cec);
  });
});

describe('the office of a post named after it', () => {
  it('is a body in English, with the id of its Russian name, and its post no person', () => {
    const kz = 'Talks were held in Astana and Almaty. ';
    const office = kb.find((e) => e.slug === 'prosecutor-general-kz')?.id;
    const read = (text: string) =>
      annotator.annotate(text, 'en').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);
    expect(read(`${kz}The Prosecutor General's Office opened a case.`)).toContain(
      `Prosecutor General's Office|ORG|${office}`,
    );
    expect(idOf("The Prosecutor General's Office opened a case.", 'en', "Prosecutor General's Office")).toBe(
      idOf('Генеральная прокуратура начала проверку.', 'ru', 'Генеральная прокуратура'),
    );
    // "General Prosecutor" is a post, not General Prosecutor the person
    expect(
      read("The General Prosecutor's Office said. The Prosecutor said.").filter((m) => m.includes('|PER|')),
    ).toEqual([]);
    // Russia's, where the text is about Kazakhstan
    expect(
      idOf(`${kz}Russia's Prosecutor General's Office agreed.`, 'en', "Prosecutor General's Office"),
    ).toBe(kb.find((e) => e.slug === 'prosecutor-general-ru')?.id);
  });
});

describe('a ministry whose Russian name reads otherwise than its English one', () => {
  const bySlug = (slug: string) => kb.find((e) => e.slug === slug)?.id;

  it('has the English name’s id when "и" joins its fields or two words name one field', () => {
    const trade = 'Министерство промышленности и торговли';
    expect(idOf(`${trade} ответило.`, 'ru', trade)).toBe(
      idOf('The Ministry of Industry and Trade replied.', 'en', 'Ministry of Industry and Trade'),
    );
    const farm = idOf('Министерство сельского хозяйства ответило.', 'ru', 'Министерство сельского хозяйства');
    expect(farm).toMatch(/^x:/);
    expect(idOf('The Ministry of Agriculture replied.', 'en', 'Ministry of Agriculture')).toBe(farm);
    expect(idOf('Минсельхоз ответил.', 'ru', 'Минсельхоз')).toBe(farm);
    // named bare in a text about Russia, it is Russia's
    expect(idOf(`Переговоры прошли в Москве и Казани. ${trade} ответило.`, 'ru', trade)).toBe(
      bySlug('minpromtorg'),
    );
  });

  it('named with its country, is that country’s ministry by any of the country’s names', () => {
    const energy = bySlug('ministry-energy-ru');
    expect(energy).toBeDefined();
    expect(idOf('Министерство энергетики России ответило.', 'ru', 'Министерство энергетики России')).toBe(
      energy,
    );
    expect(idOf('Министерство энергетики РФ ответило.', 'ru', 'Министерство энергетики РФ')).toBe(energy);
    expect(
      idOf('Министерство энергетики Германии ответило.', 'ru', 'Министерство энергетики Германии'),
    ).toMatch(/^x:/);
  });

  it('after its country’s possessive or a people’s adjective, is that country’s', () => {
    const en = 'Russia’s Energy Ministry and Kazakhstan’s Foreign Ministry agreed.';
    expect(idOf(en, 'en', 'Energy Ministry')).toBe(bySlug('ministry-energy-ru'));
    expect(idOf(en, 'en', 'Foreign Ministry')).toBe(bySlug('mfa-kz'));
    const ru = 'Об этом сообщили в российском Министерстве энергетики и казахстанском МИДе.';
    expect(idOf(ru, 'ru', 'Министерстве энергетики')).toBe(bySlug('ministry-energy-ru'));
    expect(idOf(ru, 'ru', 'МИДе')).toBe(bySlug('mfa-kz'));
    // a body the country has not in the knowledge base stays unknown
    expect(idOf('Germany’s Energy Ministry agreed.', 'en', 'Energy Ministry')).toMatch(/^x:/);
    // even where the text names another country most, whose body of that name is known
    const kz = 'Talks were held in Astana and Almaty. ';
    expect(idOf(`${kz}Germany’s Energy Ministry agreed.`, 'en', 'Energy Ministry')).toMatch(/^x:/);
  });

  it('unknown, after its country’s possessive or a people’s adjective, shares the id of the body named with its country', () => {
    const withCountry = idOf(
      'Министерство финансов Монголии ответило.',
      'ru',
      'Министерство финансов Монголии',
    );
    expect(withCountry).toMatch(/^x:/);
    expect(idOf('Mongolia’s Ministry of Finance replied.', 'en', 'Ministry of Finance')).toBe(withCountry);
    expect(idOf('Он сказал, что монгольский Минфин ответил.', 'ru', 'Минфин')).toBe(withCountry);
    expect(idOf('Later the Mongolian Ministry of Finance replied.', 'en', 'Ministry of Finance')).toBe(
      withCountry,
    );
    expect(
      idOf('The Ministry of Finance of Mongolia replied.', 'en', 'Ministry of Finance of Mongolia'),
    ).toBe(withCountry);
    // a plural's bare apostrophe is a possessive too, and the country is keyed as Russian names it
    // ("США", where English says "United States" or "US"); the bare name stays the bare name's
    const tourism = idOf('Министерство туризма США ответило.', 'ru', 'Министерство туризма США');
    expect(tourism).toMatch(/^x:/);
    expect(idOf('The United States’ Ministry of Tourism replied.', 'en', 'Ministry of Tourism')).toBe(
      tourism,
    );
    expect(
      idOf('Он сказал, что американское Министерство туризма ответило.', 'ru', 'Министерство туризма'),
    ).toBe(tourism);
    expect(idOf('The Ministry of Finance replied.', 'en', 'Ministry of Finance')).not.toBe(withCountry);
  });

  it('unknown, has one id by any of its country’s names in either language, and a known one is found by them', () => {
    const korea = idOf(
      'Министерство коммерции Южной Кореи ответило.',
      'ru',
      'Министерство коммерции Южной Кореи',
    );
    expect(korea).toBe('x:kr.mnstr.trd');
    for (const [text, surface] of [
      ['Министерство торговли Южной Кореи ответило.', 'Министерство торговли Южной Кореи'],
      ['The Ministry of Commerce of South Korea replied.', 'Ministry of Commerce of South Korea'],
      ['Later the South Korean Ministry of Commerce replied.', 'South Korean Ministry of Commerce'],
    ] as const)
      expect(idOf(text, /[а-я]/.test(text) ? 'ru' : 'en', surface), surface).toBe(korea);
    const emirates = idOf('Министерство торговли ОАЭ ответило.', 'ru', 'Министерство торговли ОАЭ');
    expect(emirates).toBe('x:ae.mnstr.trd');
    expect(idOf('The UAE Ministry of Trade replied.', 'en', 'UAE Ministry of Trade')).toBe(emirates);
    const tourism = idOf('Министерство туризма США ответило.', 'ru', 'Министерство туризма США');
    expect(idOf('The US Ministry of Tourism replied.', 'en', 'US Ministry of Tourism')).toBe(tourism);
    expect(
      idOf('The United States Ministry of Tourism replied.', 'en', 'United States Ministry of Tourism'),
    ).toBe(tourism);
    // the knowledge base's "Министерство финансов США", read by its words' normal forms
    const treasury = kb.find((e) => e.slug === 'us-treasury')?.id;
    expect(treasury).toBeTruthy();
    expect(idOf('The US Ministry of Finance replied.', 'en', 'US Ministry of Finance')).toBe(treasury);
    expect(idOf('Он сказал, что американский Минфин ответил.', 'ru', 'Минфин')).toBe(treasury);
  });

  it('unknown, named with "Korea" alone, is no body of Kazakhstan, whose Kazakh "ҚР" sounds alike', () => {
    const korea = idOf('Союз писателей Кореи провёл съезд.', 'ru', 'Союз писателей Кореи');
    const kazakhstan = idOf('Союз писателей Казахстана провёл съезд.', 'ru', 'Союз писателей Казахстана');
    expect(kazakhstan).toBe('x:kz.nn.pstl');
    expect(korea).toBe('x:kr.nn.pstl');
    expect(idOf('Банк Кореи повысил ставку.', 'ru', 'Банк Кореи')).toBe(
      idOf('The Bank of Korea raised rates.', 'en', 'Bank of Korea'),
    );
  });

  it('unknown, named with a country whose name sounds like another’s, is that country’s', () => {
    // "Латвия" and "Литва", "Ирак" and "РК", "Марокко" and "America" share a key of consonants
    const latvia = idOf('Министерство обороны Латвии сообщило.', 'ru', 'Министерство обороны Латвии');
    const lithuania = idOf('Министерство обороны Литвы сообщило.', 'ru', 'Министерство обороны Литвы');
    expect([latvia, lithuania]).toEqual(['x:dfns.lv.mnstr', 'x:dfns.lt.mnstr']);
    expect(idOf('The Ministry of Defence of Latvia said.', 'en', 'Ministry of Defence of Latvia')).toBe(
      latvia,
    );
    // Iraq's ministry is no Kazakhstan's ("МИД РК"), nor Morocco's the Pentagon
    const iraq = idOf('МИД Ирака сообщил.', 'ru', 'МИД Ирака');
    expect(iraq).toBe('x:frgn.iq.mnstr');
    expect(idOf('Министерство обороны Марокко сообщило.', 'ru', 'Министерство обороны Марокко')).toBe(
      'x:dfns.ma.mnstr',
    );
    expect(idOf('МИД РК сообщил.', 'ru', 'МИД РК')).toBe(bySlug('mfa-kz'));
    // a state's form before its name is no word of the body's ("Королевства Марокко", "Kingdom of")
    expect(
      idOf(
        'Министерство обороны Королевства Марокко сообщило.',
        'ru',
        'Министерство обороны Королевства Марокко',
      ),
    ).toBe('x:dfns.ma.mnstr');
    // corrections made on the ids of version 71 still apply
    const [lv] = annotator.annotate('Министерство обороны Латвии сообщило.', 'ru').mentions;
    expect(lv && annotator.formerIdsOf(lv)).toContain('x:dfns.ltf.mnstr');
  });

  it('unknown, has the former ids of the versions that keyed countries by their codes', () => {
    const [federation] = annotator.annotate('The Federation of German Industries warned.', 'en').mentions;
    expect(federation?.id).toBe('x:de.fdrtn.ndstr');
    // version 69 read "Industries" as it sounds; a correction made then still applies
    expect(federation && annotator.formerIdsOf(federation)).toContain('x:de.fdrtn.ndstrs');
  });

  it('by its short name with its country, is that country’s, whatever country the text names most', () => {
    const text = 'В Астане и Алма-Ате прошли переговоры. Минфин Киргизии и Минпромторг РФ ответили.';
    const found = annotator.annotate(text, 'ru').mentions.filter((m) => m.type === 'ORG');
    // (a known body's own country stays a place of its own, as in "Госдумы РФ")
    expect(found.map((m) => m.text)).toEqual(['Минфин Киргизии', 'Минпромторг']);
    expect(found[0]?.id).toBe(idOf('Kyrgyz Finance Ministry replied.', 'en', 'Kyrgyz Finance Ministry'));
    expect(found[1]?.id).toBe(bySlug('minpromtorg'));
    // "Healthcare" is the field Минздрав names
    const health = idOf('Минздрав Казахстана ответил.', 'ru', 'Минздрав Казахстана');
    expect(health).toBe(bySlug('ministry-healthcare-kz'));
    expect(idOf('Минздрав Киргизии ответил.', 'ru', 'Минздрав Киргизии')).toBe(
      idOf('The Ministry of Healthcare of Kyrgyzstan replied.', 'en', 'Ministry of Healthcare of Kyrgyzstan'),
    );
    // a short name the dictionary reads as another word ("Минпросвещения": минпросвещение), and the
    // English words Kazakhstan's and Russia's ministries use for what Russian names otherwise
    expect(idOf('Минпросвещения Казахстана ответило.', 'ru', 'Минпросвещения Казахстана')).toBe(
      bySlug('ministry-enlightenment-kz'),
    );
    expect(idOf('Минобрнауки Казахстана ответило.', 'ru', 'Минобрнауки Казахстана')).toBe(
      bySlug('ministry-science-higher-education-kz'),
    );
    const ecology = 'Russia’s Ministry of Natural Resources and Ecology replied.';
    expect(idOf(ecology, 'en', 'Ministry of Natural Resources and Ecology')).toBe(
      bySlug('natural-resources-ministry-ru'),
    );
  });

  it('joined to another by "и" is a body of its own', () => {
    const found = annotator.annotate('Министерство обороны и МВД сообщили о проверке.', 'ru').mentions;
    expect(found.map((m) => m.text)).toEqual(['Министерство обороны', 'МВД']);
  });
});

describe('a body’s name cut short', () => {
  it('is the body whose longer name in the text holds all its words, if only one does', () => {
    const text =
      'Члены Ассамблеи Уэльса недовольны. Среди членов Национальной ассамблеи зреет спор. ' +
      'Название Ассамблеи изменят: Национальная ассамблея Уэльса вправе. Комитет Ассамблеи молчит, ' +
      'Комитетом недовольны.';
    const found = annotator.annotate(text, 'ru').mentions.filter((m) => m.type === 'ORG');
    expect(found.map((m) => m.text)).toEqual([
      'Ассамблеи Уэльса',
      'Национальной ассамблеи',
      'Ассамблеи',
      'Национальная ассамблея Уэльса',
      'Комитет Ассамблеи',
      'Комитетом',
    ]);
    const ids = found.map((m) => m.id);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    // a longer name headed by another word for a body is another body: the assembly's committee
    expect(ids[4]).not.toBe(ids[0]);
    expect(ids[5]).toBe(ids[4]);
    expect(idOf('The Senate Judiciary Committee met. The Committee voted.', 'en', 'Committee')).toBe(
      idOf('The Senate Judiciary Committee met. The Committee voted.', 'en', 'Senate Judiciary Committee'),
    );
    // two longer names that hold its words leave the short one as it is
    const two =
      'The Senate Judiciary Committee and the Senate Armed Services Committee met. The Committee voted.';
    const committees = annotator.annotate(two, 'en').mentions.filter((m) => m.type === 'ORG');
    expect(new Set(committees.map((m) => m.id)).size).toBe(committees.length);
    // a unit named with its body ("пресс-служба МВД", marked in NEREL's convention) is not the body
    const unit = 'Пресс-служба МВД Киргизии сообщила, что МВД Киргизии проверит данные. МВД ответит.';
    const units = annotator.annotate(unit, 'ru', nerelOptions).mentions.filter((m) => m.type === 'ORG');
    const idOfText = (surface: string) => units.find((m) => m.text === surface)?.id;
    expect(idOfText('Пресс-служба МВД Киргизии')).toBeDefined();
    expect(idOfText('МВД Киргизии')).not.toBe(idOfText('Пресс-служба МВД Киргизии'));
    expect(new Set(units.filter((m) => m.text.startsWith('МВД')).map((m) => m.id))).toEqual(
      new Set([idOfText('МВД Киргизии')]),
    );
    // a name with no common word of bodies is no short form of a longer one
    const label = 'Лейбл Tervola Records вырос, а Tervola нет.';
    const byText = new Map(annotator.annotate(label, 'ru').mentions.map((m) => [m.text, m.id]));
    expect(byText.get('Tervola')).toBeDefined();
    expect(byText.get('Tervola')).not.toBe(byText.get('Tervola Records'));
  });

  it('is the team or body named after its place whose name without the place it is, in either language', () => {
    const ru = '«Лейкерс» проиграли. Игрок «Лос-Анджелес Лейкерс» ушёл, а «Колорадо Рокиз» обыграли «Рокиз».';
    const ruIds = annotator.annotate(ru, 'ru').mentions.filter((m) => m.type === 'ORG');
    expect(ruIds.map((m) => m.text)).toEqual(['Лейкерс', 'Лос-Анджелес Лейкерс', 'Колорадо Рокиз', 'Рокиз']);
    expect(ruIds[0]?.id).toBe(ruIds[1]?.id);
    expect(ruIds[3]?.id).toBe(ruIds[2]?.id);
    expect(ruIds[0]?.name).toEqual(ruIds[1]?.name);
    // the English report finds the rest alone as the team, with the same id as the Russian one
    const en = 'Lakers debut in Denver. LeBron James joins the Los Angeles Lakers, and the Lakers won.';
    const enIds = annotator.annotate(en, 'en').mentions.filter((m) => m.type === 'ORG');
    expect(enIds.map((m) => m.text)).toEqual(['Lakers', 'Los Angeles Lakers', 'Lakers']);
    expect(new Set(enIds.map((m) => m.id))).toEqual(new Set([ruIds[1]?.id]));
    // not a word for a kind of body, nor a word opening a sentence that the text writes in lower case
    expect(
      annotator
        .annotate(
          'Stars shine, the London Stars said; the stars were bright. The Moscow Department met. Department staff spoke.',
          'en',
        )
        .mentions.map((m) => m.text),
    ).toEqual(['London Stars', 'Moscow Department']);
    // two bodies that share the rest leave it to neither
    const two = '«Вашингтон Нэшионалс» и «Монреаль Нэшионалс» сыграли. Победили «Нэшионалс».';
    const teams = annotator.annotate(two, 'ru').mentions.filter((m) => m.type === 'ORG');
    expect(teams.map((m) => m.text)).toEqual(['Вашингтон Нэшионалс', 'Монреаль Нэшионалс', 'Нэшионалс']);
    expect(new Set(teams.map((m) => m.id)).size).toBe(3);
    // in English a known place that opens the name is the place's English name as it sounds in Russian
    // ("Washington", not "Washington, D.C."); one the knowledge base does not hold is transliterated
    expect(teams.slice(0, 2).map((m) => m.name.en)).toEqual(['Washington Neshionals', 'Monreal Neshionals']);
    // (a country that opens a name is transliterated with it: the agency is "Rossiya segodnya")
    const agency = annotator.annotate('Сообщает агентство «Россия сегодня».', 'ru').mentions;
    expect(agency.map((m) => m.name.en)).toEqual(['Rossiya segodnya']);
    const both = 'The Washington Nationals and the Montreal Nationals met, and the Nationals won.';
    expect(annotator.annotate(both, 'en').mentions.map((m) => m.text)).toEqual([
      'Washington Nationals',
      'Montreal Nationals',
    ]);
  });
});
