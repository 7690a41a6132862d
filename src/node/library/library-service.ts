import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, ArticleSummary, LoadedArticle } from '../../shared/article';
import type { Annotations } from '../../shared/entities';
import type { LibraryService } from '../../shared/contract';
import { overridableFields, type ImportFileResult, type MetadataOverride } from '../../shared/library';
import { QosError, toApiError } from '../../shared/qos-error';
import { writeFileAtomic } from '../atomic-file';
import { articleFromBytes, isArticle, readArticleFile, summaryOf } from '../read-article';
import type { EventHub } from '../service/event-hub';
import { watchFolder } from './folder-watcher';
import { ImportJob, type AddOutcome } from './import-job';
import {
  emptyLibrary,
  readLibraryFile,
  writeLibraryFile,
  type LibraryFile,
  type SourceRecord,
} from './library-file';
import { walkPaths } from './walk-paths';

export interface LibraryOptions {
  readonly storeDir: string;
  /** The articles that ship with the app, copied into the store on first start. */
  readonly bundledCorpusDir: string;
  /** Read this folder's files in place, read-only, instead of the store's library (`qos serve --corpus`). */
  readonly corpusDir?: string;
  /** Finds entity mentions and figures; without it articles come with none. */
  readonly annotate?: (text: string, lang: LoadedArticle['lang']) => Annotations;
}

interface Entry {
  readonly source: SourceRecord;
  readonly file: string;
  parsed: LoadedArticle | ArticleSummary;
}

export interface Library extends LibraryService {
  /** Problems found while opening (a library file set aside…), for the user to hear about. */
  readonly problems: readonly string[];
  /** Forgets every cached annotation (the annotator changed: the reader corrected an entity). */
  invalidateAnnotations(): void;
  /** Every readable article as loaded (with the reader's metadata corrections), unannotated. */
  loaded(): readonly LoadedArticle[];
  /** Every readable article with its annotations (cached per text), for the services that span them all. */
  annotatedAll(): Article[];
  close(): void;
}

function applyOverride(
  entry: Article | ArticleSummary,
  override: MetadataOverride | undefined,
): Article | ArticleSummary {
  if (!override || !isArticle(entry)) return entry;
  const patch: Record<string, unknown> = {};
  for (const field of overridableFields)
    if (override[field] !== undefined && override[field] !== null) patch[field] = override[field];
  return { ...entry, ...patch };
}

/** Gives each quote's speaker the entity id of a person mention with the same name. */
function linkSpeakers(quotes: LoadedArticle['quotes'], found: Annotations): LoadedArticle['quotes'] {
  return quotes.map((quote) => {
    if (!quote.speaker || quote.speaker.id) return quote;
    const name = quote.speaker.name;
    const people = found.mentions.filter((m) => m.type === 'PER');
    const surname = name.split(/\s+/).at(-1) ?? name;
    const match = people.find((m) => m.text === name) ?? people.find((m) => m.text.endsWith(surname));
    return match ? { ...quote, speaker: { name, id: match.id } } : quote;
  });
}

