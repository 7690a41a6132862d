/**
 * Role words: the offices people are introduced with ("Tatarstan President Rustam Minnikhanov",
 * "Prime Minister of Russian Mikhail Mishustin") and later referred to by ("the Tatar President",
 * "the Russian PM"). An office key plus place keys lets a description find the person it stands for.
 */

/** Multi-word offices first, so "head of government" is a prime minister and not a head of state. */
const offices: readonly (readonly [RegExp, string])[] = [
  [/\b(?:foreign minister|minister of foreign affairs|foreign affairs minister)\b/i, 'foreign-minister'],
  [/(?<!\p{L})министр\p{L}* иностранных дел(?!\p{L})/iu, 'foreign-minister'],
  [/\b(?:prime minister|premier|pm|head of (?:the )?government|government chairman)\b/i, 'prime-minister'],
  [/\bchairman of (?:the )?government\b/i, 'prime-minister'],
  [
    /(?<!\p{L})(?:премьер-министр|премьер|председател\p{L}* правительства|глав\p{L}* правительства)\p{L}*/iu,
    'prime-minister',
  ],
  [/\b(?:president|head of (?:the )?state|head of (?:the )?republic|head|leader)\b/i, 'head'],
  [/(?<!\p{L})(?:президент|глав[аеуы]|лидер)\p{L}*/iu, 'head'],
  [/\b(?:minister)\b/i, 'minister'],
  [/(?<!\p{L})министр\p{L}*/iu, 'minister'],
  [/\b(?:chairman|chairwoman|chairperson|chair)\b/i, 'chair'],
  [/(?<!\p{L})председател\p{L}*/iu, 'chair'],
  [/\b(?:director|ceo|chief executive)\b/i, 'director'],
  [/(?<!\p{L})(?:директор|гендиректор)\p{L}*/iu, 'director'],
  [/\b(?:spokesman|spokeswoman|spokesperson|press secretary)\b/i, 'spokesperson'],
  [/(?<!\p{L})пресс-секретар\p{L}*/iu, 'spokesperson'],
  [/\b(?:ambassador|envoy)\b/i, 'ambassador'],
  [/(?<!\p{L})посл(?:а|у|ом|е)?(?!\p{L})|(?<!\p{L})посол(?!\p{L})/iu, 'ambassador'],
  [/\b(?:mayor|akim|governor)\b/i, 'governor'],
  [/(?<!\p{L})(?:мэр|аким|губернатор)\p{L}*/iu, 'governor'],
];

/** The office a phrase names, or null. "Deputy" and "vice" make a different office. */
export function officeOf(phrase: string): string | null {
  for (const [re, key] of offices) {
    const m = re.exec(phrase);
    if (m === null) continue;
    const before = phrase.slice(Math.max(0, m.index - 12), m.index);
    return /(?:deputy|vice|first deputy|заместител\p{L}*|вице-?)\s*$/iu.test(before) ? `deputy-${key}` : key;
  }
  return null;
}

/** Demonyms whose first letters differ from their country's. */
const placeAliases: Record<string, string> = {
  chinese: 'china',
  french: 'franc',
  british: 'uk',
  english: 'uk',
  britain: 'uk',
  'u.k.': 'uk',
  dutch: 'nethe',
  turkish: 'turke',
  türkiye: 'turke',
  us: 'ameri',
  'u.s.': 'ameri',
  usa: 'ameri',
  рф: 'росси',
  сша: 'ameri',
  kazakstan: 'kazak',
  қазақстан: 'казах',
};

/**
 * Words around an office that are not places, so they never count as qualifiers.
 * Place keys are word prefixes: Kazakh, Kazakhstan and Kazakhstani share "kazak"; России and
 * российский share "росси".
 */
const notPlaces = new Set(
  (
    'the of a an and for in on at to with his her their its our new former first acting interim general ' +
    'republic government state head president prime minister pm premier foreign affairs chairman chair ' +
    'director deputy vice agency strategic planning reforms ministry council office press service ' +
    'республики республика правительства государства президент премьер-министр глава министр ' +
    'иностранных дел председатель первый бывший нынешний заместитель'
  ).split(' '),
);

export function placeKey(word: string): string | null {
  const lower = word.toLowerCase().replace(/[’']s$/, '');
  if (lower.length < 2 || notPlaces.has(lower)) return null;
  const alias = placeAliases[lower];
  if (alias !== undefined) return alias;
  if (!/^\p{L}/u.test(lower)) return null;
  return lower.slice(0, 5);
}

/** Office and place keys of a role phrase such as "Kazakh President" or "Президент Республики Казахстан". */
export interface Role {
  readonly office: string;
  readonly places: readonly string[];
}

export function roleOf(phrase: string): Role | null {
  const office = officeOf(phrase);
  if (office === null) return null;
  const places: string[] = [];
  for (const word of phrase.split(/[\s,]+/)) {
    // Lower-case words are qualifiers only in Russian ("президент казахстана" is rare, but
    // "российский премьер" is common); English demonyms and places are capitalised.
    if (/^\p{Ll}/u.test(word) && !/^[а-яё]/.test(word)) continue;
    const key = placeKey(word);
    if (key !== null && officeOf(word) === null && !places.includes(key)) places.push(key);
  }
  return { office, places };
}

/** True when a description ("the Tatar President") fits a role someone was introduced with. */
export function roleFits(description: Role, role: Role): boolean {
  if (description.office !== role.office) return false;
  return description.places.every((place) => role.places.includes(place));
}
