import type { EntitySuggestion } from '../../shared/entities';
import { namesOf, type KbEntity } from './kb-schema';
import { kazakhToRussian } from '../language/letters';

/** Lower case, ё→е, Kazakh letters to their Russian look-alikes, for matching what is typed. */
function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[әғқңөұүһі]/g, (c) => kazakhToRussian[c] ?? c);
}

export interface SuggestIndex {
  suggest(text: string, limit?: number): EntitySuggestion[];
}

/**
 * Entities offered while a name is typed: a name or alias in any language that starts with the text,
 * or has a word that does (so "Tok", "Токае", "Тоқ" and "Kassym" all offer Tokayev). Whole-name
 * matches come first, then shorter names.
 */
export function createSuggestIndex(kb: readonly KbEntity[]): SuggestIndex {
  const rows = kb.map((entity) => {
    return { entity, keys: namesOf(entity).map(foldName) };
  });
  return {
    suggest(text, limit = 8) {
      const q = foldName(text.trim());
      if (q.length < 2) return [];
      const scored: { row: (typeof rows)[number]; score: number }[] = [];
      for (const row of rows) {
        let best = Infinity;
        for (const key of row.keys) {
          if (key.startsWith(q)) best = Math.min(best, key.length);
          else if (key.split(/[\s-]+/).some((w) => w.startsWith(q))) best = Math.min(best, 1000 + key.length);
        }
        if (best < Infinity) scored.push({ row, score: best });
      }
      return scored
        .sort((a, b) => a.score - b.score)
        .slice(0, limit)
        .map(({ row: { entity } }) => ({
          id: entity.id,
          type: entity.type,
          names: { en: entity.names.en, ru: entity.names.ru, kk: entity.names.kk ?? null },
        }));
    },
  };
}
