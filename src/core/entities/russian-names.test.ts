import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorphology } from '../../node/morphology';
import { loadTestAnnotator } from '../../node/test-annotator';
import { type Annotator } from './annotator';
import { unknownId } from './unknown-ids';
import { lexiconOf } from './lexicon';
import type { Morphology } from './morphology';
import { femaleGivenName, feminine } from './russian-names';
import { instrumentalSurname } from './russian-nominative';

let annotator: Annotator;
let morph: Morphology;

beforeAll(async () => {
  [annotator, morph] = await Promise.all([loadTestAnnotator(), loadMorphology()]);
});

const named = (text: string, surface: string) => {
  const m = annotator.annotate(text, 'ru').mentions.find((x) => x.text === surface);
  expect(m, surface).toBeDefined();
  return m?.name;
};

describe('the name shown for a person the knowledge base does not know', () => {
  it('gives a woman her surname in the feminine, as the text declines it', () => {
    expect(named('Письмо Анны Политковской пришло.', 'Анны Политковской')).toEqual({
      ru: 'Анна Политковская',
      en: 'Anna Politkovskaya',
    });
    expect(named('Они позвали Ольгу Петрову.', 'Ольгу Петрову')?.ru).toBe('Ольга Петрова');
    // az's shorter guess of the lemma, Якубовск, is not taken
    expect(named('Статья Марты Якубовской вышла.', 'Марты Якубовской')?.ru).toBe('Марта Якубовская');
  });

  it('leaves a foreign surname the text does not decline, and a man’s name, as they are', () => {
    expect(named('Пришла Элизабет Мартин.', 'Элизабет Мартин')?.ru).toBe('Элизабет Мартин');
    expect(named('Речь Льва Толстого.', 'Льва Толстого')?.ru).toBe('Лев Толстой');
    // (not the genitive plural of a woman's "Дейла", as az reads "Дейл")
    expect(named('Книгу написал Дейл Карнеги.', 'Дейл Карнеги')).toEqual({
      ru: 'Дейл Карнеги',
      en: 'Deyl Karnegi',
    });
    expect(feminine(['анна', 'мартин'], 'Мартин')).toEqual(['анна', 'мартин']);
    expect(feminine(['ольга', 'петров'], 'Петровой')).toEqual(['ольга', 'петрова']);
    expect(feminine(['анна', 'вишневский'], 'Вишневскую')).toEqual(['анна', 'вишневская']);
    // a name of either sex says nothing: "Саша Иванова" may be his genitive
    expect(femaleGivenName(morph, ['саша', 'иванов'])).toBe(false);
    expect(femaleGivenName(morph, ['ольга', 'петров'])).toBe(true);
  });

  it('reads a woman by a surname in -овой, -евой or -иной, and keeps her name hers', () => {
    // the given name before it is a woman's too
    expect(named('Концерт Юлии Савичевой прошёл.', 'Юлии Савичевой')?.ru).toBe('Юлия Савичева');
    // ("Валерии" is also the masculine Валерий's locative)
    expect(named('Речь Валерии Рашкиной.', 'Валерии Рашкиной')?.ru).toBe('Валерия Рашкина');
    // and her name stays hers where another mention reads as a man's ("Юлию Савичеву": Юлий Савичев)
    const both = 'Мы видели Юлию Савичеву. Концерт Юлии Савичевой прошёл.';
    expect(named(both, 'Юлии Савичевой')?.ru).toBe('Юлия Савичева');
  });

  it('reads a foreign surname in the instrumental in its nominative', () => {
    expect(named('Он сыграл с Себастьяном Феттелем.', 'Себастьяном Феттелем')?.ru).toBe('Себастьян Феттель');
    expect(named('Он сыграл с Рори Макилроем.', 'Рори Макилроем')?.ru).toBe('Рори Макилрой');
    expect(instrumentalSurname('пейджем')).toBe('пейдж');
    // a Swedish -ström and an English -ham end so in the nominative
    expect(instrumentalSurname('лидстрем')).toBeNull();
    expect(instrumentalSurname('бэкхем')).toBeNull();
  });

  it('reads a surname that is also a man’s given name in its nominative', () => {
    expect(named('Бойкот возглавил Джон Говард Джонсон.', 'Джон Говард Джонсон')?.ru).toBe(
      'Джон Говард Джонсон',
    );
    expect(named('Бойкот возглавили сторонники Джона Говарда Джонсона.', 'Джона Говарда Джонсона')).toEqual({
      ru: 'Джон Говард Джонсон',
      en: 'Dzhon Govard Dzhonson',
    });
  });
});

