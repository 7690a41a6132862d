import path from 'node:path';
import type { SearchService } from '../../shared/contract';
import type { Library } from '../library/library-service';
import type { SearchDocument, SearchQuery } from '../../shared/search';
import { searchDocumentOf } from '../../core/search/search-document';
import { QosError } from '../../shared/qos-error';
import { openSearchIndex, type SearchIndex } from '../search/search-index';
import type { EventHub } from './event-hub';

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
const isoDay = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : undefined;
const langs = new Set(['ru', 'en', 'kk', 'und']);

/** Only well-typed fields reach the index: a query from the page is untrusted input. */
export function cleanQuery(input: unknown): SearchQuery {
  const q = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof q.text !== 'string') throw new QosError('bad_request', 'a search needs text');
  const outlets = strings(q.outlets);
  const entityIds = strings(q.entityIds);
  const dateFrom = isoDay(q.dateFrom);
  const dateTo = isoDay(q.dateTo);
  return {
    text: q.text.slice(0, 2000),
    ...(typeof q.lang === 'string' && langs.has(q.lang)
      ? { lang: q.lang as SearchQuery['lang'] & string }
      : {}),
    ...(outlets && outlets.length > 0 ? { outlets } : {}),
    ...(entityIds && entityIds.length > 0 ? { entityIds } : {}),
    ...(dateFrom ? { dateFrom } : {}),
    ...(dateTo ? { dateTo } : {}),
    ...(q.sort === 'date' || q.sort === 'relevance' ? { sort: q.sort } : {}),
    ...(Number.isInteger(q.limit) ? { limit: q.limit as number } : {}),
    ...(Number.isInteger(q.offset) ? { offset: q.offset as number } : {}),
    ...(typeof q.partial === 'boolean' ? { partial: q.partial } : {}),
  };
}

export interface SearchServiceHandle extends SearchService {
  close(): Promise<void>;
}

/**
 * Full-text search over the library. The index lives in `<store>/index`, is opened lazily, kept in
 * step with the library in the background (worker threads do the building), and answers while it
 * catches up; progress goes out as `search.progress` events.
 */
export function createSearchService(
  storeDir: string,
  library: Library,
  events: EventHub,
  options: { readonly startNow?: boolean } = {},
): SearchServiceHandle {
  let index: Promise<SearchIndex> | null = null;
  let syncing: Promise<void> = Promise.resolve();
  let dirty = true;
  let running = false;
  const upToDate = () => !dirty && !running;

  const open = () =>
    (index ??= openSearchIndex({
      dir: path.join(storeDir, 'index'),
      onProgress: (progress) => events.emit('search.progress', progress),
    }));

  async function syncNow(): Promise<void> {
    dirty = false;
    running = true;
    const docs: SearchDocument[] = library.annotatedAll().map((a) => searchDocumentOf(a, a.mentions));
    await (await open()).sync(docs);
    running = false;
    if (!dirty) events.emit('search.ready', { documents: docs.length });
  }
  const sync = () => {
    syncing = syncing
      .then(syncNow)
      .catch((error: unknown) => console.error('qos: updating the search index:', error));
    return syncing;
  };
  events.subscribe((name) => {
    if (name === 'library.changed' || name === 'entities.changed') {
      dirty = true;
      // A command-line import does not build the index; the app does when it starts.
      if (index) void sync();
    }
  });
  if (options.startNow) void sync();

  return {
    async query(input) {
      if (dirty && !running) void sync();
      const result = await (await open()).search(cleanQuery(input));
      // While the index catches up with the library, say so: the page shows the results as partial.
      return upToDate() ? result : { ...result, complete: false };
    },
    async status() {
      const status = await (await open()).status();
      return { ...status, upToDate: upToDate() };
    },
    close: async () => {
      await syncing;
      if (index) await (await index).close();
    },
  };
}
