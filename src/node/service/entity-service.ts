import type { ArticleSummary } from '../../shared/article';
import type { EntityService } from '../../shared/contract';
import type { Library } from '../library/library-service';
import type { EntityCard, EntityCorrection, EntityName, Mention } from '../../shared/entities';
import { QosError } from '../../shared/qos-error';
import { createSuggestIndex } from '../../core/entities/suggest-entities';
import { resolveId, type EntityInfo, type EntityLookup } from '../../core/entities/apply-corrections';
import type { KbEntity } from '../../core/entities/kb-schema';
import { validateCorrection, type CorrectionStore } from './correction-store';

export interface EntityServiceDeps {
  readonly kb: readonly KbEntity[];
  readonly library: Library;
  readonly corrections: CorrectionStore;
  /** Called after the corrections changed: re-annotate, drop cached annotations, tell the UI. */
  readonly changed: () => Promise<void> | void;
}

/** The knowledge base's type and names of an entity, or what the corrections remembered of it. */
export function entityLookup(kb: readonly KbEntity[], corrections: CorrectionStore): EntityLookup {
  const byId = new Map(kb.map((e) => [e.id, e]));
  return (id) => {
    const known = byId.get(id);
    if (known) return { type: known.type, name: { en: known.names.en, ru: known.names.ru } };
    return corrections.remembered(id);
  };
}

/**
 * An unknown entity's names as the library's texts write them. A Russian text's mention has its
 * Russian name and a transliteration; a Latin one's has only the name as written ("Tzipi Livni" where
 * a Russian text gives "Tsipi Livni"). So the English name comes from a text that writes it, where the
 * library has one, and the Russian name from a Russian text.
 */
function seenAs(mentions: readonly Mention[], id: string): EntityInfo | undefined {
  const seen = mentions.filter((m) => m.id === id);
  const first = seen[0];
  if (!first) return undefined;
  const written = seen.find((m) => m.name.ru === null && m.name.en !== null);
  const name: EntityName = {
    en: written?.name.en ?? first.name.en,
    ru: seen.find((m) => m.name.ru !== null)?.name.ru ?? null,
  };
  return { type: first.type, name };
}

/**
 * Entity look-ups across the library. Mentions come from the library's own (cached) annotation of
 * each article, so a card's article list is exactly what the reader would see highlighted, the
 * reader's corrections included.
 */
export function createEntityService(deps: EntityServiceDeps): EntityService {
  const { kb, library, corrections } = deps;
  const byId = new Map(kb.map((e) => [e.id, e]));
  const lookup = entityLookup(kb, corrections);
  const suggestions = createSuggestIndex(kb);

  async function mentionsByArticle(): Promise<{ summary: ArticleSummary; mentions: readonly Mention[] }[]> {
    const out: { summary: ArticleSummary; mentions: readonly Mention[] }[] = [];
    for (const article of library.annotatedAll()) out.push({ summary: article, mentions: article.mentions });
    return out;
  }

  /** Type and names of an entity the knowledge base lacks, read off the library's mentions. */
  async function seenInLibrary(id: string): Promise<EntityInfo | undefined> {
    return seenAs(
      (await mentionsByArticle()).flatMap((a) => a.mentions),
      id,
    );
  }

  /** An alias or a merge target must be typed for good: remember unknown entities as they are now. */
  async function toRemember(correction: EntityCorrection): Promise<Record<string, EntityInfo>> {
    const id =
      correction.kind === 'alias' ? correction.id : correction.kind === 'merge' ? correction.into : null;
    if (id === null || lookup(id)) return {};
    const info = await seenInLibrary(id);
    if (!info) throw new QosError('not_found', `no entity ${id}`);
    return { [id]: info };
  }

  const lastRetype = (id: string) =>
    corrections
      .list()
      .findLast((c): c is Extract<EntityCorrection, { kind: 'retype' }> => c.kind === 'retype' && c.id === id)
      ?.type;

  return {
    async card(input) {
      if (typeof input?.id !== 'string' || input.id === '')
        throw new QosError('bad_request', 'entities.card needs an id');
      // a merged entity's card is the card of the one it was merged into
      const id = resolveId(corrections.list(), input.id);
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
      const info =
        seenAs(
          all.flatMap((a) => a.mentions),
          id,
        ) ?? lookup(id);
      if (!info) throw new QosError('not_found', `no entity ${id}`);
      return {
        id,
        type: lastRetype(id) ?? known?.type ?? info.type,
        names: {
          en: known?.names.en ?? info.name.en ?? null,
          ru: known?.names.ru ?? info.name.ru ?? null,
          kk: known?.names.kk ?? null,
        },
        roles: known?.roles ?? [],
        known: known !== undefined,
        articles,
      } satisfies EntityCard;
    },
    corrections: () => Promise.resolve(corrections.list()),
    async correct(input) {
      const correction = validateCorrection(input);
      const before = corrections.list();
      const after = await corrections.add(correction, await toRemember(correction));
      if (after !== before) await deps.changed();
      return after;
    },
    async undoCorrection(input) {
      const index = input?.index;
      if (typeof index !== 'number' || !Number.isInteger(index))
        throw new QosError('bad_request', 'undoCorrection needs an index');
      const after = await corrections.remove(index);
      await deps.changed();
      return after;
    },
    suggest: (input) =>
      Promise.resolve(typeof input?.text === 'string' ? suggestions.suggest(input.text.slice(0, 200)) : []),
    async articlesWith(input) {
      const ids = Array.isArray(input?.ids)
        ? input.ids
            .filter((i): i is string => typeof i === 'string')
            .map((i) => resolveId(corrections.list(), i))
        : [];
      const all = await mentionsByArticle();
      return all
        .filter(({ mentions }) => ids.every((id) => mentions.some((m) => m.id === id)))
        .map((a) => a.summary.id);
    },
  };
}
