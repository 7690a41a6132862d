/**
 * Sentences of reports of trade through Khorgos, a border treaty, a gas pipeline, grain exports, a
 * summit, a gold mine, copper combines and a meeting of the Caspian states, written in Russian and
 * English as the region's press writes them: what a reader follows across the two.
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

describe('a bare body’s name the text as a whole leaves open', () => {
  it('is the body of the one country its sentence names', () => {
    // (the report names Afghanistan's places more often than Turkmenistan's)
    const ru =
      'Газопровод пройдёт через Герат, Кандагар и Кабул. В Герате и Кандагаре ждут газ. Президент ' +
      'Туркмении Сердар Бердымухамедов на заседании Кабинета министров поручил ускорить строительство.';
    expect(ids(ru, 'ru', 'ORG')).toEqual(['cabinet-tm']);
    // (a sentence that names two countries' places says nothing)
    const two =
      'Газопровод пройдёт через Герат, Кандагар и Кабул. В Герате и Кандагаре ждут газ. Делегации ' +
      'Туркмении и Узбекистана обсудили решение Кабинета министров.';
    expect(ids(two, 'ru', 'ORG')).toEqual(['x:kbnt.mnstr']);
  });
});

describe('a known town’s district the knowledge base lacks', () => {
  it('is a place of its own, the district, not the town', () => {
    const en = 'Clashes broke out in the Uzgen district. His new Almaty district voted.';
    expect(found(en, 'en', 'LOC')).toEqual([
      expect.stringMatching(/^Uzgen district\|LOC\|x:/),
      'Almaty|LOC|Q35493',
    ]);
    const [uzgen] = ids('Столкновения в Узгенском районе.', 'ru', 'LOC');
    expect(ids(en, 'en', 'LOC')[0]).toBe(uzgen);
  });
});

describe('a body that manages something', () => {
  it('is named by what it manages, in the instrumental', () => {
    const ru = 'Соглашение подписано с Агентством по управлению государственными активами Узбекистана.';
    expect(found(ru, 'ru', 'ORG')).toEqual([
      'Агентством по управлению государственными активами Узбекистана|ORG|state-assets-agency-uz',
    ]);
    const unknown = 'Об этом сообщили в Комитете по управлению земельными ресурсами.';
    expect(found(unknown, 'ru', 'ORG').map((m) => m.split('|')[0])).toEqual([
      'Комитете по управлению земельными ресурсами',
    ]);
  });
});

describe('words of technical supervision and revenue', () => {
  it('key an unknown body’s name alike in both languages', () => {
    const pairs: [string, string][] = [
      [
        'Проверку провело Министерство природных ресурсов, экологии и технического надзора.',
        'The Ministry of Natural Resources, Ecology and Technical Supervision checked it.',
      ],
      ['Сообщили в Департаменте государственных доходов.', 'The State Revenue Department said so.'],
    ];
    for (const [ru, en] of pairs) {
      const [first] = ids(ru, 'ru', 'ORG');
      expect(first, ru).toMatch(/^x:/);
      expect(ids(en, 'en', 'ORG'), en).toEqual([first]);
    }
  });
});

describe('a person whose surname a known person shares', () => {
  it('is someone else when two given names stand before it', () => {
    const en = 'Abdul Rashid Akhundzada, deputy minister of mines, said so. Later Akhundzada spoke again.';
    const [deputy, again] = found(en, 'en', 'PER');
    expect(deputy).toMatch(/^Abdul Rashid Akhundzada\|PER\|x:/);
    // (the surname alone after it is his, as the text has named him)
    expect(again?.split('|')[2]).toBe(deputy?.split('|')[2]);
    expect(ids('Hibatullah Akhundzada spoke.', 'en', 'PER')).toEqual(['akhundzada']);
    const [ru] = ids('Абдул Рашид Ахундзада, заместитель министра, заявил.', 'ru', 'PER');
    expect(deputy?.split('|')[2]).toBe(ru);
  });
});

describe('the places, bodies and companies of the sixth batch of reports', () => {
  it('are known in both languages', () => {
    const ru =
      'Оператором стал KTZE – Khorgos Gateway. Маджлиси милли одобрил договор. Пункты пропуска ' +
      '«Кайрагач» и «Бор-Добо» откроются; жители Исфары, Воруха и Чорку ждут. Туркмендемирёллары и ' +
      'Союз зернопереработчиков Казахстана подписали договор. Министерство горнодобывающей ' +
      'промышленности и геологии Узбекистана и Фонд реконструкции и развития Узбекистана выделили ' +
      'средства, Экспортно-импортный банк Китая дал кредит. Руда добывается на Кальмакыре и ' +
      'Мурунтау, рядом с Алмалыком. Котировки Лондонской биржи металлов выросли. Выступил эксперт ' +
      'ЦЭИР и профессор Американского университета в Центральной Азии. НБКР купил золото.';
    const en =
      'The operator is KTZE-Khorgos Gateway. The Majlisi Milli endorsed the treaty. The Kayragach and ' +
      'Bor-Dobo crossings will open; people in Isfara, Vorukh and Chorku wait. Turkmen Railways and the ' +
      'Union of Grain Processors of Kazakhstan signed. The Uzbek Mining Ministry and the Fund for ' +
      'Reconstruction and Development of Uzbekistan gave funds, and the Export-Import Bank of China a ' +
      'loan. Ore comes from Kalmakyr and Muruntau, near Almalyk. Prices on the London Metal Exchange ' +
      'rose. An expert of the Center for Economic Research and Reforms and a professor of the American ' +
      'University of Central Asia spoke. The National Bank of the Kyrgyz Republic bought gold.';
    const known = [
      'ktze-khorgos-gateway',
      'majlisi-milli',
      'kayragach',
      'bor-dobo',
      'isfara',
      'vorukh',
      'chorku',
      'turkmen-railways',
      'grain-processors-union-kz',
      'ministry-mining-geology-uz',
      'ufrd',
      'china-exim-bank',
      'kalmakyr',
      'muruntau',
      'almalyk',
      'london-metal-exchange',
      'cerr-uz',
      'auca',
      'national-bank-kg',
    ];
    const of = (text: string, lang: 'ru' | 'en') =>
      ids(text, lang).filter((id) => known.includes(id) || id.startsWith('x:'));
    expect(of(ru, 'ru')).toEqual(known);
    expect(of(en, 'en')).toEqual(known);
  });
});

describe('the lake, the districts and the company the sixth batch’s places were read with', () => {
  it('are known in both languages, the bare "Sughd" the region', () => {
    const ru =
      'На берегу Иссык-Куля прошли учения. Жители Баткенского, Лейлекского и Джети-Огузского районов ' +
      'пострадали. В Согдийской области и Жаркенте. Centerra Gold согласилась.';
    const en =
      'Drills were held on Lake Issyk-Kul. People in the Batken, Leilek and Jeti-Oguz districts were ' +
      'hit. In Sughd and Zharkent. Centerra agreed.';
    const known = [
      'lake-issyk-kul',
      'batken-district',
      'leilek-district',
      'jeti-oguz-district',
      'sughd-region',
      'zharkent',
      'centerra-gold',
    ];
    expect(ids(ru, 'ru')).toEqual(known);
    expect(ids(en, 'en')).toEqual(known);
  });
});
