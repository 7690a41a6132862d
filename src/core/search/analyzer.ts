import { namedReading, type Morphology, type MorphParse } from '../entities/morphology';
import { scriptOf, type WordToken } from './search-key';
import { stemEnglish, stemRussian } from './lunr-setup';
import { skeletonKey } from './translit-key';

/**
 * Bumped whenever the keys a word is indexed under change: a saved index built by another version is
 * rebuilt from its stored documents.
 */
export const analyzerVersion = 3;

/** Translit keys carry the script they came from, so that only the other script's names match them. */
export const cyrillicOrigin = 'r~';
export const latinOrigin = 'l~';

// Function words only: lunr-languages' Russian list also drops words a reader searches for
// (мира, жизнь, люди, процентов), and the English one drops "us" and "may".
const stopWords: ReadonlySet<string> = new Set(
  `в во на не и а но или да же ли бы что чтобы как так с со к ко о об обо от до по за из изо у для при без
  над под про через между то это этот эта эти этого этой этом этому тот та те того той тем тех его ее ей
  ему их им ими он она оно они мы вы я ты мне меня нас нам вам вас себя себе свой своей своих свои своего
  был была были было быть есть уже еще только также тоже который которая которое которые которого
  которой которых которым даже если когда где там тут все весь вся всех всем ни лишь вот
  a an and are as at be been but by for from had has have he her his i if in into is it its of on or
  she so than that the their them then there these they this to was we were which while who will with`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

// Russian surnames in -ов/-ев/-ин/-ын in any case or gender: the nominative masculine is the lemma
// (az reads the bare name Токаев as a plural of токай, and the feminine Токаева as its own word).
const surnameForm = /^(.{3,}?(?:ов|ев|ин|ын))(?:а|у|ым|е|ой|ых|ыми|ы)?$/;
// Names in -ай/-ей decline like Николай: Тукая, Тукаю, Тукаем, Тукае (az reads Тукая as a verb form).
const yNameForm = /^(.{2,}[ае])(?:я|ю|ем|е)$/;
const maxLemmas = 3;

function sharesBeginning(lemma: string, key: string): boolean {
  const n = Math.min(3, lemma.length, key.length);
  return lemma.slice(0, n).replace(/ё/g, 'е') === key.slice(0, n);
}

export interface Analyzer {
  /** The index keys of one word key: Snowball stem and lemmas for Russian, Porter stem for Latin. */
  terms(key: string, capitalised: boolean): readonly string[];
  /**
   * Translit keys of a capitalised word, prefixed with the script they came from. `proper`: the word
   * is known to be a name (capitalised inside a sentence, or typed as a query), whatever az says.
   */
  translit(key: string, proper: boolean): readonly string[];
}

function capitalise(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * The analyzer documents and queries share. Results are memoized per key: a corpus repeats its
 * words, and az's dictionary walk is the costliest step of indexing.
 */
export function createAnalyzer(morphology: Morphology, cacheLimit = 300_000): Analyzer {
  // Two caches rather than one keyed by a marked string: no string is built per lookup.
  const termCache = new Map<string, readonly string[]>();
  const capitalisedCache = new Map<string, readonly string[]>();
  const translitCache = new Map<string, readonly string[]>();
  const properTranslitCache = new Map<string, readonly string[]>();
  // A capitalised word is parsed for its terms, its name reading and its translit: once, here.
  const parseCache = new Map<string, readonly MorphParse[]>();
  const parse = (word: string): readonly MorphParse[] => {
    const hit = parseCache.get(word);
    if (hit) return hit;
    const parses = morphology.parse(word);
    if (parseCache.size >= 1_000) parseCache.clear();
    parseCache.set(word, parses);
    return parses;
  };

  function lemmas(key: string, capitalised: boolean): string[] {
    // For words az does not know, it guesses by the ending and by known prefixes, which reads
    // Пиганова as пига- + новый; a guess must at least begin like the word.
    const parses = parse(capitalised ? capitalise(key) : key).filter(
      (p) => p.known || sharesBeginning(p.lemma, key),
    );
    const out: string[] = [];
    const add = (lemma: string): void => {
      const folded = lemma.replace(/ё/g, 'е');
      if (out.length < maxLemmas && !out.includes(folded)) out.push(folded);
    };
    if (capitalised) {
      const surname = surnameForm.exec(key);
      if (surname?.[1]) add(surname[1]);
      const yName = yNameForm.exec(key);
      if (yName?.[1]) add(`${yName[1]}й`);
      for (const parse of parses) if (namedReading(parse)) add(parse.lemma);
    }
    const top = parses[0];
    if (top) {
      add(top.lemma);
      for (const parse of parses) if (parse.score >= top.score * 0.5) add(parse.lemma);
    }
    return out;
  }

  /**
   * Only names get a Cyrillic translit key: a capitalised common word at the start of a sentence
   * (Потенциал) would otherwise match unrelated Latin names.
   */
  function nameLike(key: string): boolean {
    if (surnameForm.test(key)) return true;
    const parses = parse(capitalise(key));
    return !parses.some((p) => p.known) || parses.some(namedReading);
  }

  function computeTerms(key: string, capitalised: boolean): readonly string[] {
    if (stopWords.has(key)) return [];
    const script = scriptOf(key);
    if (script === 'latin') return [stemEnglish(key)];
    if (script !== 'cyrillic') return [key];
    const keys = [stemRussian(key)];
    for (const lemma of lemmas(key, capitalised)) if (!keys.includes(lemma)) keys.push(lemma);
    return keys;
  }

  function remember<T>(cache: Map<string, T>, key: string, value: T): T {
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, value);
    return value;
  }

  const analyzer: Analyzer = {
    terms(key, capitalised) {
      const cache = capitalised ? capitalisedCache : termCache;
      return cache.get(key) ?? remember(cache, key, computeTerms(key, capitalised));
    },
    translit(key, proper) {
      const cache = proper ? properTranslitCache : translitCache;
      const hit = cache.get(key);
      if (hit) return hit;
      const script = scriptOf(key);
      let forms: readonly string[] = [];
      if (script === 'latin') forms = [key];
      else if (script === 'cyrillic' && (proper || nameLike(key))) {
        const named = lemmas(key, true);
        forms = named.length > 0 ? named : [key];
      }
      const prefix = script === 'cyrillic' ? cyrillicOrigin : latinOrigin;
      const out: string[] = [];
      for (const form of forms) {
        const skeleton = skeletonKey(form);
        if (skeleton !== null && !out.includes(prefix + skeleton)) out.push(prefix + skeleton);
      }
      return remember(cache, key, out);
    },
  };
  return analyzer;
}

/** The keys a document field is indexed under, in text order (lunr counts repeats as term frequency). */
export function fieldTerms(tokens: readonly WordToken[], analyzer: Analyzer): string[] {
  const out: string[] = [];
  for (const token of tokens) for (const term of analyzer.terms(token.key, token.capitalised)) out.push(term);
  return out;
}
