import type { LoadedArticle } from '../../shared/article';
import type { Mention } from '../../shared/entities';
import type { SearchDocument, SearchEntity } from '../../shared/search';

/**
 * The entities of an article as the index takes them: one per id, with every name it is known by (its
 * canonical names in both languages and the spellings the text uses), so a query in either script
 * finds the article.
 */
export function searchEntities(mentions: readonly Mention[]): SearchEntity[] {
  const byId = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const names = byId.get(mention.id) ?? new Set<string>();
    for (const name of [mention.name.en, mention.name.ru, mention.text]) if (name) names.add(name);
    byId.set(mention.id, names);
  }
  return [...byId].map(([id, names]) => ({ id, names: [...names] }));
}

/** An article as the index takes it; pass its mentions when the annotator has run. */
export function searchDocumentOf(article: LoadedArticle, mentions?: readonly Mention[]): SearchDocument {
  const { id, file, title, text, lang, date, outlet } = article;
  return {
    id,
    file,
    title,
    text,
    lang,
    date,
    outlet,
    ...(mentions && mentions.length > 0 ? { entities: searchEntities(mentions) } : {}),
  };
}
