/**
 * Sentences of reports of a water commission, a health roadmap, a bank merger, a music festival, a
 * joint exercise, the Middle Corridor, an election and a space launch, written in Russian and English
 * as the region's press writes them: what a reader follows across the two.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../node/lexicon';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { reportReaders } from './report-readers';

let annotator: Annotator;

// (with the lexicon of names, as the app reads: "Мелис" is a Kyrgyz given name)
beforeAll(async () => {
  annotator = await loadTestAnnotator(await loadLexicon());
});

const { found, ids } = reportReaders(() => annotator);

describe('a body’s short name before a person’s', () => {
  it('is the body, and the person’s name begins after it', () => {
    const ru =
      'Об этом заявил председатель Нацбанка Мелис Тургунбаев. Глава Минфина Алмаз Баетов согласился.';
    expect(found(ru, 'ru', 'PER').map((m) => m.split('|')[0])).toEqual(['Мелис Тургунбаев', 'Алмаз Баетов']);
    expect(found(ru, 'ru', 'ORG').map((m) => m.split('|')[0])).toEqual(['Нацбанка', 'Минфина']);
    const [banker] = ids(ru, 'ru', 'PER');
    expect(ids('Central bank chairman Melis Turgunbaev said so.', 'en', 'PER')).toEqual([banker]);
  });
});

describe('the words of water, music, flight and districts', () => {
  it('key an unknown body’s or place’s name alike in both languages', () => {
    const pairs: [string, string][] = [
      [
        'Об этом сообщили в Службе водных ресурсов Кыргызстана.',
        'The Water Resources Service of Kyrgyzstan said so.',
      ],
      [
        'Концерт дала Государственная филармония Узбекистана.',
        'The State Philharmonic of Uzbekistan gave a concert.',
      ],
      [
        'Программу ведёт Национальный авиационный университет.',
        'The National Aviation University runs the course.',
      ],
      [
        'Явка в Юнусабадском округе Ташкента была высокой.',
        'Turnout in Yunusabad Okrug of Tashkent was high.',
      ],
      ['Подразделения Мобильных сил прибыли.', 'Units of the Mobile Forces arrived.'],
      ['Голосование прошло: Ургутский округ Самаркандской области.', 'Voting in Urgut district went well.'],
      ['Прошла сессия Парламентской ассамблеи.', 'A session of the Parliamentary Assembly was held.'],
      ['Совещание провёл Комитет по ирригации.', 'The Committee on Irrigation held the meeting.'],
    ];
    for (const [ru, en] of pairs) {
      const [first] = ids(ru, 'ru');
      expect(first, ru).toMatch(/^x:/);
      expect(ids(en, 'en')[0], en).toBe(first);
    }
  });
});

describe('the places, bodies and people of the fourth batch of reports', () => {
  it('are known in both languages', () => {
    const ru =
      'МКВК обсудила пропуск воды через Коксарай и Токтогульское водохранилище и канал Кош-Тепа в ' +
      'провинциях Балх и Джаузджан. Концерты прошли на площади Регистан; на фестивале выступил Ханс ' +
      'Клюге. Учения прошли на полигоне Харбмайдон. Грузы идут через Поти и Анаклию, их везёт ' +
      'Казмортрансфлот. Наблюдатели ПА ОБСЕ и партии «Адолат» и «Миллий тикланиш». Казкосмос и ' +
      'РКК «Энергия» подписали соглашение с Московским авиационным институтом.';
    const en =
      'The ICWC discussed the flows through Koksaray and the Toktogul Reservoir and the Qosh Tepa canal ' +
      'in Balkh and Jowzjan provinces. Concerts were held on Registan Square; Hans Kluge spoke at the ' +
      'festival. The exercise was held at the Harbmaidon training ground. Cargo goes via Poti and ' +
      'Anaklia, shipped by Kazmortransflot. Observers of the OSCE PA and the parties Adolat and ' +
      'Milliy Tiklanish. Kazcosmos and RSC Energia signed an agreement with the Moscow Aviation Institute.';
    const known = [
      'icwc',
      'koksaray-reservoir',
      'toktogul-reservoir',
      'qosh-tepa-canal',
      'balkh-province',
      'jowzjan-province',
      'registan',
      'hans-kluge',
      'harbmaidon',
      'poti',
      'anaklia',
      'kazmortransflot',
      'osce-pa',
      'adolat-sdp',
      'milliy-tiklanish',
      'kazcosmos',
      'rsc-energia',
      'moscow-aviation-institute',
    ];
    expect(ids(ru, 'ru').filter((id) => !id.startsWith('x:'))).toEqual(known);
    expect(ids(en, 'en').filter((id) => !id.startsWith('x:'))).toEqual(known);
  });
});

describe('the bodies of Uzbekistan, Kyrgyzstan and Tajikistan', () => {
  it('are known, by their bare names too in a text about their country', () => {
    const ru =
      'В Узбекистане и Ташкенте явка на выборах в Законодательную палату составила 73 процента. ' +
      'Экологическая партия прошла. Переговоры прошли в Министерстве здравоохранения Узбекистана.';
    const en =
      'In Uzbekistan and Tashkent turnout in the election to the Legislative Chamber was 73 percent. ' +
      'The Ecological Party passed. Talks were held at the Uzbek Ministry of Health.';
    const bodies = ['legislative-chamber-uz', 'ecological-party-uz', 'ministry-health-uz'];
    expect(ids(ru, 'ru', 'ORG')).toEqual(bodies);
    expect(ids(en, 'en', 'ORG')).toEqual(bodies);
    const tj = 'Об этом сообщили в Министерстве обороны Таджикистана.';
    expect(ids(tj, 'ru', 'ORG')).toEqual(['ministry-defence-tj']);
    expect(ids('Tajikistan’s Ministry of Defence said so.', 'en', 'ORG')).toEqual(['ministry-defence-tj']);
  });

  it('end where a bank’s matter is no part of its name', () => {
    const ru = 'Заседание правления Нацбанка по размеру учетной ставки запланировано на конец ноября.';
    expect(found(ru, 'ru', 'ORG').map((m) => m.split('|')[0])).toEqual(['Нацбанка']);
  });
});

describe('bodies the earlier report pairs still named apart', () => {
  it('are one in both languages', () => {
    const [council] = ids('Заседание Совета глав государств прошло в Габале.', 'ru', 'ORG');
    expect(council).toMatch(/^x:/);
    expect(ids('The Council of Heads of State met in Gabala.', 'en', 'ORG')).toEqual([council]);
    const ru = 'Председатель Халк Маслахаты Туркменистана выступил. Антикоррупционная служба задержала его.';
    const en = 'The Chairman of the Halk Maslahaty spoke. The Anti-Corruption Service detained him.';
    const bodies = ['halk-maslahaty', 'anti-corruption-agency-kz'];
    expect(ids(ru, 'ru', 'ORG')).toEqual(bodies);
    expect(ids(en, 'en', 'ORG')).toEqual(bodies);
  });
});

describe('what is based in a place', () => {
  it('is a body, and the festival report’s companies, ensemble and site are known', () => {
    const en =
      "Shymkent-based Chimpharm, a subsidiary of Poland's Polpharma Group, signed. The Kambarkan " +
      'ensemble came. A display of Afrasiab fresco fragments opened.';
    const ru =
      'АО «Химфарм», дочерняя компания Polpharma, подписало договор. Приехал ансамбль «Камбаркан». ' +
      'Открылась выставка фресок Афрасиаба.';
    const known = ['chimpharm', 'polpharma', 'kambarkan-ensemble', 'afrasiab'];
    expect(ids(en, 'en').filter((id) => id !== 'shymkent' && id !== 'Q36')).toEqual(known);
    expect(ids(ru, 'ru')).toEqual(known);
    // (an unknown body too)
    expect(found('The Almaty-based Zertteu Group said so.', 'en', 'ORG')).toEqual([
      expect.stringMatching(/^Zertteu Group\|ORG\|x:/),
    ]);
    expect(found('The Almaty-based Zertteu said so.', 'en', 'ORG')).toEqual([
      expect.stringMatching(/^Zertteu\|ORG\|x:/),
    ]);
  });
});

describe('a festival a headline names', () => {
  it('is the festival, in both languages', () => {
    const en = 'Four States Prepare a UNESCO Bid as Sharq Taronalari Returns to Registan\nText.';
    expect(found(en, 'en').slice(-2)).toEqual([
      'Sharq Taronalari|EVENT|sharq-taronalari',
      'Registan|LOC|registan',
    ]);
    const ru = 'В Самарканде открылся фестиваль «Шарк тароналари».';
    expect(ids(ru, 'ru', 'EVENT')).toEqual(['sharq-taronalari']);
  });
});

describe('names of the fifth batch of reports', () => {
  it('a given name opening a sentence before a known surname is someone else’s', () => {
    const en =
      'The court ruled. Ermek Kasymaliev, who served as deputy chairman, was found guilty. ' +
      'Kasymaliev pleaded not guilty. Meanwhile Tokayev spoke.';
    const [ermek, again, president] = found(en, 'en', 'PER');
    expect(ermek).toMatch(/^Ermek Kasymaliev\|PER\|x:/);
    expect(again?.split('|')[2]).toBe(ermek?.split('|')[2]);
    expect(president).toBe('Tokayev|PER|tokayev');
  });

  it('Turkish companies, and a mountain range whose last word spells a legal form', () => {
    const en = 'Deals were signed with Çalık Enerji and Kalyon Enerji.';
    expect(found(en, 'en').map((m) => m.split('|').slice(0, 2).join('|'))).toEqual([
      'Çalık Enerji|ORG',
      'Kalyon Enerji|ORG',
    ]);
    const ru = 'Работы пройдут в Чолпон-Ате и на хребте Терскей Ала-Тоо. Tatneft PJSC работает.';
    expect(found(ru, 'ru')).toEqual([
      'Чолпон-Ате|LOC|cholpon-ata',
      'Терскей Ала-Тоо|LOC|terskey-ala-too',
      'Tatneft|ORG|tatneft',
    ]);
  });
});
