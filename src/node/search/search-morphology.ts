import Az from 'az';
import type { Morphology, MorphParse } from '../../core/entities/morphology';
import { loadMorphology } from '../morphology';

/**
 * The Morphology the search analyzer uses: the same az dictionaries as the annotator's (loaded once
 * per thread by loadMorphology), read without a cache and with lemmas and tags worked out only when
 * asked for. The analyzer keeps its own per-word results; a second cache of every reading of every
 * word of a corpus, with a Set of tags each, cost hundreds of megabytes per worker, and most
 * readings' lemmas are never looked at.
 */
export async function loadSearchMorphology(): Promise<Morphology> {
  await loadMorphology();
  return {
    parse(word) {
      if (!/[а-яёА-ЯЁ]/.test(word)) return [];
      return Az.Morph(word, { stutter: 0, typos: 0 }).map((p): MorphParse => {
        let lemma: string | undefined;
        let tags: ReadonlySet<string> | undefined;
        return {
          get lemma() {
            return (lemma ??= p.normalize().word.toLowerCase());
          },
          get tags() {
            return (tags ??= new Set([...p.tag.stat, ...p.tag.flex]));
          },
          score: p.score,
          known: p.parser === 'Dictionary',
        };
      });
    },
  };
}
