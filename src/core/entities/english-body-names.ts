/**
 * The English name shown for a Russian name of a body the knowledge base lacks, when every word of it
 * is one the list of bodies' words translates: "Министерство иностранных дел Франции" is the "Ministry
 * of Foreign Affairs of France", "МИД Армении" the "Ministry of Foreign Affairs of Armenia",
 * "Верховный суд Индии" the "Supreme Court of India", "Совет безопасности Армении" the "Security
 * Council of Armenia". Any other name keeps its transliteration, which at least says how it sounds:
 * a word by word translation of words the list lacks would be a guess.
 */
import type { CountryBodies } from './country-bodies';
import type { Morphology } from './morphology';
import { stateForms } from './name-edges';
import {
  contractedNameWords,
  englishAdjectiveOf,
  englishOfWord,
  placeOfPeople,
  shortNameFields,
  withFieldPhrases,
} from './name-words';
import { fold, hasCyrillic } from './text-keys';

/** Words English names write otherwise than the list's key word: in the plural, or as a possessive. */
const shownAs: ReadonlyMap<string, string> = new Map([
  ['дело', 'affairs'],
  ['ситуация', 'situations'],
  ['отношение', 'relations'],
  ['прокуратура', 'prosecutor’s office'],
  ['народный', 'people’s'],
  ['детский', 'children’s'],
  // (a word the keys leave as it sounds, shown translated: the Central Election Commission)
  ['избирательный', 'election'],
]);

/** A short name's one field as the full name writes it ("МИД": Foreign Affairs). */
const fieldShown: ReadonlyMap<string, string> = new Map([
  ['foreign', 'foreign affairs'],
  ['internal', 'internal affairs'],
  ['emergency', 'emergency situations'],
]);

/** Bodies English names after a field of one noun put before them: "Security Council", "Development Bank". */
const afterTheirField: ReadonlySet<string> = new Set([
  'council',
  'service',
  'committee',
  'agency',
  'fund',
  'bank',
  'center',
  'bureau',
]);

const isAdjective = (lemma: string) => /(?:ый|ий|ой)$/.test(lemma);