async function uniqueTarget(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = path.basename(name, ext);
  for (let n = 0; ; n++) {
    const candidate = path.join(dir, n === 0 ? name : `${stem}-${n}${ext}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}

export async function openLibrary(options: LibraryOptions, events: EventHub): Promise<Library> {
  const { storeDir } = options;
  const readOnly = options.corpusDir !== undefined;
  const problems: string[] = [];
  let state: LibraryFile = emptyLibrary;
  const entries: Entry[] = [];
  const jobs = new Map<string, ImportJob>();
  const watchers = new Map<string, () => void>();
  let saving: Promise<unknown> = Promise.resolve();

  const absolute = (source: SourceRecord) => path.resolve(storeDir, source.path);
  const save = () => {
    const snapshot: LibraryFile = { ...state, sources: entries.map((e) => e.source) };
    state = snapshot;
    const write = saving.then(() => writeLibraryFile(storeDir, snapshot));
    saving = write.catch(() => undefined);
    return write;
  };
  const changed = () => events.emit('library.changed', { count: entries.length });
  const find = (id: string) => entries.find((e) => e.parsed.id === id);
  const view = (entry: Entry) => applyOverride(entry.parsed, state.overrides[entry.source.path]);
  const writable = () => {
    if (readOnly) throw new QosError('forbidden', 'this library is a read-only folder (qos serve --corpus)');
  };

  async function load(source: SourceRecord): Promise<boolean> {
    const file = absolute(source);
    const parsed = await readArticleFile(file, source.encoding);
    // The same text under two names is one article.
    if (!parsed.error && find(parsed.id)) return false;
    entries.push({ source, file, parsed });
    return true;
  }

  if (readOnly) {
    for await (const file of walkPaths([options.corpusDir!])) await load({ path: file });
  } else {
    const read = await readLibraryFile(storeDir);
    if (read.state === 'ok') {
      state = read.value;
      for (const source of state.sources) await load(source);
    } else if (read.state === 'corrupt') {
      // Never replace the reader's library with the defaults: recover what the articles folder holds.
      problems.push(`the library file could not be read (${read.reason}); kept as ${read.setAside}`);
      for await (const file of walkPaths([path.join(storeDir, 'articles')]))
        await load({ path: path.relative(storeDir, file) });
      await save();
    } else {
      const dir = path.join(storeDir, 'articles');
      await fs.mkdir(dir, { recursive: true });
      for await (const bundled of walkPaths([options.bundledCorpusDir])) {
        const target = path.join(dir, path.basename(bundled));
        await fs.copyFile(bundled, target);
        await load({ path: path.relative(storeDir, target) });
      }
      await save();
    }
  }

  async function addBytes(name: string, bytes: Uint8Array): Promise<AddOutcome> {
    const article = articleFromBytes(bytes, name);
    if (find(article.id)) return { outcome: 'duplicate', id: article.id };
    const dir = path.join(storeDir, 'articles');
    const target = await uniqueTarget(dir, path.basename(name));
    await writeFileAtomic(target, bytes);
    const source = { path: path.relative(storeDir, target) };
    entries.push({
      source,
      file: target,
      parsed: { ...article, source: target, file: path.basename(target) },
    });
    await save();
    changed();
    return { outcome: 'added', id: article.id };
  }

  /**
   * A folder the reader chose: a whole path ("~/news" is the home folder's), never one that would
   * resolve against the app's own working folder.
   */
  function folderOf(value: unknown): string {
    const typed = typeof value === 'string' ? value.replace(/^~(?=$|[/\\])/, os.homedir()) : '';
    if (!path.isAbsolute(typed)) throw new QosError('bad_request', 'a folder is named by its full path');
    return path.resolve(typed);
  }

  /** Brings a watched folder's files in line with the library: new and changed in, vanished out. */
  async function syncWatched(dir: string): Promise<void> {
    const present = new Set<string>();
    for await (const file of walkPaths([dir])) present.add(file);
    let dirty = false;
    // (the reads below wait, and meanwhile the folder may be unwatched and its entries removed)
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (!watchers.has(dir)) return;
      if (entry?.source.watch !== dir) continue;
      if (!present.has(entry.file)) {
        entries.splice(i, 1);
        dirty = true;
        continue;
      }
      present.delete(entry.file);
      const fresh = await readArticleFile(entry.file, entry.source.encoding);
      if (fresh.id !== entry.parsed.id) {
        entry.parsed = fresh;
        dirty = true;
      }
    }
    for (const file of present) {
      if (!watchers.has(dir)) return;
      dirty = (await load({ path: file, watch: dir })) || dirty;
    }
    if (dirty) {
      await save();
      changed();
    }
  }

  function startWatching(dir: string): void {
    if (watchers.has(dir)) return;
    // one sync at a time: a burst of changes must not read the folder twice over itself
    let queue = Promise.resolve();
    const sync = () => {
      queue = queue
        .then(() => syncWatched(dir))
        .catch((error: unknown) => console.error(`qos: watching ${dir}:`, error));
    };
    watchers.set(
      dir,
      watchFolder(dir, sync, (error) => console.error(`qos: cannot watch ${dir}: ${error.message}`)),
    );
    sync();
  }
  if (!readOnly) state.watched.forEach(startWatching);

  async function reread(id: string, encoding: string | null): Promise<Article> {
    writable();
    const entry = find(id);
    if (!entry) throw new QosError('not_found', `no article ${id}`);
    const source: SourceRecord = { ...entry.source };
    if (encoding === null) delete (source as { encoding?: string }).encoding;
    else (source as { encoding?: string }).encoding = encoding;
    const parsed = await readArticleFile(entry.file, encoding ?? undefined);
    if (parsed.error) throw new QosError(parsed.error.code, parsed.error.message);
    entries[entries.indexOf(entry)] = { source, file: entry.file, parsed };
    await save();
    changed();
    return getArticle(parsed.id);
  }

  // Annotating takes milliseconds per article, so it is done when an article is first opened.
  const annotations = new Map<string, Annotations>();
  function annotated(article: LoadedArticle): Article {
    let found = annotations.get(article.hash);
    if (!found) {
      found = options.annotate ? options.annotate(article.text, article.lang) : { mentions: [], figures: [] };
      annotations.set(article.hash, found);
    }
    return { ...article, ...found, quotes: linkSpeakers(article.quotes, found) };
  }

  async function getArticle(id: unknown): Promise<Article> {
    if (typeof id !== 'string') throw new QosError('bad_request', 'an article id is needed');
    const entry = find(id);
    if (!entry) throw new QosError('not_found', `no article ${id}`);
    const article = view(entry);
    if (!isArticle(article))
      throw new QosError(article.error?.code ?? 'io_error', article.error?.message ?? 'unreadable');
    return annotated(article);
  }

  return {
    problems,
    loaded: () => entries.map(view).filter(isArticle),
    annotatedAll: () => entries.map(view).filter(isArticle).map(annotated),
    invalidateAnnotations: () => annotations.clear(),
    close: () => watchers.forEach((stop) => stop()),
    list: () => Promise.resolve(entries.map((e) => summaryOf(view(e)))),
    get: (input) => getArticle(input?.id),
    async importPaths(input) {
      writable();
      if (!Array.isArray(input?.paths) || !input.paths.every((p) => typeof p === 'string')) {
        throw new QosError('bad_request', 'importPaths needs a list of paths');
      }
      const job = new ImportJob(input.paths, addBytes, events);
      jobs.set(job.jobId, job);
      void job.run().finally(() => jobs.delete(job.jobId));
      return { jobId: job.jobId };
    },
    async cancelImport(input) {
      jobs.get(input?.jobId)?.cancel();
    },
    async importFile(input): Promise<ImportFileResult> {
      writable();
      if (typeof input?.name !== 'string' || typeof input.base64 !== 'string') {
        throw new QosError('bad_request', 'importFile needs a name and base64 bytes');
      }
      try {
        const { outcome, id } = await addBytes(
          input.name,
          new Uint8Array(Buffer.from(input.base64, 'base64')),
        );
        return { status: outcome, id };
      } catch (error) {
        return { status: 'failed', error: toApiError(error) };
      }
    },
    async remove(input) {
      writable();
      const ids = new Set(Array.isArray(input?.ids) ? input.ids : []);
      const before = entries.length;
      for (let i = entries.length - 1; i >= 0; i--) if (ids.has(entries[i]!.parsed.id)) entries.splice(i, 1);
      const removed = before - entries.length;
      if (removed > 0) {
        await save();
        changed();
      }
      return removed;
    },
    async setMetadata(input) {
      writable();
      const entry = find(input?.id);
      if (!entry) throw new QosError('not_found', `no article ${String(input?.id)}`);
      const merged: Record<string, unknown> = { ...state.overrides[entry.source.path] };
      for (const field of overridableFields) {
        const value = input.override?.[field];
        if (value === undefined) continue;
        if (value === null) delete merged[field];
        else merged[field] = value;
      }
      state = {
        ...state,
        overrides: { ...state.overrides, [entry.source.path]: merged as MetadataOverride },
      };
      await save();
      changed();
      return getArticle(entry.parsed.id);
    },
    setEncoding: (input) => reread(input?.id, input?.encoding ?? null),
    async watchFolder(input) {
      writable();
      const dir = folderOf(input?.path);
      const stat = await fs.stat(dir).catch(() => null);
      if (!stat?.isDirectory()) throw new QosError('not_found', `no folder ${dir}`);
      if (!state.watched.includes(dir)) {
        state = { ...state, watched: [...state.watched, dir] };
        await save();
      }
      startWatching(dir);
      return state.watched;
    },
    async unwatchFolder(input) {
      writable();
      const dir = folderOf(input?.path);
      watchers.get(dir)?.();
      watchers.delete(dir);
      for (let i = entries.length - 1; i >= 0; i--)
        if (entries[i]!.source.watch === dir) entries.splice(i, 1);
      state = { ...state, watched: state.watched.filter((d) => d !== dir) };
      await save();
      changed();
      return state.watched;
    },
    watchedFolders: () => Promise.resolve(state.watched),
  };
}