describe('a word the dictionary does not know, after "в"', () => {
  const typed = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}`);
  it('is a place in a case "в" takes for no person, at a sentence’s start too', () => {
    expect(typed('Он переехал в Ланкашир.')).toEqual(['Ланкашир|LOC']);
    expect(typed('В Сочимилько закрыли каналы.')).toEqual(['Сочимилько|LOC']);
    // a being's accusative is someone
    expect(typed('Она влюбилась в Смита.')).toEqual(['Смита|PER']);
  });
});

describe('the name shown for a place the knowledge base does not know', () => {
  it('reads its word as a noun, not as a verb’s form the dictionary guesses first', () => {
    const text = 'Спасатели не могут получить информации из Донггала, района к северу от Палу.';
    const m = annotator.annotate(text, 'ru').mentions.find((x) => x.text === 'Донггала');
    expect(m?.type).toBe('LOC');
    // az reads "Донггала" first as the past tense of a verb "донггать"; its noun reading's lemma
    // drops the final vowel, which the sound key drops as well
    expect(m?.name.ru).toBe('Донггал');
    expect(m?.id).toBe(unknownId('LOC', ['Donggala']));
  });
});

describe('a cup or a prize named after someone', () => {
  it('is the contest, with one id in both languages, not the person', () => {
    const ru = annotator.annotate('Он дважды выигрывал Кубок Райдера.', 'ru').mentions;
    const en = annotator.annotate('He won two Ryder Cups.', 'en').mentions;
    expect(ru.map((m) => `${m.text}|${m.type}|${m.name.ru}`)).toEqual(['Кубок Райдера|EVENT|Кубок Райдера']);
    expect(en.map((m) => `${m.text}|${m.type}`)).toEqual(['Ryder Cups|EVENT']);
    expect(ru[0]?.id).toBe(en[0]?.id);
    expect(named('Она получила Премию Пулитцера.', 'Премию Пулитцера')?.ru).toBe('Премия Пулитцера');
    // a place's cup is left to the place's reading
    const england = annotator.annotate('Финал Кубка Англии прошёл вчера.', 'ru').mentions;
    expect(england.some((m) => m.type === 'EVENT')).toBe(false);
  });
});

describe('a foreign person’s name of words the dictionary does not know', () => {
  it('is read at a sentence’s start too, when the dictionary knows none of its words', () => {
    const opening = annotator.annotate('Канье Уэст сменил имя.', 'ru').mentions;
    expect(opening.map((m) => `${m.text}|${m.type}`)).toEqual(['Канье Уэст|PER']);
    // a word the dictionary knows opens a sentence as a word: "Компания" is no given name
    const company = annotator.annotate('Компания Ксиаоми выпустила телефон.', 'ru').mentions;
    expect(company.some((m) => m.text.startsWith('Компания'))).toBe(false);
    // an occupation before it is no part of the name, in the spelling the press often uses too
    const rapper = annotator.annotate('Рэппер Канье Уэст придумал себе новое имя.', 'ru').mentions;
    expect(rapper.map((m) => `${m.text}|${m.id}`)).toEqual(['Канье Уэст|x:fst.kn']);
  });

  it('takes a given name spelled like a verb’s form, capitalised mid-sentence, as part of it', () => {
    // "Девал" and "Девала" are forms of "девать" to the dictionary
    const text = 'Губернатор Девал Патрик выступил, губернатора Девала Патрика встретили.';
    const found = annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    const english = annotator.annotate('Governor Deval Patrick spoke.', 'en').mentions[0]?.id;
    expect(found).toEqual([`Девал Патрик|${english}`, `Девала Патрика|${english}`]);
  });

  it('keeps a hyphenated given name whole at a sentence’s start, where its second part is a word too', () => {
    // ("Мари" is a people's name to the dictionary)
    const read = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    const [inside] = read('Вчера Жан-Мари Дюпон сказал.');
    expect(inside).toMatch(/^Жан-Мари Дюпон\|/);
    expect(read('Жан-Мари Дюпон сказал.')).toEqual([inside]);
    // the part after the hyphen of a word that opens a sentence opens no name of its own
    expect(read('Северо-Запад страны пострадал.')).toEqual([]);
    expect(read('Гоголь-Центр закрыли.')).toEqual([expect.stringMatching(/^Гоголь-Центр\|/)]);
  });
});

describe('a known surname in -ия', () => {
  it('is found in every case, but no word in -а is read as its genitive', () => {
    const ids = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    expect(ids('Хания выступил, с Ханией говорили.')).toEqual([
      'Хания|ismail-haniyeh',
      'Ханией|ismail-haniyeh',
    ]);
    // ("Ага Хана": the Aga Khan, no Haniyeh)
    expect(ids('Фонд Ага Хана открыл школу.').some((m) => m.endsWith('|ismail-haniyeh'))).toBe(false);
  });
});

describe('a foreign surname of two consonants said again alone', () => {
  it('is the person named in full, in any case', () => {
    const text =
      'Сегодня Канье Уэст сменил имя. 41-летний Уэст не скрывал этого. Выступавший с Уэстом рэппер пришёл.';
    const found = annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.id}`);
    const id = found[0]?.split('|')[1];
    expect(found).toEqual([`Канье Уэст|${id}`, `Уэст|${id}`, `Уэстом|${id}`]);
  });

  it('takes no short surname out of the whole name said again', () => {
    const text = [
      'Глава компании арестован по делу о коррупции',
      'Ли Джэён',
      'Суд выдал ордер на арест главы компании Ли Джэён.',
      'Ли Джэён подозревается в причастности к скандалу.',
    ].join('\n');
    const found = annotator.annotate(text, 'ru').mentions.map((m) => m.text);
    expect(found).toContain('Ли Джэён');
    expect(found).not.toContain('Джэён');
  });
});

