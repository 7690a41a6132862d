import type { Speaker } from '../../shared/article';
import type { Bookmark, BookmarkOrphan } from '../../shared/bookmarks';
import { articleLink } from './deep-link';
import { metaFor, type ArticleLookup } from './format-citation';

export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Our fields that the Web Annotation model has no place for. The key is an absolute IRI in our own
 * `qos:` scheme, so JSON-LD processors keep it without an extra context, and other tools ignore it.
 */
export const extensionKey = 'qos:bookmark';

export interface QosExtension {
  readonly articleId: string;
  readonly file: string;
  /** SHA-256 of the text the selectors refer to. */
  readonly hash: string;
  readonly lang: Bookmark['lang'];
  readonly speaker: Speaker | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly orphaned: BookmarkOrphan | null;
}

export interface TextualBody {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly purpose: 'commenting' | 'tagging';
  readonly format?: 'text/plain';
}

export interface WebAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'bookmarking';
  readonly created: string;
  readonly modified: string;
  readonly body?: readonly TextualBody[];
  readonly target: {
    readonly source: string;
    readonly selector: readonly [
      {
        readonly type: 'TextQuoteSelector';
        readonly exact: string;
        readonly prefix: string;
        readonly suffix: string;
      },
      { readonly type: 'TextPositionSelector'; readonly start: number; readonly end: number },
    ];
  };
  readonly [extensionKey]: QosExtension;
}

export interface AnnotationCollection {
  readonly '@context': typeof annotationContext;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly generated: string;
  /** The Web Annotation model pages a collection; an export is one page holding every item. */
  readonly first: {
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

export function bookmarkToAnnotation(bookmark: Bookmark, lookup?: ArticleLookup): WebAnnotation {
  const meta = metaFor(bookmark, lookup);
  const body: TextualBody[] = [
    ...(bookmark.note.length > 0
      ? [
          {
            type: 'TextualBody' as const,
            value: bookmark.note,
            purpose: 'commenting' as const,
            format: 'text/plain' as const,
          },
        ]
      : []),
    ...bookmark.tags.map((tag) => ({
      type: 'TextualBody' as const,
      value: tag,
      purpose: 'tagging' as const,
    })),
  ];
  return {
    id: `urn:uuid:${bookmark.id}`,
    type: 'Annotation',
    motivation: 'bookmarking',
    created: bookmark.created,
    modified: bookmark.updated,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: articleLink(bookmark.article.id),
      selector: [
        { type: 'TextQuoteSelector', ...bookmark.quote },
        { type: 'TextPositionSelector', ...bookmark.position },
      ],
    },
    [extensionKey]: {
      articleId: bookmark.article.id,
      file: meta.file,
      hash: bookmark.hash,
      lang: bookmark.lang,
      speaker: bookmark.speaker,
      title: meta.title,
      outlet: meta.outlet,
      date: meta.date,
      orphaned: bookmark.orphaned,
    },
  };
}

/** A W3C Web Annotation collection (JSON-LD) that `importAnnotations` reads back without loss. */
export function exportAnnotations(
  bookmarks: readonly Bookmark[],
  generated: string,
  lookup?: ArticleLookup,
): string {
  const items = bookmarks.map((b) => bookmarkToAnnotation(b, lookup));
  const collection: AnnotationCollection = {
    '@context': annotationContext,
    type: 'AnnotationCollection',
    label: 'Qos bookmarks',
    total: items.length,
    generated,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
