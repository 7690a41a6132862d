/**
 * Sentences of reports of a power line's loan, a state visit, a uranium deposit, floods, a university
 * agreement and a customs verdict, written in Russian and English as the region's press writes them:
 * what a reader follows across the two.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../node/lexicon';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { reportReaders } from './report-readers';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator(await loadLexicon());
});

const { found, ids } = reportReaders(() => annotator);

describe('a ministry whose fields are listed', () => {
  it('is named by the whole list, and by the country after it, even as "РУз"', () => {
    const ru =
      'По данным Министерства инвестиций, промышленности и торговли РУз, работают 2 тыс. предприятий.';
    expect(found(ru, 'ru', 'ORG')).toEqual([
      'Министерства инвестиций, промышленности и торговли РУз|ORG|ministry-investment-industry-trade-uz',
    ]);
    const [labour] = ids('Сообщили в Министерстве труда, занятости и социальной защиты.', 'ru', 'ORG');
    expect(labour).toMatch(/^x:/);
    expect(ids('The Ministry of Labour, Employment and Social Protection said so.', 'en', 'ORG')).toEqual([
      labour,
    ]);
  });

  it('is not a list of bodies beside it', () => {
    const ru = 'Сотрудники Министерства юстиции, прокуратуры и судов собрались.';
    expect(found(ru, 'ru', 'ORG').map((m) => m.split('|')[0])).toEqual(['Министерства юстиции']);
  });
});

describe('words of investment, technology and supervision, and place adjectives in Latin letters', () => {
  it('key an unknown body’s name alike in both languages', () => {
    const pairs: [string, string][] = [
      ['Сообщили в Институте высоких технологий.', 'The Institute of High Technologies said so.'],
      ['Заседание провёл Инвестиционный комитет.', 'The Investment Committee met.'],
      ['Проверку провёл Комитет атомного надзора.', 'The Committee for Atomic Supervision checked it.'],
      ['Первомайский районный суд вынес приговор.', 'The Pervomaisky District Court ruled.'],
      ['Октябрьский районный суд рассмотрел дело.', 'The Oktyabrskiy District Court heard the case.'],
    ];
    for (const [ru, en] of pairs) {
      const [first] = ids(ru, 'ru', 'ORG');
      expect(first, ru).toMatch(/^x:/);
      expect(ids(en, 'en', 'ORG'), en).toEqual([first]);
    }
  });
});

describe('abbreviations of things', () => {
  it('name no body: a power line, a plant, fuel', () => {
    const ru = 'Реконструкция ЛЭП и ВЛ 220 кВ, строительство ВЭС и СЭС, поставки СПГ, ТЭО проекта.';
    expect(found(ru, 'ru')).toEqual([]);
  });
});

describe('border crossings in quotes', () => {
  it('are the places, one by one in a list', () => {
    const ru =
      'Бывший начальник таможенного поста «Торугарт» осуждён. Грузы шли через пункты пропуска ' +
      '«Торугарт» и «Иркештам».';
    expect(ids(ru, 'ru', 'LOC')).toEqual(['torugart-pass', 'torugart-pass', 'irkeshtam']);
    const en = 'Cargo entered through the Torugart and Irkeshtam border crossings.';
    expect(ids(en, 'en', 'LOC')).toEqual(['torugart-pass', 'irkeshtam']);
  });
});

describe('the places, bodies and media of the fifth batch of reports', () => {
  it('are known in both languages', () => {
    const ru =
      'ЕИБ и НЭСК подписали договор о ЛЭП от Балыкчы через Кочкор до Нарына. Жители Кочкорского, Нарынского ' +
      'и Ат-Башинского районов. Соглашение подписали АО «Ўзбекистон темир йўллари» и Государственные ' +
      'железные дороги Турции, а также Холдинг Koç и группа Kalyon. Акции торгуются на Лондонской ' +
      'фондовой бирже. Соглашение подписали Новосибирский государственный университет, СО РАН, ' +
      'Кыргызский национальный университет имени Жусупа Баласагына и КРСУ. Вертолёт Казавиаспаса ' +
      'прибыл. Генеральная прокуратура КР обжаловала приговор. Месторождение в Сузакском районе.';
    const en =
      'The EIB and NESK signed a deal on the line from Balykchy through Kochkor to Naryn. People in the ' +
      'Kochkor, Naryn and At-Bashy districts depend on it. Uzbekistan Railways and Turkish State Railways signed, as did Koç ' +
      'Holding and Kalyon. Shares trade on the London Stock Exchange. Novosibirsk State University, ' +
      'the Siberian Branch of the Russian Academy of Sciences, Kyrgyz National University and the ' +
      "Kyrgyz-Russian Slavic University signed. A Kazaviaspas helicopter arrived. Kyrgyzstan's " +
      "Prosecutor General's Office appealed the verdict. The deposit is in Suzak District.";
    const known = [
      'european-investment-bank',
      'nesk',
      'balykchy',
      'kochkor',
      'naryn',
      'kochkor-district',
      'naryn-district',
      'at-bashy-district',
      'uzbekistan-railways',
      'turkish-state-railways',
      'koc-holding',
      'kalyon-holding',
      'london-stock-exchange',
      'novosibirsk-state-university',
      'sb-ras',
      'knu-kg',
      'krsu',
      'kazaviaspas',
      'prosecutor-general-kg',
      'suzak-district',
    ];
    const of = (text: string, lang: 'ru' | 'en') =>
      ids(text, lang).filter((id) => known.includes(id) || id.startsWith('x:'));
    expect(of(ru, 'ru')).toEqual(known);
    expect(of(en, 'en').filter((id) => id !== 'Q813')).toEqual(known);
    expect(ids('TASHKENT (Times of Central Asia) — Talks were held.', 'en', 'ORG')).toEqual([
      'times-of-central-asia',
    ]);
  });
});
