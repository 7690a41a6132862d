import type { ArticleLang } from '../../shared/article';
import { fold } from '../entities/text-keys';
import { stemEnglish, stemRussian } from '../search/lunr-setup';
import dictionary from './dictionary/ru-en.json';

/**
 * Ordinary words as keys both languages share: the English stem of a word, read directly from English
 * text and through the bilingual dictionary (`dictionary/ru-en.json`) from Russian. A translation of a
 * short text shares few names or figures with its original, but most of its vocabulary.
 *
 * Both sides are stemmed (Snowball for Russian, Porter for English), so the dictionary lists lemmas
 * and any inflected form finds them: отели, отелях → отел → hotel; hotels → hotel.
 */

/** The dictionary file: Russian word → English words, space-separated (see dictionary/README.md). */
export interface Dictionary {
  readonly entries: Readonly<Record<string, string>>;
}

export interface WordTranslator {
  /** English stems of the words of `text`, with how often each occurs. */
  keys(text: string, lang: ArticleLang): Map<string, number>;
  /** English stems one word stands for: itself stemmed, or its dictionary translations. */
  keysOfWord(word: string, lang: ArticleLang): readonly string[];
  /** An English dictionary word with this stem, to show people ("clothes" for cloth); null if none. */
  wordOf(key: string): string | null;
}

const wordPattern = /\p{L}+/gu;
const cacheLimit = 100_000;

/** Builds a translator over a dictionary; stems are memoized, as texts repeat their words. */
export function createWordTranslator(dict: Dictionary): WordTranslator {
  const fromRussian = new Map<string, string[]>();
  const english = new Map<string, string>();
  for (const [ru, en] of Object.entries(dict.entries)) {
    const stem = stemRussian(fold(ru));
    const targets = fromRussian.get(stem) ?? [];
    for (const word of en.split(/\s+/u)) {
      if (word === '') continue;
      const target = stemEnglish(fold(word));
      if (!english.has(target)) english.set(target, word);
      if (!targets.includes(target)) targets.push(target);
    }
    fromRussian.set(stem, targets);
  }
  const cache = new Map<string, readonly string[]>();
  const none: readonly string[] = [];

  const keysOfWord = (word: string, lang: ArticleLang): readonly string[] => {
    const key = fold(word);
    const hit = cache.get(key);
    if (hit) return hit;
    let out = none;
    if (/[а-я]/u.test(key)) out = fromRussian.get(stemRussian(key)) ?? none;
    else if (lang === 'en' || /[a-z]/u.test(key)) {
      const stem = stemEnglish(key);
      out = english.has(stem) ? [stem] : none;
    }
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, out);
    return out;
  };

  return {
    keysOfWord,
    wordOf: (key) => english.get(key) ?? null,
    keys(text, lang) {
      const counts = new Map<string, number>();
      for (const m of text.matchAll(wordPattern))
        for (const k of keysOfWord(m[0], lang)) counts.set(k, (counts.get(k) ?? 0) + 1);
      return counts;
    },
  };
}

let shared: WordTranslator | undefined;

/** The translator over the bundled dictionary, built on first use. */
export function wordTranslator(): WordTranslator {
  shared ??= createWordTranslator(dictionary as Dictionary);
  return shared;
}
