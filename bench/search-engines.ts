import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { SearchDocument } from '../src/shared/search';
import type { BenchQuery } from './search-corpus';

/**
 * The engines the search benchmark compares, behind one small interface. Qos runs its real index
 * (workers, segments, snippets); the peers run as their users would set them up, with AND semantics
 * like Qos, prefix and phrase syntax where they have it (words otherwise).
 */

export interface Session {
  /** Runs one query and returns how many hits it gave (up to 20, with what the engine shows of them). */
  search(query: BenchQuery): Promise<number>;
  /** Matches and ranks without fetching hits: Qos without snippets; the peers' search is that already. */
  rank(query: BenchQuery): Promise<number>;
  /** Adds one article and makes the change durable where the engine can (see `durable`). */
  add(doc: SearchDocument): Promise<void>;
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: string;
  /** Whether add/remove above are written to disk (else they are in memory only). */
  readonly durable: boolean;
  build(docs: readonly SearchDocument[], dir: string): Promise<void>;
  open(dir: string): Promise<Session>;
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

async function qosEngine(workerUrl: URL | undefined): Promise<Engine> {
  const { openSearchIndex } = await import('../src/node/search/search-index');
  const options = (dir: string) => ({ dir, ...(workerUrl ? { workerUrl } : {}) });
  return {
    name: 'qos',
    durable: true,
    async build(docs, dir) {
      const index = await openSearchIndex(options(dir));
      await index.add(docs);
      await index.close();
    },
    async open(dir) {
      const index = await openSearchIndex(options(dir));
      return {
        search: async (q) => (await index.search({ text: q.text, limit: 20 })).hits.length,
        rank: async (q) => (await index.search({ text: q.text, limit: 0 })).total,
        add: (doc) => index.add([doc]),
        remove: (id) => index.remove([id]),
        close: () => index.close(),
      };
    },
  };
}

/** A first answer as soon as any segment is loaded, then the full load: for cold-open timing. */
export async function qosFirstAnswer(
  dir: string,
  workerUrl: URL | undefined,
  text: string,
): Promise<{ first: number; full: number; hits: number }> {
  const { openSearchIndex } = await import('../src/node/search/search-index');
  const index = await openSearchIndex({ dir, ...(workerUrl ? { workerUrl } : {}) });
  const partial = await index.search({ text, limit: 20, partial: true });
  const first = performance.now();
  const full = await index.search({ text, limit: 20 });
  const fullAt = performance.now();
  await index.close();
  return { first, full: fullAt, hits: Math.max(partial.hits.length, full.hits.length) };
}

async function miniSearchEngine(): Promise<Engine> {
  const { default: MiniSearch } = await import('minisearch');
  const config = { fields: ['title', 'text'], storeFields: ['file', 'title'], idField: 'id' };
  const file = (dir: string): string => path.join(dir, 'minisearch.json');
  return {
    name: 'minisearch',
    durable: false,
    async build(docs, dir) {
      const ms = new MiniSearch(config);
      ms.addAll(docs.map((d) => ({ ...d })));
      await fs.writeFile(file(dir), JSON.stringify(ms));
    },
    async open(dir) {
      const ms = MiniSearch.loadJSON(await fs.readFile(file(dir), 'utf8'), config);
      const search = async (q: BenchQuery): Promise<number> => {
        const prefix = q.kind === 'prefix';
        const text = q.text.replace(/[*"]/g, ' ');
        return ms.search(text, { combineWith: 'AND', prefix }).slice(0, 20).length;
      };
      return {
        search,
        rank: search,
        add: async (doc) => ms.add({ ...doc }),
        remove: async (id) => ms.discard(id),
        close: async () => undefined,
      };
    },
  };
}

type FlexDoc = { id: string; title: string; text: string; file: string };
interface FlexDocument {
  add(doc: FlexDoc): unknown;
  remove(id: string): unknown;
  search(query: string, options: { limit: number; suggest?: boolean }): { field: string; result: string[] }[];
  export(handler: (key: string, data: string) => void): unknown;
  import(key: string, data: string): unknown;
}

async function flexSearchEngine(): Promise<Engine> {
  const flex = (await import('flexsearch')) as unknown as {
    Document: new (options: object) => FlexDocument;
    default?: { Document: new (options: object) => FlexDocument };
  };
  const DocumentClass = flex.Document ?? flex.default?.Document;
  if (!DocumentClass) throw new Error('flexsearch Document not found');
  const make = (): FlexDocument =>
    new DocumentClass({
      tokenize: 'forward',
      document: { id: 'id', index: ['title', 'text'], store: ['file', 'title'] },
    });
  const file = (dir: string): string => path.join(dir, 'flexsearch.json');
  const toFlex = (d: SearchDocument): FlexDoc => ({
    id: d.id,
    title: d.title ?? '',
    text: d.text,
    file: d.file,
  });
  return {
    name: 'flexsearch',
    durable: false,
    async build(docs, dir) {
      const index = make();
      for (const doc of docs) index.add(toFlex(doc));
      const parts: Record<string, string> = {};
      await index.export((key, data) => {
        parts[key] = data;
      });
      await fs.writeFile(file(dir), JSON.stringify(parts));
    },
    async open(dir) {
      const index = make();
      const parts = JSON.parse(await fs.readFile(file(dir), 'utf8')) as Record<string, string>;
      for (const [key, data] of Object.entries(parts)) await index.import(key, data);
      const search = async (q: BenchQuery): Promise<number> => {
        const text = words(q.text).join(' ');
        const ids = new Set<string>();
        for (const field of index.search(text, { limit: 20 })) for (const id of field.result) ids.add(id);
        return Math.min(ids.size, 20);
      };
      return {
        search,
        rank: search,
        add: async (doc) => void index.add(toFlex(doc)),
        remove: async (id) => void index.remove(id),
        close: async () => undefined,
      };
    },
  };
}

interface Statement {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction<T extends (...args: never[]) => void>(fn: T): T;
  close(): void;
}

async function sqliteEngine(): Promise<Engine | null> {
  let Sqlite: new (file: string) => Database;
  try {
    Sqlite = (await import('better-sqlite3')).default as unknown as typeof Sqlite;
    new Sqlite(':memory:').exec('CREATE VIRTUAL TABLE t USING fts5(x)');
  } catch {
    return null;
  }
  const file = (dir: string): string => path.join(dir, 'fts5.sqlite');
  const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;
  const match = (q: BenchQuery): string => {
    const list = words(q.text);
    if (q.kind === 'phrase') return quote(list.join(' '));
    if (q.kind === 'prefix') return `${quote(list[0] ?? '')}*`;
    return list.map(quote).join(' ');
  };
  return {
    name: 'sqlite-fts5',
    durable: true,
    async build(docs, dir) {
      if (existsSync(file(dir))) await fs.rm(file(dir));
      const db = new Sqlite(file(dir));
      db.exec(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, file UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')",
      );
      const insert = db.prepare('INSERT INTO docs (id, file, title, text) VALUES (?, ?, ?, ?)');
      db.transaction(() => {
        for (const d of docs) insert.run(d.id, d.file, d.title ?? '', d.text);
      })();
      db.close();
    },
    async open(dir) {
      const db = new Sqlite(file(dir));
      const query = db.prepare('SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20');
      const insert = db.prepare('INSERT INTO docs (id, file, title, text) VALUES (?, ?, ?, ?)');
      const remove = db.prepare('DELETE FROM docs WHERE id = ?');
      const search = async (q: BenchQuery): Promise<number> => {
        const expression = match(q);
        return expression.replace(/["*\s]/g, '') === '' ? 0 : query.all(expression).length;
      };
      return {
        search,
        rank: search,
        add: async (d) => void insert.run(d.id, d.file, d.title ?? '', d.text),
        remove: async (id) => void remove.run(id),
        close: async () => db.close(),
      };
    },
  };
}

export const engineNames = ['qos', 'minisearch', 'flexsearch', 'sqlite-fts5'] as const;
export type EngineName = (typeof engineNames)[number];

export async function loadEngine(name: EngineName, workerUrl: URL | undefined): Promise<Engine | null> {
  if (name === 'qos') return qosEngine(workerUrl);
  if (name === 'minisearch') return miniSearchEngine();
  if (name === 'flexsearch') return flexSearchEngine();
  return sqliteEngine();
}
