import type { Analyzer } from './analyzer';
import type { CompiledQuery, QueryWord } from './compile-query';
import { foldLetter, letterVariants, type WordToken } from './search-key';

/**
 * What a compiled query asks of each document, in the two forms search needs: as sets of index terms
 * (every word must match through at least one of its keys: segment-search.ts intersects their
 * postings) and as a test on the words of a text (when the index's positions cannot tell).
 */

/** One thing a document must contain: any of these terms, translit keys or prefixes. */
export interface Requirement {
  readonly terms: ReadonlySet<string>;
  readonly translit: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

export interface MatchPlan {
  readonly requirements: readonly Requirement[];
  /** Positive lookups, deduplicated: spelled terms, translit keys and prefixes. */
  readonly terms: readonly string[];
  readonly translit: readonly string[];
  readonly prefixes: readonly string[];
  /** Excluded words and prefixes: lunr drops documents that contain any of these. */
  readonly excludedTerms: readonly string[];
  readonly excludedTranslit: readonly string[];
  readonly excludedPrefixes: readonly string[];
  /** Phrases to find in the text, and phrases that exclude a document when found. */
  readonly phrases: readonly (readonly QueryWord[])[];
  readonly excludedPhrases: readonly (readonly QueryWord[])[];
  /** Single positive words and prefixes, for highlighting. */
  readonly words: readonly QueryWord[];
  /** Whether a word with this first letter can match at all (see tokenize). */
  readonly accept: (firstLetter: string, capitalised: boolean) => boolean;
}

function acceptOf(words: readonly QueryWord[], prefixes: readonly string[]): MatchPlan['accept'] {
  const letters = new Set<string>();
  const add = (text: string): void => {
    const first = text.charAt(0);
    if (first !== '') for (const form of letterVariants(foldLetter(first))) letters.add(form);
  };
  for (const word of words) {
    add(word.key);
    word.terms.forEach(add);
  }
  prefixes.forEach(add);
  // A name in the other script can start with any letter: every capitalised word is a candidate.
  const translit = words.some((w) => w.translit.length > 0);
  return (first, capitalised) => (translit && capitalised) || letters.has(first);
}

const plans = new WeakMap<CompiledQuery, MatchPlan>();

function requirementOf(word: QueryWord): Requirement {
  return { terms: new Set(word.terms), translit: new Set(word.translit), prefixes: [] };
}

export function planOf(query: CompiledQuery): MatchPlan {
  const cached = plans.get(query);
  if (cached) return cached;
  const requirements: Requirement[] = [];
  const terms = new Set<string>();
  const translit = new Set<string>();
  const prefixes = new Set<string>();
  const excludedTerms = new Set<string>();
  const excludedTranslit = new Set<string>();
  const excludedPrefixes = new Set<string>();
  const phrases: QueryWord[][] = [];
  const excludedPhrases: QueryWord[][] = [];
  const words: QueryWord[] = [];
  const addWord = (word: QueryWord, negated: boolean): void => {
    for (const t of word.terms) (negated ? excludedTerms : terms).add(t);
    for (const t of word.translit) (negated ? excludedTranslit : translit).add(t);
  };
  for (const part of query.parts) {
    if (part.kind === 'word') {
      addWord(part.word, part.negated);
      if (!part.negated) {
        requirements.push(requirementOf(part.word));
        words.push(part.word);
      }
    } else if (part.kind === 'prefix') {
      for (const p of part.prefixes) (part.negated ? excludedPrefixes : prefixes).add(p);
      if (!part.negated)
        requirements.push({ terms: new Set(), translit: new Set(), prefixes: part.prefixes });
    } else if (part.negated) {
      excludedPhrases.push([...part.words]);
    } else {
      phrases.push([...part.words]);
      for (const word of part.words) {
        if (word.terms.length === 0) continue;
        addWord(word, false);
        requirements.push(requirementOf(word));
      }
    }
  }
  const plan: MatchPlan = {
    requirements,
    terms: [...terms],
    translit: [...translit],
    prefixes: [...prefixes],
    excludedTerms: [...excludedTerms],
    excludedTranslit: [...excludedTranslit],
    excludedPrefixes: [...excludedPrefixes],
    phrases,
    excludedPhrases,
    words,
    accept: acceptOf(
      [...words, ...phrases.flat(), ...excludedPhrases.flat()],
      [...prefixes, ...excludedPrefixes],
    ),
  };
  plans.set(query, plan);
  return plan;
}

/** Does one word of a text stand for this query word (any case form, or the same name in the other script)? */
export function tokenMatchesWord(token: WordToken, word: QueryWord, analyzer: Analyzer): boolean {
  if (token.key === '') return false;
  // Function words inside phrases are matched as written.
  if (word.terms.length === 0) return token.key === word.key;
  // Stems and lemmas begin like their word (suppletive forms aside): a word that shares its first
  // letters with none of the query's terms is not analysed, which keeps az out of most snippets.
  const head = token.key.slice(0, 2);
  if (word.terms.some((term) => term.startsWith(head))) {
    for (const key of analyzer.terms(token.key, token.capitalised)) if (word.terms.includes(key)) return true;
  }
  if (token.capitalised && word.translit.length > 0) {
    for (const key of analyzer.translit(token.key, !token.initial))
      if (word.translit.includes(key)) return true;
  }
  return false;
}

export function tokenMatchesPrefix(
  token: WordToken,
  prefixes: readonly string[],
  analyzer: Analyzer,
): boolean {
  if (token.key === '') return false;
  if (prefixes.some((p) => token.key.startsWith(p))) return true;
  return analyzer.terms(token.key, token.capitalised).some((key) => prefixes.some((p) => key.startsWith(p)));
}

/** Token ranges [first, last] where the phrase's words stand one after another. */
export function findPhrase(
  tokens: readonly WordToken[],
  phrase: readonly QueryWord[],
  analyzer: Analyzer,
  firstOnly = false,
): [number, number][] {
  const found: [number, number][] = [];
  const [head] = phrase;
  if (!head) return found;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (
      j < phrase.length &&
      tokenMatchesWord(tokens[i + j] as WordToken, phrase[j] as QueryWord, analyzer)
    )
      j++;
    if (j === phrase.length) {
      found.push([i, i + j - 1]);
      if (firstOnly) break;
    }
  }
  return found;
}
