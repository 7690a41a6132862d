import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleSummary } from '../../shared/article';
import type { LibraryService } from '../../shared/contract';
import { QosError } from '../../shared/qos-error';
import { readJsonFile, writeFileAtomic } from '../atomic-file';
import { isArticle, readArticleFile, summaryOf } from '../read-article';
import type { EventHub } from './event-hub';

interface LibraryFile {
  readonly version: 1;
  /** Paths relative to the store (copied articles) or absolute (files read in place). */
  readonly sources: readonly string[];
}

function validateLibraryFile(data: unknown): LibraryFile {
  const value = data as Partial<LibraryFile> | null;
  if (
    !value ||
    value.version !== 1 ||
    !Array.isArray(value.sources) ||
    !value.sources.every((s) => typeof s === 'string')
  ) {
    throw new Error('not a version 1 library file');
  }
  return { version: 1, sources: value.sources };
}

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

export interface LibraryOptions {
  readonly storeDir: string;
  /** The articles that ship with the app, copied into the store on first start. */
  readonly bundledCorpusDir: string;
  /** Read this folder's files in place instead of the store's library (`qos serve --corpus`). */
  readonly corpusDir?: string;
}

/** Where the library's files come from: a given folder, or the store (seeded on first start). */
async function resolveSources(options: LibraryOptions): Promise<string[]> {
  if (options.corpusDir) return listTextFiles(options.corpusDir);
  const file = path.join(options.storeDir, 'library.json');
  const read = await readJsonFile(file, validateLibraryFile);
  if (read.state === 'ok') return read.value.sources.map((s) => path.resolve(options.storeDir, s));
  if (read.state === 'corrupt') {
    // Never replace the reader's library with the defaults: list what the store's folder holds.
    return listTextFiles(path.join(options.storeDir, 'articles')).catch(() => []);
  }
  const articlesDir = path.join(options.storeDir, 'articles');
  await fs.mkdir(articlesDir, { recursive: true });
  const sources: string[] = [];
  for (const bundled of await listTextFiles(options.bundledCorpusDir)) {
    const target = path.join(articlesDir, path.basename(bundled));
    await fs.copyFile(bundled, target);
    sources.push(path.relative(options.storeDir, target));
  }
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, sources } satisfies LibraryFile, null, 2)}\n`);
  return sources.map((s) => path.resolve(options.storeDir, s));
}

export async function openLibrary(options: LibraryOptions, events: EventHub): Promise<LibraryService> {
  const entries: (Article | ArticleSummary)[] = [];
  const seen = new Set<string>();
  for (const source of await resolveSources(options)) {
    const entry = await readArticleFile(source);
    // The same text under two names is one article.
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  events.emit('library.changed', { count: entries.length });

  return {
    list: () => Promise.resolve(entries.map(summaryOf)),
    get(input) {
      const id = typeof input?.id === 'string' ? input.id : undefined;
      if (id === undefined) return Promise.reject(new QosError('bad_request', 'library.get needs an id'));
      const entry = entries.find((e) => e.id === id);
      if (!entry) return Promise.reject(new QosError('not_found', `no article ${id}`));
      if (!isArticle(entry))
        return Promise.reject(
          new QosError(entry.error?.code ?? 'io_error', entry.error?.message ?? 'unreadable'),
        );
      return Promise.resolve(entry);
    },
  };
}