const capitalized = (phrase: string) =>
  phrase
    .split(' ')
    .map((w) => (w === 'of' || w === 'and' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** Countries English names with "the" though their names say nothing of it. */
const withThe: ReadonlySet<string> = new Set([
  'Philippines',
  'Netherlands',
  'Bahamas',
  'Maldives',
  'Seychelles',
  'Comoros',
  'Gambia',
]);

/** "of the United States", "of the Philippines", "of France", "of Belarus" (no plural, though in -s). */
const ofCountry = (name: string) =>
  /^United |Republic|Islands$/.test(name) || withThe.has(name) ? `of the ${name}` : `of ${name}`;

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** Whether the dictionary reads a word of the text as a noun in the plural only ("ресурсов"). */
function pluralNoun(morph: Morphology, written: string): boolean {
  const nouns = morph.parse(written).filter((p) => p.tags.has('NOUN'));
  return nouns.length > 0 && nouns.every((p) => p.tags.has('plur'));
}

/** The country a name's last words (lemmas) name, and how many words that is. */
function countryAtEnd(
  bodies: CountryBodies,
  lemmas: readonly string[],
): { code: string; length: number } | null {
  for (let n = Math.min(3, lemmas.length - 1); n > 0; n--) {
    const code = bodies.countryNamed.get(lemmas.slice(-n).map(fold).join(' '));
    // ("Королевства Марокко": of Morocco, the state's form left out)
    const form = stateForms.has(fold(lemmas.at(-n - 1) ?? '')) && lemmas.length > n + 1;
    if (code) return { code, length: form ? n + 1 : n };
  }
  return null;
}

/** A group of adjectives and the noun they go with, in English: a noun phrase of the name. */
interface Phrase {
  readonly words: readonly string[];
  /** Its noun in the plural: a field English says after its body ("Academy of Sciences"). */
  readonly many: boolean;
  /** Joined to the phrase before by "и": "and" rather than "of". */
  readonly and: boolean;
}

/** The name's phrases in English, or null when a word is not on the list or the name is not made of such phrases. */
function phrasesOf(
  lemmas: readonly string[],
  written: readonly string[],
  morph: Morphology,
): Phrase[] | null {
  const phrases: Phrase[] = [];
  let words: string[] = [];
  let and = false;
  for (let k = 0; k < lemmas.length; k++) {
    const lemma = fold(lemmas[k] ?? '');
    if (lemma === 'и') {
      if (words.length > 0 || phrases.length === 0 || and) return null;
      and = true;
      continue;
    }
    // "сельского хозяйства": two words of one field, Agriculture
    const [field, ...none] = withFieldPhrases(lemmas.slice(k, k + 2));
    if (k + 1 < lemmas.length && field && none.length === 0) {
      phrases.push({ words: [...words, field], many: false, and });
      [words, and] = [[], false];
      k++;
      continue;
    }
    const english = shownAs.get(lemma) ?? englishOfWord(lemma);
    if (!english) return null;
    if (isAdjective(lemma)) {
      words.push(english);
      continue;
    }
    const many = !shownAs.has(lemma) && pluralNoun(morph, written[k] ?? '');
    phrases.push({
      words: [...words, many ? plural(english) : english],
      many,
      and,
    });
    [words, and] = [[], false];
  }
  return words.length > 0 || and ? null : phrases;
}

/**
 * The phrases as English joins them: "Ministry of Foreign Affairs"; a council's, a service's or a
 * bank's fields in the singular before it, "National Security and Defence Council"; null when a word
 * comes back ("Управление судебного департамента": no Department of Judiciary Department).
 */
function joined(phrases: readonly Phrase[]): string | null {
  const [head, ...fields] = phrases;
  const body = head?.words.at(-1);
  if (!head || !body || fields.some((p) => p.words.at(-1) === body)) return null;
  if (fields.length > 0 && afterTheirField.has(body) && fields.every((p, n) => !p.many && (n === 0 || p.and)))
    return [...head.words.slice(0, -1), fields.map((p) => p.words.join(' ')).join(' and '), body].join(' ');
  return phrases.map((p, n) => (n === 0 ? '' : p.and ? ' and ' : ' of ') + p.words.join(' ')).join('');
}

/**
 * The English name of a Russian body's name of these lemmas, as the text writes it, owned by `owner`
 * when the words before it say so ("армянского МИДа"); null when it cannot be translated.
 */
export function englishBodyName(
  bodies: CountryBodies,
  morph: Morphology,
  lemmas: readonly string[],
  surface: string,
  owner: string | null,
): string | null {
  const written = surface.split(/\s+/);
  if (!hasCyrillic(surface) || lemmas.length === 0 || lemmas.length !== written.length) return null;
  // "Российская академия наук", "Армянский МИД": a people's adjective that opens the name is its
  // owner, which English says by its own adjective where the list has it (the Russian Academy of
  // Sciences) and by the country otherwise
  const adjective = lemmas.length > 1 ? englishAdjectiveOf(lemmas[0] ?? '') : undefined;
  const people = lemmas.length > 1 ? placeOfPeople(lemmas[0] ?? '') : undefined;
  const first = adjective ? undefined : people && bodies.countryNamed.get(people);
  const from = adjective || first ? 1 : 0;
  const atEnd = adjective ? null : countryAtEnd(bodies, lemmas.slice(from));
  const country = adjective ? null : (first ?? atEnd?.code ?? owner);
  const countryName = country ? bodies.countryEnglish.get(country) : undefined;
  if (country && !countryName) return null;
  const length = lemmas.length - (atEnd?.length ?? 0);
  const fields = length - from === 1 ? shortNameFields(lemmas[from] ?? '') : undefined;
  const contracted = length - from === 1 ? contractedNameWords(lemmas[from] ?? '') : undefined;
  let name: string | null;
  if (contracted) {
    // "Нацбанк", "Совбез": the English words of the full name
    name = contracted.join(' ');
  } else if (fields) {
    // "МИД", "Минобороны": a ministry's short name with one field
    const [field] = fields;
    name = fields.length === 1 && field ? `ministry of ${fieldShown.get(field) ?? field}` : null;
  } else {
    const phrases = phrasesOf(lemmas.slice(from, length), written.slice(from, length), morph);
    name = phrases && phrases.length > 0 ? joined(phrases) : null;
  }
  if (!name) return null;
  const english = capitalized(adjective ? `${adjective} ${name}` : name);
  return countryName ? `${english} ${ofCountry(countryName)}` : english;
}
