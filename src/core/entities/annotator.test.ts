import { beforeAll, describe, expect, it } from 'vitest';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { testResources } from '../../node/test-annotator';
import { createAnnotator, type Annotator } from './annotator';
import { unknownId } from './unknown-ids';
import type { KbEntity } from './kb-schema';
import { lexiconOf } from './lexicon';
import { noMorphology } from './morphology';

let annotator: Annotator;
let kb: KbEntity[];

beforeAll(async () => {
  kb = await loadKb(testResources);
  annotator = createAnnotator(kb, await loadMorphology());
});

const idsOf = (text: string, lang: 'ru' | 'en' | 'kk') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

const kbId = (slugOrId: string) => kb.find((e) => e.slug === slugOrId || e.id === slugOrId)?.id;

function personId(text: string, lang: 'ru' | 'en' | 'kk', surface: string): string | undefined {
  const m = annotator.annotate(text, lang).mentions.find((x) => x.text === surface);
  expect(m, `${surface} in «${text}»: ${idsOf(text, lang).join('; ')}`).toBeDefined();
  expect(m?.type).toBe('PER');
  return m?.id;
}

describe('linking a person across cases and scripts', () => {
  it('gives Токаев in every case, in Kazakh spelling and in Latin one id', () => {
    const ids = new Set([
      personId('Вчера Токаев провёл встречу.', 'ru', 'Токаев'),
      personId('Встреча Токаева с делегацией прошла в Астане.', 'ru', 'Токаева'),
      personId('Делегация передала Токаеву письмо.', 'ru', 'Токаеву'),
      personId('Переговоры с Токаевым длились час.', 'ru', 'Токаевым'),
      personId('Президент Тоқаев провёл встречу с акимами.', 'ru', 'Тоқаев'),
      personId('On Monday Tokayev met the delegation.', 'en', 'Tokayev'),
      personId('On Monday Tokaev met the delegation.', 'en', 'Tokaev'),
    ]);
    expect(ids.size).toBe(1);
    const tokayev = kb.find((e) => e.slug === 'tokayev');
    expect([...ids][0]).toBe(tokayev?.id);
  });

  it('gives an official the knowledge base does not know the same id in Russian and English', () => {
    const ru = personId(
      'Вице-министр Бауыржан Сейткалиев выступил на брифинге.',
      'ru',
      'Бауыржан Сейткалиев',
    );
    const ruGenitive = personId(
      'По словам Бауыржана Сейткалиева, реформа продолжится.',
      'ru',
      'Бауыржана Сейткалиева',
    );
    const en = personId(
      'Vice Minister Bauyrzhan Seitkaliyev spoke at the briefing.',
      'en',
      'Bauyrzhan Seitkaliyev',
    );
    expect(ru).toMatch(/^x:/);
    expect(en).toBe(ru);
    expect(ruGenitive).toBe(ru);
    expect(kb.some((e) => e.id === ru)).toBe(false);
  });

  it('gives an English name and its Russian rendering one id when the knowledge base knows neither', () => {
    const pairs: [string, string, string, string][] = [
      [
        'Gwyneth Paltrow has a new book.',
        'Gwyneth Paltrow',
        'У Гвинет Пэлтроу новая книга.',
        'Гвинет Пэлтроу',
      ],
      [
        'He met Holly Willoughby there.',
        'Holly Willoughby',
        'Он встретил там Холли Уиллоуби.',
        'Холли Уиллоуби',
      ],
      ['Steven Gerrard said so.', 'Steven Gerrard', 'Так сказал Стивен Джеррард.', 'Стивен Джеррард'],
      ['Daniel Sturridge scored.', 'Daniel Sturridge', 'Забил Дэниэл Старридж.', 'Дэниэл Старридж'],
      ['Larry Giles was there.', 'Larry Giles', 'Там был Ларри Гайлз.', 'Ларри Гайлз'],
      ['Mike Coupe spoke.', 'Mike Coupe', 'Выступил Майк Куп.', 'Майк Куп'],
      ['He played with Tiger Woods.', 'Tiger Woods', 'Он сыграл с Тайгером Вудсом.', 'Тайгером Вудсом'],
      [
        'He met Rod Rosenstein.',
        'Rod Rosenstein',
        'Он встретился с Родом Розенштейном.',
        'Родом Розенштейном',
      ],
      ['Sarah Palin spoke.', 'Sarah Palin', 'Выступила Сара Пэйлин.', 'Сара Пэйлин'],
      ['Nigel Farage spoke.', 'Nigel Farage', 'Выступил Найджел Фараж.', 'Найджел Фараж'],
      // a given name's spelling varies more than a surname's: two letters of its key count
      ['Francesco Molinari won.', 'Francesco Molinari', 'Победил Франческо Молинари.', 'Франческо Молинари'],
      ['Cristiano Ronaldo scored.', 'Cristiano Ronaldo', 'Забил Криштиану Роналду.', 'Криштиану Роналду'],
      [
        'He beat Sebastian Vettel.',
        'Sebastian Vettel',
        'Он обошёл Себастьяна Феттеля.',
        'Себастьяна Феттеля',
      ],
      [
        'He beat Sebastian Vettel.',
        'Sebastian Vettel',
        'Он играл с Себастьяном Феттелем.',
        'Себастьяном Феттелем',
      ],
    ];
    for (const [en, enName, ru, ruName] of pairs) {
      const id = personId(en, 'en', enName);
      expect(id).toMatch(/^x:/);
      expect(personId(ru, 'ru', ruName), `${enName} ~ ${ruName}`).toBe(id);
    }
  });

  it('gives a name one id when one language reads it as a person and the other as a body', () => {
    expect(unknownId('ORG', ['Lloyds', 'Pharmacy'])).toBe(unknownId('PER', ['Ллойдс', 'Фармаси']));
    expect(unknownId('LOC', ['Denver', 'Nuggets'])).toBe(unknownId('ORG', ['Денвер', 'Наггетс']));
    // namesakes with other given names stay apart
    expect(unknownId('PER', ['Ivan', 'Petrov'])).not.toBe(unknownId('PER', ['Igor', 'Petrov']));
    // a person's middle name is left out, a body's middle words are not
    expect(unknownId('PER', ['John', 'Howard', 'Johnson'])).toBe(unknownId('PER', ['John', 'Johnson']));
    expect(unknownId('ORG', ['Bank', 'East', 'Asia'])).not.toBe(unknownId('ORG', ['Bank', 'Asia']));
  });

  it('gives a body one id in a translation that orders and translates its words', () => {
    const same: [string, string][] = [
      ['Welsh Parliament', 'Парламент Уэльса'],
      ['Welsh Parliament', 'Уэльский Парламент'],
      ['Senate Judiciary Committee', 'Юридический Комитет Сената'],
      ['University of Michigan', 'Университет Мичиган'],
      ['Scottish Council of Independent Schools', 'Совет Независимый Школа Шотландия'],
      ['Syracuse University', 'Сиракузский Университет'],
      ['London Gazette', 'Лондонский Газета'],
      // (lemmas, as a Russian name's words are keyed: "и" and "в" join them, as "and" and "in" do)
      ['Ministry of Industry and Trade', 'Министерство Промышленность И Торговля'],
      ['College in Nyangezi', 'Колледж В Ньянгези'],
      ['Kazakh National University', 'Казахский Национальный Университет'],
    ];
    for (const [en, ru] of same) {
      expect(unknownId('ORG', ru.split(' ')), `${en} ~ ${ru}`).toBe(unknownId('ORG', en.split(' ')));
    }
    // a body of another place, or of another kind, is another body
    expect(unknownId('ORG', ['Welsh', 'Parliament'])).not.toBe(unknownId('ORG', ['Scottish', 'Parliament']));
    expect(unknownId('ORG', ['Парламент', 'Уэльса'])).not.toBe(unknownId('ORG', ['Сенат', 'Уэльса']));
  });

  it('links a lone surname to the full name it repeats', () => {
    const { mentions } = annotator.annotate(
      'Yerlan Karin arrived on Monday. Later, Karin told reporters he was pleased.',
      'en',
    );
    const ids = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.id));
    expect(mentions.map((m) => m.text)).toContain('Karin');
    expect(ids.size).toBe(1);
  });

  it('links a surname of one consonant said alone where it says something, not the month', () => {
    const persons = (text: string, lang: 'ru' | 'en') =>
      annotator
        .annotate(text, lang)
        .mentions.filter((m) => m.type === 'PER')
        .map((m) => `${m.text}|${m.id}`);
    const may = kbId('theresa-may');
    expect(
      persons('Theresa May arrived. May said she would stay. In May, she left. May we ask?', 'en'),
    ).toEqual([`Theresa May|${may}`, `May|${may}`]);
    expect(persons('Тереза Мэй приехала. Мэй сказала, что останется.', 'ru')).toEqual([
      `Тереза Мэй|${may}`,
      `Мэй|${may}`,
    ]);
    const lee = persons('Kai-Fu Lee wrote a book. Lee added that it was fine.', 'en');
    expect(lee.map((p) => p.split('|')[0])).toEqual(['Kai-Fu Lee', 'Lee']);
    expect(new Set(lee.map((p) => p.split('|')[1])).size).toBe(1);
  });

  it('links an Arab surname said again, with its article or without, in either language', () => {
    const ids = (text: string, lang: 'ru' | 'en') =>
      annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.id}`);
    const en = ids('The analyst Ahmed al-Masri agreed, and al-Masri added.', 'en');
    const ru = ids('Аналитик Ахмед аль-Масри согласился, а аль-Масри добавил. Масри ушёл.', 'ru');
    expect(en.map((m) => m.split('|')[0])).toEqual(['Ahmed al-Masri', 'al-Masri']);
    expect(ru.map((m) => m.split('|')[0])).toEqual(['Ахмед аль-Масри', 'аль-Масри', 'Масри']);
    expect(new Set([...en, ...ru].map((m) => m.split('|')[1])).size).toBe(1);
  });

  it('reads a surname in -ем after a given name in the nominative as written, not as an instrumental', () => {
    const ru = annotator
      .annotate(
        'Министр Валид аль-Муалем призвал беженцев вернуться. Муалем, который также вице-премьер, заявил.',
        'ru',
      )
      .mentions.filter((m) => m.type === 'PER');
    const en = annotator
      .annotate('Foreign Minister Walid al-Moualem called on refugees to return.', 'en')
      .mentions.filter((m) => m.type === 'PER');
    expect(ru.map((m) => m.text)).toEqual(['Валид аль-Муалем', 'Муалем']);
    expect(new Set([...ru, ...en].map((m) => m.id)).size).toBe(1);
  });

  it('keeps the initials before a surname said again', () => {
    const { mentions } = annotator.annotate(
      'Президент Бундесбанка Аксель Вебер уходит в отставку. По словам источника, А.Вебер покинет пост в апреле.',
      'ru',
    );
    const persons = mentions.filter((m) => m.type === 'PER');
    expect(persons.map((m) => m.text)).toEqual(['Аксель Вебер', 'А.Вебер']);
    expect(new Set(persons.map((m) => m.id)).size).toBe(1);
  });
});

describe('names the knowledge base does not know', () => {
  const typeOf = (text: string, lang: 'ru' | 'en', surface: string) =>
    annotator.annotate(text, lang).mentions.find((m) => m.text === surface)?.type;

  it('types Russian names by title, patronymic, legal form and place preposition', () => {
    expect(typeOf('Об этом сообщил министр Арман Жумабеков.', 'ru', 'Арман Жумабеков')).toBe('PER');
    expect(typeOf('Его поддержал Иван Петрович Сидоренко.', 'ru', 'Иван Петрович Сидоренко')).toBe('PER');
    expect(typeOf('Контракт получило ТОО «Алтын Жол».', 'ru', 'Алтын Жол')).toBe('ORG');
    expect(typeOf('Форум пройдёт в Костанае осенью.', 'ru', 'Костанае')).toBe('LOC');
    expect(
      typeOf('Письмо направили в Министерство иностранных дел.', 'ru', 'Министерство иностранных дел'),
    ).toBe('ORG');
  });

  it('types English names by title, legal form and capitalised sequence', () => {
    expect(typeOf('The plan was backed by Prime Minister Olzhas Bektenov.', 'en', 'Olzhas Bektenov')).toBe(
      'PER',
    );
    expect(typeOf('A contract went to Kazakhtelecom JSC last year.', 'en', 'Kazakhtelecom')).toBe('ORG');
    expect(typeOf('The Ministry of Energy said output rose.', 'en', 'Ministry of Energy')).toBe('ORG');
  });

  it('reads a possessive as the name alone', () => {
    const { mentions } = annotator.annotate('The talks covered Kazakhstan’s oil exports.', 'en');
    expect(mentions.map((m) => m.text)).toEqual(['Kazakhstan']);
  });
});

describe('acronyms in the knowledge base', () => {
  it('match only a word written in capitals, whatever its case ending', () => {
    expect(idsOf('Who knows? The WHO said it would help.', 'en')).toEqual(['WHO|ORG|Q7817']);
    expect(idsOf('Глава МВД РФ прокомментировал это.', 'ru').map((m) => m.split('|')[0])).toEqual(['МВД РФ']);
  });
});

describe('names in the knowledge base written with fewer capitals', () => {
  it('match a body’s name after its first word, but never a person’s', () => {
    expect(idsOf('Согласно данным Организации Объединенных наций, это так.', 'ru')).toEqual([
      'Организации Объединенных наций|ORG|Q1065',
    ]);
    expect(idsOf('Владимир путин вышел на лёд.', 'ru').map((m) => m.split('|')[0])).not.toContain(
      'Владимир путин',
    );
  });
});

describe('an adjective made of a town’s name', () => {
  it('is not a case form of the town, nor a surname outside the masculine nominative', () => {
    const ids = idsOf('В Уральской области и в Уральске прошли выборы.', 'ru');
    expect(ids.filter((m) => m.endsWith('|oral'))).toEqual(['Уральске|LOC|oral']);
    expect(idsOf('Он выставлялся на Уральской Биеннале современного искусства.', 'ru')).toEqual([]);
    // a power plant is a thing, and its abbreviation names no body
    expect(idsOf('Огонь шёл к Чернобыльской АЭС, и рядом с АЭС горел лес.', 'ru')).toEqual([]);
    // nor does a law's, the traffic rules' or a championship's
    expect(idsOf('По закону № 53-ФЗ за нарушение ПДД на ЧМ-2018 штрафуют.', 'ru')).toEqual([]);
    expect(idsOf('В турнире играет гроссмейстер Гата Камский.', 'ru').map((m) => m.split('|')[1])).toEqual([
      'PER',
    ]);
  });
});

describe('a building that names a body', () => {
  it('is the place after a preposition of place and the body otherwise, under one id', () => {
    expect(idsOf('Переговоры прошли в Белом доме. Белый дом их одобрил.', 'ru')).toEqual([
      'Белом доме|LOC|Q35525',
      'Белый дом|ORG|Q35525',
    ]);
    expect(idsOf('The White House said the talks at the White House went well.', 'en')).toEqual([
      'White House|ORG|Q35525',
      'White House|LOC|Q35525',
    ]);
    expect(idsOf('Советник Белого дома ответил.', 'ru')).toEqual(['Белого дома|ORG|Q35525']);
  });

  it('a space station is a place people fly to and live on', () => {
    expect(idsOf('Экипаж вернулся с МКС на Землю.', 'ru')).toContain('МКС|LOC|Q25271');
    expect(idsOf('The crew left the ISS on Monday.', 'en')).toEqual(['ISS|LOC|Q25271']);
  });
});

describe('a place named with its noun', () => {
  it('is the state after "штат", not the city of the same name', () => {
    expect(idsOf('Он живёт в штате Нью-Йорк.', 'ru')).toEqual(['Нью-Йорк|LOC|Q1384']);
    expect(idsOf('Выборы в штате Мэн прошли.', 'ru')).toEqual(['Мэн|LOC|Q724']);
    expect(idsOf('Он жил в Нью-Йорке.', 'ru')).toEqual(['Нью-Йорке|LOC|Q60']);
  });

  it('links the same name read again elsewhere in the text to the same place', () => {
    expect(idsOf('Выборы в штате Мэн прошли спокойно. Жители Мэн поддержали.', 'ru')).toEqual([
      'Мэн|LOC|Q724',
      'Мэн|LOC|Q724',
    ]);
  });
});

describe('linking by spelling skeleton', () => {
  it('keeps a name’s first sound: Аризона, "rzn" like Рязань, is not Рязань', () => {
    const ryazan = kb.find((e) => e.slug === 'ryazan')?.id;
    expect(ryazan).toBeDefined();
    const arizona = annotator.annotate('Конгрессмен от штата Аризона приехал.', 'ru').mentions[0];
    expect(arizona?.text).toBe('Аризона');
    expect(arizona?.id).not.toBe(ryazan);
    expect(personId('Tokaev met Erdogan in Astana.', 'en', 'Tokaev')).toBe(
      personId('Президент Токаев прибыл в Астану.', 'ru', 'Токаев'),
    );
  });

  it('links a body or a place only when its letters are close too, and by its whole name', () => {
    const idOf = (text: string, surface: string) =>
      annotator.annotate(text, 'ru', { commonNounOrgs: true }).mentions.find((m) => m.text === surface)?.id;
    // one letter off in a long name still links
    expect(idOf('Он родился в Тенесси.', 'Тенесси')).toBe(kbId('tennessee'));
    // the same consonants are not enough: a national team is no Federal Assembly ("Собрание"), Borneo
    // no Brunei, Kaohsiung no Hesse
    expect(idOf('Сборная Германии выиграла матч.', 'Сборная Германии')).not.toBe(kbId('federal-assembly-ru'));
    expect(idOf('Суда ищут к северу от Борнео.', 'Борнео')).not.toBe(kbId('brunei'));
    expect(idOf('Им стал мэр города Гаосюн.', 'Гаосюн')).not.toBe(kbId('hesse'));
    // a body's name without its club letters still names it
    expect(idOf('Он перешёл в «Барселону».', 'Барселону')).toBe(kbId('fc-barcelona'));
  });

  it('a body links only to the body it names: not a longer name, not another country’s, not a dictionary word', () => {
    const idIn = (text: string, lang: 'en' | 'ru', surface: string) =>
      annotator.annotate(text, lang).mentions.find((m) => m.text === surface)?.id;
    const en = (text: string, surface: string) => idIn(text, 'en', surface);
    // "Supreme Court" is no spelling of "US Supreme Court", and has one id in both languages
    const court = en('The Supreme Court ruled on Monday.', 'Supreme Court');
    expect(court).not.toBe(kbId('us-supreme-court'));
    expect(court).toBe(idIn('Верховный суд отклонил жалобу.', 'ru', 'Верховный суд'));
    // a known body's name before another country is that country's body, with one id in both languages
    const japan = en('The Democratic Party of Japan lost the election.', 'Democratic Party of Japan');
    expect(japan).not.toBe(kbId('us-democratic-party'));
    expect(japan).toBe(
      idIn('Лидер Демократической партии Японии ушёл.', 'ru', 'Демократической партии Японии'),
    );
    expect(en('The Democratic Party of the United States met.', 'Democratic Party')).toBe(
      kbId('us-democratic-party'),
    );
    // two letters from Respublica, but an English word; a typing error still links
    const withWords = createAnnotator(kb, noMorphology, lexiconOf([], [], ['republican']));
    const read = (text: string) => withWords.annotate(text, 'en').mentions.map((m) => `${m.text}|${m.id}`);
    expect(read('The Republican senator voted against it.')).toEqual([]);
    expect(read('Shares of KazMunayFaz fell.')).toEqual([`KazMunayFaz|${kbId('kazmunaygas')}`]);
  });
});

describe('a namesake is not the famous person', () => {
  it('links a spelling variant only when its letters, not just its consonants, match', () => {
    expect(kbId('Q1394')).toBeDefined(); // Lenin
    expect(personId('Об этом заявил министр Леннон.', 'ru', 'Леннон')).not.toBe(kbId('Q1394'));
    expect(kbId('Q57366')).toBeDefined(); // Rahmon
    expect(personId('Об этом заявил министр Рахмани.', 'ru', 'Рахмани')).not.toBe(kbId('Q57366'));
    // a case ending left on an unknown spelling still links it (Камерона → Cameron)
    expect(personId('Его поздравил Дэвид Камерон.', 'ru', 'Дэвид Камерон')).toBe(kbId('Q192'));
  });

  it('does not take a word with a name’s consonants for a repeat of that name', () => {
    const text = 'On Friday, Christine Blasey Ford testified. Ford said on Friday that she was sure.';
    expect(idsOf(text, 'en').map((m) => m.split('|')[0])).toEqual(['Christine Blasey Ford', 'Ford']);
  });

  it('gives a surname alone the id of the namesake the text names in full', () => {
    const text =
      'Американский актёр Уэнтуорт Миллер отказался от участия. Миллер добавил, что заявление Миллера верно.';
    const ids = idsOf(text, 'ru');
    expect(ids[0]).toMatch(/^Уэнтуорт Миллер\|PER\|x:/);
    const wentworth = ids[0]?.split('|')[2];
    expect(ids.slice(1)).toEqual([`Миллер|PER|${wentworth}`, `Миллера|PER|${wentworth}`]);
    // with the famous one named in full too, the surname alone is the one of the two named last
    expect(personId('Уэнтуорт Миллер и Алексей Миллер. Миллер сказал.', 'ru', 'Миллер')).toBe(
      kbId('Q467644'),
    );
    const miller = personId('Алексей Миллер и Уэнтуорт Миллер. Миллер сказал.', 'ru', 'Миллер');
    expect(miller).toBe(personId('Алексей Миллер и Уэнтуорт Миллер.', 'ru', 'Уэнтуорт Миллер'));
    expect(miller).toMatch(/^x:/);
    // a known namesake too, and not one of the other sex
    const castro = 'Брат Фиделя Кастро Рауль Кастро переизбран, и Кастро уйдёт.';
    expect(personId(castro, 'ru', 'Кастро')).toBe(kbId('Q46809'));
    const medvedev = 'Дмитрий Медведев и Светлана Медведева пришли. Медведев сказал.';
    expect(personId(medvedev, 'ru', 'Медведев')).toBe(kbId('Q23530'));
  });

  it('gives a known surname alone the namesake named first in full', () => {
    const ashton = personId('Министр обороны США Эштон Картер прибыл в Кабул.', 'ru', 'Эштон Картер');
    expect(ashton).toMatch(/^x:/);
    expect(personId('Министр обороны США Эштон Картер прибыл. Картера встретили.', 'ru', 'Картера')).toBe(
      ashton,
    );
    const english = createAnnotator(kb, noMorphology, lexiconOf(['ashton'], []));
    const carter = (text: string) =>
      english.annotate(text, 'en').mentions.find((m) => m.text === 'Carter')?.id;
    expect(carter('Defense Secretary Ashton Carter arrived. Carter met them.')).toBe(ashton);
    // right after a post of his the known one keeps his surname; alone, a surname many share is no
    // one the text has named in full
    const jimmy = kbId('Q23685');
    const withPost = 'Министр обороны США Эштон Картер прибыл. Его принял президент Картер.';
    expect(personId(withPost, 'ru', 'Картер')).toBe(jimmy);
    expect(personId('Картер приехал в Кабул.', 'ru', 'Картер')).toMatch(/^x:/);
  });

  it('reads a known surname before an unknown one as someone else’s given name', () => {
    expect(idsOf('Американская актриса Кэмерон Диаз стала мамой.', 'ru')).toEqual([
      'Кэмерон Диаз|PER|x:ds.km',
    ]);
    expect(idsOf('На протяжении карьеры Керри Фишер снялась в фильмах.', 'ru')).toEqual([
      'Керри Фишер|PER|x:fwr.kr',
    ]);
    // a surname in another case than its alias is no given name: Mandela's wife is another person
    expect(idsOf('Вылетела жена Манделы Граса Машел.', 'ru')).toEqual([
      `Манделы|PER|${kbId('Q8023')}`,
      'Граса Машел|PER|x:mwl.gr',
    ]);
  });

  it('reads a place’s name that is also a given name, before a person’s name, as the given name', () => {
    expect(idsOf('Об этом рассказал Питер Джонс.', 'ru')).toEqual(['Питер Джонс|PER|x:jns.pt']);
    expect(idsOf('Интервью с Питером Джонсом вышло вчера.', 'ru')).toEqual(['Питером Джонсом|PER|x:jns.pt']);
    const peterburg = kb.find((e) => e.slug === 'saint-petersburg')?.id;
    expect(idsOf('Вечером он уехал в Питер.', 'ru')).toEqual([`Питер|LOC|${peterburg}`]);
    // a surname in the case of the given name, though the word is also a verb ("дали")
    expect(idsOf('Усы Сальвадора Дали сохранили форму.', 'ru')).toEqual(['Сальвадора Дали|PER|x:dl.sl']);
    expect(idsOf('Мы дали Сальвадору книгу.', 'ru').map((m) => m.split('|')[1])).toEqual(['LOC']);
    // a country in the genitive after a post is the country, whatever name follows
    expect(idsOf('Умер экс-президент Израиля Шимон Перес.', 'ru')[0]).toBe(`Израиля|LOC|${kbId('Q801')}`);
    expect(idsOf('Премьер-министр Дании Хелле Торнинг-Шмитт выступила.', 'ru')[0]).toBe(
      `Дании|LOC|${kbId('Q35')}`,
    );
  });

  it('reads a known surname as written after a settlement or district noun as the place', () => {
    expect(idsOf('Сотрудники шерифа округа Харрис прибыли.', 'ru')).toEqual(['Харрис|LOC|x:grs']);
    // a full name there is still the person
    expect(personId('Президентом острова стала Цай Инвэнь.', 'ru', 'Цай Инвэнь')).toBe(kbId('tsai-ing-wen'));
  });
});

describe('sums whose currency a name may be read in', () => {
  it('keeps the sum with the country its currency names, and reads no name in a currency code', () => {
    const ru = annotator.annotate('Подписаны соглашения на 3 млрд долларов США.', 'ru');
    expect(ru.figures.map((f) => [f.text, f.value, f.currency])).toEqual([
      ['3 млрд долларов США', 3e9, 'USD'],
    ]);
    expect(ru.mentions.map((m) => `${m.text}|${m.id}`)).toEqual([`США|${kbId('Q30')}`]);
    const en = annotator.annotate('Trade reached KZT 1.2 trillion, or US$3 billion, in Q1 2025.', 'en');
    expect(en.figures.map((f) => [f.text, f.type, f.value])).toEqual([
      ['KZT 1.2 trillion', 'MONEY', 1.2e12],
      ['US$3 billion', 'MONEY', 3e9],
      ['Q1 2025', 'DATE', '2025-Q1'],
    ]);
    expect(en.mentions).toEqual([]);
  });
});
