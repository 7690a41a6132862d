/**
 * The particles of people's names written in lower case between a given name and a surname: "Людвиг
 * ван Бетховен", "Отто фон Бисмарк", "Абдель Азиз бин Салман", "Ludwig van Beethoven", and a hajji's
 * title ("Наурызбай кажы Таганулы", "Nauryzbay kazhy Taganuly"). A name keeps
 * them as words of their own, so that its key (the surname's and the given name's) is the same in both
 * scripts and its shown name writes them as the text does.
 */
const russian = [
  'ван',
  'фон',
  'де',
  'да',
  'дель',
  'ди',
  'дос',
  'аль',
  'эль',
  'бен',
  'бин',
  'ибн',
  'ле',
  'ля',
  // (a Kazakh hajji's title: "Наурызбай кажы Таганулы")
  'кажы',
  'қажы',
];
const latin = [
  'van',
  'von',
  'de',
  'da',
  'del',
  'der',
  'di',
  'dos',
  'du',
  'al',
  'el',
  'ben',
  'bin',
  'ibn',
  'la',
  'le',
  'kazhy',
  'qazhy',
];

/** Russian particles, as the text writes them (lower case). */
export const russianNameParticles: ReadonlySet<string> = new Set(russian);

/** Latin particles after which English goes on with a person's name, whatever the word after it names. */
export const latinNameParticles: ReadonlySet<string> = new Set(latin);

/**
 * The particles that open a surname with a capital, in English and in Russian ("Le Drian", "Ле
 * Дриан"; "De Gaulle", "Де Голль"; "Van Rompuy", "Ван Ромпей").
 */
export const surnameParticles: ReadonlySet<string> = new Set([
  ...['Le', 'La', 'De', 'Van', 'Von', 'Di', 'Da', 'Du'],
  ...['Ле', 'Ла', 'Де', 'Ван', 'Фон', 'Ди', 'Да', 'Дю'],
]);

/** Whether a word of a name, as written, is a particle in lower case ("бин", "van"). */
export const isNameParticle = (word: string): boolean =>
  russianNameParticles.has(word) || latinNameParticles.has(word);

/**
 * The article of an Arab family's name, which Russian writes with a capital before it ("Хамад бин
 * Халифа Аль Тани", "Аль Сауд") and, hyphenated, in either case ("аль-Багдади", "Аль-Багдади").
 */
export const capitalisedParticles: ReadonlySet<string> = new Set(['Аль', 'Эль']);

/**
 * The Arabic article as Russian writes it before the letter after it, hyphenated only ("Ас-Сабах",
 * "ад-Дин", "аш-Шараа"): lower case, or capitalised inside a person's name.
 */
const assimilated = ['ас', 'аш', 'ад', 'ат', 'ар', 'аз', 'ан', 'эд', 'эс', 'эт', 'эр', 'эз', 'эш'];
const assimilatedArticles: ReadonlySet<string> = new Set(
  assimilated.flatMap((a) => [a, a[0]?.toUpperCase() + a.slice(1)]),
);

/** Whether a word before a hyphen is the article of an Arab name: "аль", "Аль", "ас", "Ас". */
export const isHyphenedArticle = (word: string): boolean =>
  assimilatedArticles.has(word) || ['аль', 'эль'].includes(word.toLowerCase());

/** The article of an Arab name as English writes it in lower case before a hyphen: "al-Sabah", "ash-Sharaa". */
export const latinArabicArticles: ReadonlySet<string> = new Set([
  'al',
  'el',
  'as',
  'ash',
  'ad',
  'at',
  'ar',
  'az',
  'an',
]);

/** Every hyphenated article of an Arab name, in both scripts and in lower case, which a name's key leaves out. */
export const hyphenedArabicArticles: readonly string[] = [
  ...latinArabicArticles,
  'аль',
  'эль',
  ...assimilated,
];

/** Whether a name's shown word stays in lower case: a particle, but not the article "аль", "al". */
export const shownInLowerCase = (word: string): boolean =>
  isNameParticle(word) && !['аль', 'эль', 'al', 'el'].includes(word);

const articleBefore = new RegExp(`^(?:${hyphenedArabicArticles.join('|')})-(?=\\p{L})`, 'iu');

/** A surname without the Arab article hyphenated before it ("al-Masri", "аль-Масри" → "Masri", "Масри"). */
export const withoutArticle = (word: string): string => word.replace(articleBefore, '');
