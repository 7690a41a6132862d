import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse } from 'az';
import type { Morphology, MorphParse } from '../core/entities/morphology';

/** Parses are memoized: names repeat across articles, and az's dictionary walk dominates annotation time. */
const cacheLimit = 200_000;

let loading: Promise<Morphology> | undefined;

/** The folder of OpenCorpora dictionaries that ships inside the `az` package. */
export function azDictionariesDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('az/package.json')), 'dicts');
}

/**
 * Loads az's dictionaries once per process (about 80 ms, 12 MB) and returns a memoizing Morphology.
 * Later calls share the same instance.
 */
export function loadMorphology(dictsDir: string = azDictionariesDir()): Promise<Morphology> {
  loading ??= new Promise<Morphology>((resolve, reject) => {
    if (!existsSync(join(dictsDir, 'words.dawg'))) {
      reject(new Error(`Russian dictionaries not found in ${dictsDir}`));
      return;
    }
    Az.Morph.init(dictsDir, (error) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(createAzMorphology());
    });
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** az's own parse behind each reading handed out, for `inflect`; it lives as long as the reading. */
const azParses = new WeakMap<MorphParse, AzParse>();
/** The forms `inflect` made of each reading, by the grammemes asked for: names repeat across articles. */
const inflected = new WeakMap<MorphParse, Map<string, string | null>>();

function createAzMorphology(): Morphology {
  const cache = new Map<string, readonly MorphParse[]>();
  return {
    parse(word) {
      const hit = cache.get(word);
      if (hit) return hit;
      const parses = /[а-яёА-ЯЁ]/.test(word) ? azParse(word) : [];
      if (cache.size >= cacheLimit) cache.clear();
      cache.set(word, parses);
      return parses;
    },
    inflect(reading, grammemes) {
      const parse = azParses.get(reading);
      if (!parse) return null;
      let forms = inflected.get(reading);
      if (!forms) inflected.set(reading, (forms = new Map()));
      const key = grammemes.join(',');
      const hit = forms.get(key);
      if (hit !== undefined) return hit;
      const form = parse.inflect([...parse.tag.stat, ...grammemes]);
      // (some of az's guessed readings answer with a form that has no word)
      const word =
        form && typeof form.word === 'string' ? (gluedPrefix(form) + form.word).toLowerCase() : null;
      forms.set(key, word);
      return word;
    },
  };
}

/**
 * The prefix az's guessers cut off a word they do not know and keep out of `word`, when it is glued to
 * the rest: "Видеотон" is read as "видео" + "тон", "Достык" as "до" + "стык", and its lemma is the whole
 * word ("видеотон"), not the rest's ("тон"). A prefix with its hyphen ("экс-президента") stays out, as
 * the lemma of the post ("президент") is what the rules read.
 */
const gluedPrefix = (p: AzParse): string => (p.prefix && !p.prefix.endsWith('-') ? p.prefix : '');

function azParse(word: string): readonly MorphParse[] {
  // stutter 0: news text has no "приииивет"; the default search for repeated letters costs time.
  return Az.Morph(word, { stutter: 0, typos: 0 }).map((p) => {
    const normal = p.normalize();
    const reading: MorphParse = {
      // az's guesser has no normal form for some hyphenated words (из-за-этого): keep the word itself
      lemma: (normal?.word === undefined ? word : gluedPrefix(normal) + normal.word).toLowerCase(),
      tags: new Set([...p.tag.stat, ...p.tag.flex]),
      score: p.score,
      known: p.parser === 'Dictionary',
      ...(normal && gluedPrefix(normal) ? { rest: normal.word.toLowerCase() } : {}),
    };
    azParses.set(reading, p);
    return reading;
  });
}
