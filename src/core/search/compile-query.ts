import { cyrillicOrigin, latinOrigin, type Analyzer } from './analyzer';
import { stemEnglish, stemRussian } from './lunr-setup';
import { describeParts, minPrefixLength, parseQuery, type QueryPart } from './parse-query';
import { scriptOf } from './search-key';

/** One word of the query with every key that can stand for it in the index. */
export interface QueryWord {
  readonly key: string;
  /** Index keys (stems and lemmas, any case reading); empty for function words. */
  readonly terms: readonly string[];
  /** Translit keys as stored for the other script's names (`r~tkv` for a Latin query word). */
  readonly translit: readonly string[];
  /** The same translit keys as this word's own script stores them, to recognise its spelling in text. */
  readonly ownTranslit: readonly string[];
}

export type CompiledPart =
  | { readonly kind: 'word'; readonly negated: boolean; readonly word: QueryWord }
  | { readonly kind: 'prefix'; readonly negated: boolean; readonly prefixes: readonly string[] }
  | { readonly kind: 'phrase'; readonly negated: boolean; readonly words: readonly QueryWord[] };

export interface CompiledQuery {
  readonly parts: readonly CompiledPart[];
  /** For display: the parts as searched. */
  readonly terms: readonly string[];
  /** No part restricts the result (empty text, or only function words): filters alone decide. */
  readonly matchAll: boolean;
}

function swapOrigin(key: string): string {
  if (key.startsWith(cyrillicOrigin)) return latinOrigin + key.slice(cyrillicOrigin.length);
  return cyrillicOrigin + key.slice(latinOrigin.length);
}

function compileWord(key: string, capital: boolean, analyzer: Analyzer): QueryWord {
  // A reader types names in lower case too: take the name readings and the common-word readings.
  const terms = [...new Set([...analyzer.terms(key, true), ...analyzer.terms(key, false)])];
  // A Latin word may be any name; a Cyrillic one is looked up across scripts when typed with a capital
  // or when it reads as a name (a common word such as является has no business matching Latin names).
  const latin = scriptOf(key) === 'latin';
  const ownTranslit = terms.length > 0 ? analyzer.translit(key, latin || capital) : [];
  // Latin spellings of one name vary among themselves too (Tokayev, Tokaev); Cyrillic ones are
  // already one key after folding and lemmas.
  const translit = [...ownTranslit.map(swapOrigin), ...(latin ? ownTranslit : [])];
  return { key, terms, ownTranslit, translit };
}

function stemOf(key: string): string {
  const script = scriptOf(key);
  return script === 'cyrillic' ? stemRussian(key) : script === 'latin' ? stemEnglish(key) : key;
}

/**
 * Function words are dropped from a query that has other words; a query of function words only
 * ("in the", "в") looks for them as phrases, through their positions.
 */
function compilePart(part: QueryPart, analyzer: Analyzer, keepFunctionWords: boolean): CompiledPart | null {
  if (part.kind === 'word') {
    const word = compileWord(part.key, part.capital, analyzer);
    if (word.terms.length > 0) return { kind: 'word', negated: part.negated, word };
    return keepFunctionWords ? { kind: 'phrase', negated: part.negated, words: [word] } : null;
  }
  if (part.kind === 'prefix') {
    // The index holds stems: `investm*` must also look for `invest*`.
    const stem = stemOf(part.key);
    const prefixes = stem.length >= minPrefixLength && stem !== part.key ? [part.key, stem] : [part.key];
    return { kind: 'prefix', negated: part.negated, prefixes };
  }
  const words = part.keys.map((key, i) => compileWord(key, part.capitals[i] ?? false, analyzer));
  return keepFunctionWords || words.some((w) => w.terms.length > 0)
    ? { kind: 'phrase', negated: part.negated, words }
    : null;
}

/** Memoizes compiled queries: a reader refines one query keystroke by keystroke. */
export function createQueryCompiler(analyzer: Analyzer, cacheLimit = 500): (text: string) => CompiledQuery {
  const cache = new Map<string, CompiledQuery>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const parsed = parseQuery(text);
    const compileAll = (keepFunctionWords: boolean): [CompiledPart[], QueryPart[]] => {
      const parts: CompiledPart[] = [];
      const kept: QueryPart[] = [];
      for (const part of parsed.parts) {
        const compiled = compilePart(part, analyzer, keepFunctionWords);
        if (!compiled) continue;
        parts.push(compiled);
        kept.push(part);
      }
      return [parts, kept];
    };
    let [parts, kept] = compileAll(false);
    if (!parts.some((p) => !p.negated)) [parts, kept] = compileAll(true);
    const compiled: CompiledQuery = {
      parts,
      terms: describeParts(kept),
      matchAll: !parts.some((p) => !p.negated),
    };
    if (cache.size >= cacheLimit) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(text, compiled);
    return compiled;
  };
}
