/**
 * Sentences of reports of an Italian visit, Kyrgyzstan's gold, the Rogun dam, a Chinese-Kazakh plant,
 * the Kazakh-Russian regions' forum, Uzbek privatisation, grain exports and a corruption case, written
 * in Russian and English as the region's press writes them: what a reader follows across the two.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { reportReaders } from './report-readers';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const { found, ids } = reportReaders(() => annotator);

describe('a company’s name with quotes of its own inside', () => {
  it('ends with the one closing quote Russian writes for both, and is the known body', () => {
    const ru =
      'В проекте участвует АО «Фонд национального благосостояния «Самрук-Казына» вместе с партнёрами.';
    expect(found(ru, 'ru', 'ORG')).toEqual([
      'Фонд национального благосостояния «Самрук-Казына»|ORG|Q4407014',
    ]);
    expect(ids('Samruk-Kazyna Sovereign Wealth Fund takes part in the project.', 'en', 'ORG')).toEqual([
      'Q4407014',
    ]);
  });
});

describe('the Kazakh "ҚР" and the Russian "КР"', () => {
  it('are Kazakhstan and Kyrgyzstan, each written its own way', () => {
    expect(ids('Министерство финансов РК сообщило об этом.', 'ru', 'ORG')).toEqual(['ministry-finance-kz']);
    expect(ids('ҚР Президенті.', 'ru', 'LOC')).toEqual(['Q232']);
    expect(ids('Об этом сообщили в правительстве КР.', 'ru', 'LOC')).toEqual(['Q813']);
    const [service] = ids('Государственная налоговая служба КР сообщила.', 'ru', 'ORG');
    expect(service).toMatch(/^x:/);
    const kyrgyz = 'The State Tax Service of Kyrgyzstan said so.';
    expect(ids(kyrgyz, 'en', 'ORG')).toEqual([service]);
    const ru = 'Министерство экономики и коммерции КР подвело итоги.';
    expect(ids(ru, 'ru', 'ORG')).toEqual(['ministry-economy-kg']);
    expect(ids('The Ministry of Economy and Commerce summed up the results.', 'en', 'ORG')).toEqual([
      'ministry-economy-kg',
    ]);
  });
});

describe('the places and bodies of the grain, privatisation and corruption reports', () => {
  it('are known in both languages', () => {
    const ru =
      'Зерно идёт через Серахс в Бандар-Аббас, перевозки организует KTZ Express по заказу ' +
      'Продкорпорации. Акции разместят на Республиканской фондовой бирже «Тошкент». Дело расследует ' +
      'Агентство по противодействию коррупции.';
    const en =
      'Grain moves via Serakhs to Bandar Abbas, carried by KTZ Express for the Food Corporation. The ' +
      'shares will be listed on the Tashkent Stock Exchange. The Agency for Combating Corruption ' +
      'investigates the case.';
    const known = [
      'serakhs',
      'bandar-abbas',
      'ktz-express',
      'prodcorporation-kz',
      'tashkent-stock-exchange',
      'anti-corruption-agency-kz',
    ];
    expect(ids(ru, 'ru')).toEqual(known);
    expect(ids(en, 'en')).toEqual(known);
  });
});

describe('an intergovernmental commission on a list of fields', () => {
  it('keeps the whole list in its English name, so it keys as the Russian one does', () => {
    const ru =
      'Заседание Межправительственной казахстанско-итальянской комиссии по экономическому, ' +
      'промышленному и финансовому сотрудничеству прошло в Риме.';
    const [commission] = ids(ru, 'ru', 'ORG');
    expect(commission).toMatch(/^x:/);
    const en =
      'The Kazakh-Italian Intergovernmental Commission on Economic, Industrial and Financial ' +
      'Cooperation met in Rome.';
    expect(found(en, 'en', 'ORG')).toEqual([
      `Kazakh-Italian Intergovernmental Commission on Economic, Industrial and Financial Cooperation|ORG|${commission}`,
    ]);
    // (a list of bodies after a body's name is no list of its fields)
    const bodies = 'The Ministry of Finance, Kazakhstan Railways and Samruk-Kazyna signed it.';
    expect(found(bodies, 'en', 'ORG').map((m) => m.split('|')[0])).toEqual([
      'Ministry of Finance',
      'Kazakhstan Railways',
      'Samruk-Kazyna',
    ]);
  });

  it('reads a list of five fields, and stops at a list of countries', () => {
    const long =
      'The Kazakh-Chinese Intergovernmental Commission on Trade, Economic, Scientific, Technical and ' +
      'Cultural Cooperation met in Astana.';
    expect(found(long, 'en', 'ORG').map((m) => m.split('|')[0])).toEqual([
      'Kazakh-Chinese Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation',
    ]);
    const countries = 'The Council for Trade, Kazakhstan, Russia and China met in Astana.';
    expect(found(countries, 'en', 'ORG').map((m) => m.split('|')[0])).toEqual(['Council for Trade']);
    expect(found(countries, 'en', 'LOC').map((m) => m.split('|')[0])).toEqual([
      'Kazakhstan',
      'Russia',
      'China',
      'Astana',
    ]);
  });
});

describe('a government’s bodies named short, as a text about its country names them', () => {
  it('are that country’s: "Минторговли", "Кабмин" and the English "Cabinet"', () => {
    const kz =
      'Минэкономразвития России и Минторговли Казахстана согласовали план в Астане и Алматы. ' +
      'В Минторговли отметили рост.';
    expect(found(kz, 'ru', 'ORG').slice(-2)).toEqual([
      'Минторговли Казахстана|ORG|ministry-trade-integration-kz',
      'Минторговли|ORG|ministry-trade-integration-kz',
    ]);
    const kg = 'Кабинет министров Кыргызстана собрался в Бишкеке. Глава Кабмина отметил рост.';
    expect(ids(kg, 'ru', 'ORG')).toEqual(['cabinet-kg', 'cabinet-kg']);
    const en =
      'Cabinet Chairman Adylbek Kasymaliev spoke in Bishkek, Kyrgyzstan. The Cabinet would channel ' +
      'part of the windfall to Osh.';
    expect(ids(en, 'en', 'ORG')).toEqual(['cabinet-kg', 'cabinet-kg']);
    // (a text that names no country leaves the short name to no one's cabinet)
    expect(ids('Глава Кабмина отметил рост.', 'ru', 'ORG')[0]).toMatch(/^x:/);
  });
});

describe('the petrochemical report’s operator, fund and university', () => {
  it('are the same in both languages', () => {
    const ru =
      'Оператором выступит ТОО «Kazakhstan Petrochemical Industries Inc.». Председатель правления ' +
      'ФНБ «Самрук-Казына» Нурлан Жакупов отметил, что обучение ведёт Атырауский университет нефти ' +
      'и газа имени Сафи Утебаева.';
    const en =
      'Operations will be handled by Kazakhstan Petrochemical Industries. Training has started at the ' +
      'Atyrau University of Oil and Gas, Samruk-Kazyna said.';
    const [operator, ...rest] = ids(ru, 'ru', 'ORG');
    expect(found(ru, 'ru', 'ORG')[0]).toBe(`Kazakhstan Petrochemical Industries|ORG|${operator}`);
    expect(rest).toEqual(['Q4407014', 'atyrau-oil-gas-university']);
    expect(ids(en, 'en', 'ORG')).toEqual([operator, 'atyrau-oil-gas-university', 'Q4407014']);
  });

  it('as are the places of the dam, the grain train and the plant', () => {
    const ru =
      'Станция возводится на реке Вахш, вблизи города Рогун. Зерно идёт на рынки Восточной Африки. ' +
      'Комплекс разместится вблизи станции Карабатан. На берегу реки Есиль.';
    const en =
      'The plant is built on the Vakhsh river near Rogun. Grain goes to the markets of East Africa. ' +
      'The complex will stand near Karabatan. On the bank of the Yesil River.';
    const places = ['vakhsh-river', 'rogun', 'east-africa', 'karabatan', 'ishim-river'];
    expect(ids(ru, 'ru', 'LOC')).toEqual(places);
    expect(ids(en, 'en', 'LOC')).toEqual(places);
  });
});
