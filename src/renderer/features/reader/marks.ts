import type { Article, Quote, Span } from '../../../shared/article';
import type { Figure, Mention, MentionType } from '../../../shared/entities';

export const mentionTypes: readonly MentionType[] = ['PER', 'ORG', 'LOC', 'EVENT'];
export type HighlightKind = MentionType | 'FIGURE';
export const highlightKinds: readonly HighlightKind[] = [...mentionTypes, 'FIGURE'];

export type Mark =
  | { readonly kind: 'sentence'; readonly span: Span; readonly index: number }
  | { readonly kind: 'find'; readonly span: Span; readonly current: boolean }
  | { readonly kind: 'focus'; readonly span: Span }
  | { readonly kind: 'bookmark'; readonly span: Span; readonly bookmarkId: string }
  | { readonly kind: 'quote'; readonly span: Span; readonly quote: Quote }
  | { readonly kind: 'mention'; readonly span: Span; readonly mention: Mention }
  | { readonly kind: 'figure'; readonly span: Span; readonly figure: Figure };

export interface PassageMarks {
  /** Bookmarked passages of this article (not orphaned). */
  readonly bookmarks?: readonly { readonly id: string; readonly start: number; readonly end: number }[];
  /** The passage a link or a bookmark jumped to, briefly emphasized. */
  readonly focus?: { readonly start: number; readonly end: number } | undefined;
  /** Matches of the find bar, and which one is current. */
  readonly finds?: readonly Span[];
  readonly currentFind?: number;
  /** Draw sentences as elements (the two-column reader links them across columns). */
  readonly sentences?: boolean;
}

/**
 * Everything drawn over an article's text, outermost first: the focused passage, bookmarks, quotes,
 * then entity marks and figures nested inside them.
 */
export function marksOf(
  article: Article,
  shown: ReadonlySet<HighlightKind>,
  passages: PassageMarks = {},
): Mark[] {
  const marks: Mark[] = [];
  if (passages.sentences)
    article.sentences.forEach((span, index) => marks.push({ kind: 'sentence', span, index }));
  (passages.finds ?? []).forEach((span, i) =>
    marks.push({ kind: 'find', span, current: i === passages.currentFind }),
  );
  if (passages.focus) marks.push({ kind: 'focus', span: [passages.focus.start, passages.focus.end] });
  for (const b of passages.bookmarks ?? [])
    marks.push({ kind: 'bookmark', span: [b.start, b.end], bookmarkId: b.id });
  for (const quote of article.quotes) marks.push({ kind: 'quote', span: [quote.start, quote.end], quote });
  for (const mention of article.mentions) {
    if (shown.has(mention.type)) marks.push({ kind: 'mention', span: [mention.start, mention.end], mention });
  }
  if (shown.has('FIGURE')) {
    for (const figure of article.figures)
      marks.push({ kind: 'figure', span: [figure.start, figure.end], figure });
  }
  return marks;
}

export interface EntitySummary {
  readonly id: string;
  readonly type: MentionType;
  readonly label: string;
  readonly count: number;
  readonly first: number;
}

/** The article's entities, one row each, grouped by type and ordered by how often they are named. */
export function entitiesOf(article: Article, uiLanguage: string): Map<MentionType, EntitySummary[]> {
  const byId = new Map<string, EntitySummary>();
  for (const m of article.mentions) {
    const label = (uiLanguage === 'en' ? m.name.en : m.name.ru) ?? m.name.en ?? m.name.ru ?? m.text;
    const seen = byId.get(m.id);
    byId.set(
      m.id,
      seen ? { ...seen, count: seen.count + 1 } : { id: m.id, type: m.type, label, count: 1, first: m.start },
    );
  }
  const groups = new Map<MentionType, EntitySummary[]>();
  for (const type of mentionTypes) {
    const rows = [...byId.values()]
      .filter((e) => e.type === type)
      .sort((a, b) => b.count - a.count || a.first - b.first);
    if (rows.length > 0) groups.set(type, rows);
  }
  return groups;
}
