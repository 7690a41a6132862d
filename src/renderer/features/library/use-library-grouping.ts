import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import type { StoryView } from '../../../shared/pairing';
import { useApi } from '../../platform/api-context';

export interface StoryGroup {
  readonly story: StoryView | null;
  readonly articles: readonly ArticleSummary[];
}

/**
 * What the library shows: all articles, or those naming one entity; flat, or grouped into stories
 * (one event reported several times) and threads (same parties, other occasions).
 */
export function useLibraryGrouping(
  articles: readonly ArticleSummary[] | null,
  entity: string | null,
  byStory: boolean,
  version: number,
) {
  const api = useApi();
  const [allowed, setAllowed] = useState<{ key: string; ids: ReadonlySet<string> } | null>(null);
  const [stories, setStories] = useState<readonly StoryView[] | null>(null);
  const [entityName, setEntityName] = useState<string | null>(null);

  useEffect(() => {
    if (!entity) return;
    let live = true;
    void api.entities
      .articlesWith({ ids: [entity] })
      .then((ids) => live && setAllowed({ key: `${entity}:${version}`, ids: new Set(ids) }));
    void api.entities.card({ id: entity }).then(
      (card) => live && setEntityName(card.names.en ?? card.names.ru ?? entity),
      () => live && setEntityName(entity),
    );
    return () => {
      live = false;
    };
  }, [api, entity, version]);

  useEffect(() => {
    if (!byStory) return;
    let live = true;
    void api.pairs.stories().then((list) => live && setStories(list));
    return () => {
      live = false;
    };
  }, [api, byStory, version]);

  const filterReady = !entity || allowed?.key === `${entity}:${version}`;
  const shown = articles && filterReady ? articles.filter((a) => !entity || allowed?.ids.has(a.id)) : null;
  let groups: StoryGroup[] | null = null;
  if (shown && byStory && stories) {
    const placed = new Set<string>();
    groups = stories
      .map((story) => ({ story, articles: shown.filter((a) => story.ids.includes(a.id)) }))
      .filter((g) => g.articles.length > 1);
    groups.forEach((g) => g.articles.forEach((a) => placed.add(a.id)));
    const alone = shown.filter((a) => !placed.has(a.id));
    if (alone.length > 0) groups.push({ story: null, articles: alone });
  }
  return { shown, groups, entityName: entity ? entityName : null };
}