describe('a foreign person’s name in Russian, as English writes it', () => {
  const found = (text: string, lang: 'ru' | 'en') =>
    annotator.annotate(text, lang).mentions.filter((m) => m.type === 'PER');
  const idOf = (text: string) => found(text, 'en')[0]?.id;

  it('takes a monarch’s number after the name, shown with its capitals', () => {
    const ru = found('Король Марокко Мухаммед VI принял послов. При Петре I и Николае II.', 'ru');
    expect(ru.map((m) => `${m.text}|${m.name.ru}`)).toEqual([
      'Мухаммед VI|Мухаммед VI',
      'Петре I|Пётр I',
      'Николае II|Николай II',
    ]);
    expect(ru[0]?.id).toBe(idOf('King Mohammed VI of Morocco received the envoys.'));
  });

  it('takes a middle initial, Дж too, into the name, one person in both languages', () => {
    const ru = found('Играл музыкант Дионисио А. Линд. Пришёл Майкл Дж. Смит.', 'ru');
    expect(ru.map((m) => m.text)).toEqual(['Дионисио А. Линд', 'Майкл Дж. Смит']);
    expect(ru[0]?.id).toBe(idOf('It was played by a black musician, Dionisio A. Lind.'));
  });

  it('takes the given name before a middle initial at a sentence’s start too', () => {
    const ru = found('Майкл Дж. Смит звонит. Джон Ф. Кеннеди убит.', 'ru');
    expect(ru.map((m) => m.text)).toEqual(['Майкл Дж. Смит', 'Джон Ф. Кеннеди']);
    expect(ru[1]?.id).toBe(idOf('John F. Kennedy was killed.'));
    // (and a known name written so is the known person)
    expect(found('Джордж У. Буш звонит сенаторам.', 'ru')[0]?.id).toBe(idOf('George W. Bush called.'));
  });

  it('finds a known name English writes without its accents', () => {
    const en = found('Mexican President-elect Andres Manuel Lopez Obrador has vowed.', 'en');
    expect(en.map((m) => m.text)).toEqual(['Andres Manuel Lopez Obrador']);
    expect(en[0]?.id).toBe(found('Андрес Мануэль Лопес Обрадор заявил.', 'ru')[0]?.id);
  });

  it('takes a capitalised "Ли" after a given name as the surname, not the particle', () => {
    const ru = found('Умерла жена Стэна Ли. Знает ли Ли об этом?', 'ru');
    expect(ru[0]?.text).toBe('Стэна Ли');
    expect(ru[0]?.id).toBe(idOf('The wife of Stan Lee died.'));
  });

  it('keeps a foreign given name the dictionary reads as a common word with the surname', async () => {
    // "Салам" is also сало's dative plural; "Челси", a given name in English, is here the club
    const withNames = await loadTestAnnotator(lexiconOf(['salam', 'chelsea'], []));
    const people = (text: string) => withNames.annotate(text, 'ru').mentions.filter((m) => m.type === 'PER');
    expect(people('Премьер-министр Салам Фаяд ушёл.').map((m) => m.id)).toEqual([
      idOf('Prime Minister Salam Fayyad resigned.'),
    ]);
    expect(people('Полузащитник клуба Челси Фрэнк Лэмпард забил.').map((m) => m.text)).toEqual([
      'Фрэнк Лэмпард',
    ]);
  });
});

describe('a churchman’s title with its see', () => {
  it('takes the see’s adjective into the title, no surname, and names the person after it', () => {
    const read = (text: string, options = {}) =>
      annotator.annotate(text, 'ru', options).mentions.map((m) => `${m.text}|${m.type}`);
    expect(read('Папа Римский Бенедикт XVI отрёкся. Наличие отставного Папы Римского.')).toEqual([
      'Бенедикт XVI|PER',
    ]);
    expect(read('Митрополит Ленинградский и Новгородский Никодим прибыл.')).toEqual(['Никодим|PER']);
    expect(read('Скончался Патриарх Болгарский Максим.')).toEqual(['Максим|PER']);
    // (in any case, after the title in lower case: "митрополитом Астанайским и Казахстанским Александром")
    expect(read('Их принял митрополитом Астанайским и Казахстанским Александром.')).toEqual([
      'Александром|PER',
    ]);
    // (a church's name after the title does not agree with it: no see)
    expect(read('По словам епископа Апостольской Православной Церкви Григория Михнова.')).toEqual([
      'Апостольской Православной Церкви|ORG',
      'Григория Михнова|PER',
    ]);
    // (with no adjective between, a place in the genitive is the see, no person: "архиепископом Ньюарка")
    expect(read('Его назначили архиепископом Ньюарка.').filter((m) => m.endsWith('|PER'))).toEqual([]);
    // (NEREL marks the adjective as the place it comes from)
    expect(read('Папа Римский покинул Ватикан.', { placeAdjectives: true })).toEqual([
      'Римский|LOC',
      'Ватикан|LOC',
    ]);
  });
});
