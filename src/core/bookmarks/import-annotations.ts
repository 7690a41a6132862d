import type { Bookmark } from '../../shared/bookmarks';
import { QosError } from '../../shared/qos-error';
import { validateBookmark } from './bookmark-file';
import { parseQosLink } from './deep-link';
import { extensionKey } from './export-annotations';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A collection (paged or not), a page, a bare list of annotations, or one annotation. */
function annotationItems(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) throw new QosError('bad_request', 'not a Web Annotation collection');
  if (data.type === 'Annotation') return [data];
  if (Array.isArray(data.items)) return data.items;
  if (isObject(data.first) && Array.isArray(data.first.items)) return data.first.items;
  if (data.type === 'AnnotationCollection' && (data.total === 0 || data.first === undefined)) return [];
  throw new QosError('bad_request', 'not a Web Annotation collection');
}

function selectorOf(target: unknown, type: string): Json | undefined {
  for (const t of asList(target)) {
    if (!isObject(t)) continue;
    const found = asList(t.selector).find((s) => isObject(s) && s.type === type);
    if (isObject(found)) return found;
  }
  return undefined;
}

function sourceOf(target: unknown): string | undefined {
  for (const t of asList(target)) {
    if (typeof t === 'string') return t;
    if (isObject(t) && typeof t.source === 'string') return t.source;
  }
  return undefined;
}

/** `urn:uuid:…` back to the bare id; other ids (from other tools) are kept as they are. */
function bookmarkId(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return undefined;
  return id.startsWith('urn:uuid:') ? id.slice('urn:uuid:'.length) : id;
}

function bodies(body: unknown): { note: string; tags: string[] } {
  const notes: string[] = [];
  const tags: string[] = [];
  for (const b of asList(body)) {
    if (typeof b === 'string') notes.push(b);
    else if (isObject(b) && typeof b.value === 'string')
      (b.purpose === 'tagging' ? tags : notes).push(b.value);
  }
  return { note: notes.join('\n\n'), tags };
}

/** One annotation to a bookmark; throws a message for the skipped list when it is not one of ours. */
function toBookmark(item: unknown, newId: () => string, now: string): Bookmark {
  if (!isObject(item) || item.type !== 'Annotation') throw new Error('not an Annotation');
  const ext = isObject(item[extensionKey]) ? (item[extensionKey] as Json) : {};
  const link = parseQosLink(sourceOf(item.target) ?? '');
  const articleId = typeof ext.articleId === 'string' ? ext.articleId : link?.articleId;
  if (articleId === undefined) throw new Error('its target is not a Qos article');
  const quote = selectorOf(item.target, 'TextQuoteSelector');
  if (!quote || typeof quote.exact !== 'string') throw new Error('it has no TextQuoteSelector');
  const exact = quote.exact;
  const position = selectorOf(item.target, 'TextPositionSelector') ?? {};
  const { note, tags } = bodies(item.body);
  const created = typeof item.created === 'string' ? item.created : now;
  const hasPosition = typeof position.start === 'number' && typeof position.end === 'number';
  return validateBookmark(
    {
      id: bookmarkId(item.id) ?? newId(),
      article: {
        id: articleId,
        file: typeof ext.file === 'string' ? ext.file : '',
        title: ext.title ?? null,
        outlet: ext.outlet ?? null,
        date: ext.date ?? null,
      },
      // without the hash and the offsets the quote is found again by its text on the next check
      hash: hasPosition && typeof ext.hash === 'string' ? ext.hash : '',
      lang: ext.lang ?? (/[\u0400-\u04ff]/.test(exact) ? 'ru' : 'en'),
      quote: { exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      position: hasPosition ? { start: position.start, end: position.end } : { start: 0, end: exact.length },
      speaker: ext.speaker ?? null,
      note,
      tags,
      created,
      updated: typeof item.modified === 'string' ? item.modified : created,
      orphaned: ext.orphaned ?? null,
    },
    'annotation',
  );
}

export interface ParsedAnnotations {
  readonly bookmarks: readonly Bookmark[];
  readonly skipped: readonly { readonly index: number; readonly reason: string }[];
}

/**
 * Reads a W3C Web Annotation collection: Qos exports in full; other tools' text-quote annotations
 * of `qos://article/…` targets as far as they go. Throws only when the whole input is not one.
 */
export function parseAnnotations(
  json: string | unknown,
  newId: () => string,
  now: string,
): ParsedAnnotations {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new QosError(
        'bad_request',
        `not JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const bookmarks: Bookmark[] = [];
  const skipped: { index: number; reason: string }[] = [];
  annotationItems(data).forEach((item, index) => {
    try {
      bookmarks.push(toBookmark(item, newId, now));
    } catch (error) {
      skipped.push({ index, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { bookmarks, skipped };
}
