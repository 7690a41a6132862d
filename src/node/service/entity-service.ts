import type { ArticleSummary } from '../../shared/article';
import type { EntityService, LibraryService } from '../../shared/contract';
import type { EntityCard, Mention } from '../../shared/entities';
import { QosError } from '../../shared/qos-error';
import type { KbEntity } from '../../core/entities/kb-schema';

/**
 * Entity look-ups across the library. Mentions come from the library's own (cached) annotation of
 * each article, so a card's article list is exactly what the reader would see highlighted.
 */
export function createEntityService(kb: readonly KbEntity[], library: LibraryService): EntityService {
  const byId = new Map(kb.map((e) => [e.id, e]));

  async function mentionsByArticle(): Promise<{ summary: ArticleSummary; mentions: readonly Mention[] }[]> {
    const out: { summary: ArticleSummary; mentions: readonly Mention[] }[] = [];
    for (const summary of await library.list()) {
      if (summary.error) continue;
      out.push({ summary, mentions: (await library.get({ id: summary.id })).mentions });
    }
    return out;
  }

  return {
    async card(input) {
      const id = input?.id;
      if (typeof id !== 'string' || id === '') throw new QosError('bad_request', 'entities.card needs an id');
      const all = await mentionsByArticle();
      const known = byId.get(id);
      const articles = all
        .map(({ summary, mentions }) => ({ summary, count: mentions.filter((m) => m.id === id).length }))
        .filter((a) => a.count > 0)
        .sort((a, b) => b.count - a.count)
        .map(({ summary, count }) => ({
          id: summary.id,
          title: summary.title ?? summary.lead,
          lang: summary.lang,
          count,
        }));
      const seen = all.flatMap((a) => a.mentions).find((m) => m.id === id);
      if (!known && !seen) throw new QosError('not_found', `no entity ${id}`);
      return {
        id,
        type: known?.type ?? seen!.type,
        names: {
          en: known?.names.en ?? seen?.name.en ?? null,
          ru: known?.names.ru ?? seen?.name.ru ?? null,
          kk: known?.names.kk ?? null,
        },
        roles: known?.roles ?? [],
        known: known !== undefined,
        articles,
      } satisfies EntityCard;
    },
    correct: () => Promise.reject(new QosError('internal', 'corrections are not wired yet')),
    corrections: () => Promise.resolve([]),
    undoCorrection: () => Promise.reject(new QosError('internal', 'corrections are not wired yet')),
    async articlesWith(input) {
      const ids = Array.isArray(input?.ids)
        ? input.ids.filter((i): i is string => typeof i === 'string')
        : [];
      const all = await mentionsByArticle();
      return all
        .filter(({ mentions }) => ids.every((id) => mentions.some((m) => m.id === id)))
        .map((a) => a.summary.id);
    },
  };
}
