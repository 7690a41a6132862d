import type { BookmarkService } from '../../shared/contract';
import { bookmarkExportFormats, type BookmarkExportFormat } from '../../shared/bookmarks';
import { QosError } from '../../shared/qos-error';
import type { ArticleLookup } from '../../core/bookmarks/format-citation';
import { openBookmarkStore } from '../bookmarks/bookmark-store';
import type { Library } from '../library/library-service';
import type { EventHub } from './event-hub';

const mimes: Readonly<Record<BookmarkExportFormat, string>> = {
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/ld+json',
};

const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * Bookmarks over the library: passages are resolved against the current article text, and every
 * time the library changes the quotes are found again (moved, restored or orphaned, never silently
 * re-attached elsewhere).
 */
export async function createBookmarkService(
  storeDir: string,
  library: Library,
  events: EventHub,
): Promise<BookmarkService> {
  const store = await openBookmarkStore(storeDir);
  const lookup: ArticleLookup = (id) => {
    const a = library.loaded().find((x) => x.id === id);
    return a ? { file: a.file, title: a.title ?? a.lead, outlet: a.outlet, date: a.date } : undefined;
  };
  const changed = async () => events.emit('bookmarks.changed', { count: (await store.list()).length });
  const reanchor = async () => {
    if (store.readOnly) return;
    const counts = await store.reanchor(library.loaded());
    if (counts.moved + counts.restored + counts.orphaned > 0) await changed();
  };
  await reanchor();
  events.subscribe((name) => {
    if (name === 'library.changed')
      void reanchor().catch((error: unknown) => console.error('qos: re-anchoring bookmarks:', error));
  });
  const article = async (id: unknown) => {
    if (typeof id !== 'string') throw new QosError('bad_request', 'an article id is needed');
    return library.get({ id });
  };

  return {
    list: () => store.list(),
    async add(input) {
      if (!isInt(input?.start) || !isInt(input.end))
        throw new QosError('bad_request', 'start and end must be offsets');
      const source = await article(input.articleId);
      const tags = Array.isArray(input.tags)
        ? input.tags.filter((t): t is string => typeof t === 'string')
        : [];
      const bookmark = await store.add({
        article: source,
        start: input.start,
        end: input.end,
        ...(typeof input.note === 'string' ? { note: input.note } : {}),
        tags,
      });
      await changed();
      return bookmark;
    },
    async update(input) {
      if (typeof input?.id !== 'string' || typeof input.patch !== 'object' || input.patch === null) {
        throw new QosError('bad_request', 'update needs an id and a patch');
      }
      const { note, tags } = input.patch;
      if (
        (note !== undefined && typeof note !== 'string') ||
        (tags !== undefined && !(Array.isArray(tags) && tags.every((t) => typeof t === 'string')))
      ) {
        throw new QosError('bad_request', 'note must be text and tags a list of text');
      }
      const bookmark = await store.update(input.id, input.patch);
      await changed();
      return bookmark;
    },
    async relocate(input) {
      if (typeof input?.id !== 'string' || !isInt(input.start) || !isInt(input.end))
        throw new QosError('bad_request', 'relocate needs an id and offsets');
      const bookmark = await store.relocate(input.id, await article(input.articleId), input.start, input.end);
      await changed();
      return bookmark;
    },
    async remove(input) {
      if (typeof input?.id !== 'string') throw new QosError('bad_request', 'remove needs an id');
      await store.remove(input.id);
      await changed();
    },
    async exportAs(input) {
      const format = input?.format;
      if (!bookmarkExportFormats.includes(format))
        throw new QosError('bad_request', `unknown export format ${String(format)}`);
      const content = await store.exportAs(format, lookup);
      return {
        fileName: `qos-bookmarks.${format === 'json' ? 'jsonld' : format}`,
        mime: mimes[format],
        content,
      };
    },
    async importAnnotations(input) {
      if (typeof input?.json !== 'string') throw new QosError('bad_request', 'import needs the JSON text');
      const result = await store.importAnnotations(input.json);
      await reanchor();
      await changed();
      return result;
    },
    citation: (input) => {
      if (typeof input?.id !== 'string')
        return Promise.reject(new QosError('bad_request', 'citation needs an id'));
      return store.citation(input.id, lookup);
    },
    problems: () => Promise.resolve(store.problems),
  };
}
