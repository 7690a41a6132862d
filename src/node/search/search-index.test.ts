import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../shared/search';
import { searchDocumentOf } from '../../core/search/search-document';
import { articleFromBytes } from '../read-article';
import { openSearchIndex, type SearchIndex } from './search-index';

const root = path.resolve(import.meta.dirname, '../../..');
const corpusDir = path.join(root, 'resources', 'corpus');
// the expected reading lives in the shared folder beside the repository (CI checks it out there too)
const goldPath = process.env['QOS_SEED_GOLD'] ?? path.resolve(root, '../shared/eval/seed-gold.json');

interface GoldSearch {
  readonly query: string;
  readonly must_find: readonly string[];
  readonly must_not_find?: readonly string[];
}

function seedDocuments(): SearchDocument[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) =>
      searchDocumentOf(articleFromBytes(new Uint8Array(readFileSync(path.join(corpusDir, file))), file)),
    );
}

let dir: string;
let index: SearchIndex;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qos-search-'));
  index = await openSearchIndex({ dir, threads: 0 });
  await index.add(seedDocuments());
}, 60_000);

afterAll(async () => {
  await index.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search over the seed corpus', () => {
  it('answers every search of the seed gold', async () => {
    if (!existsSync(goldPath)) throw new Error(`seed gold not found at ${goldPath} (set QOS_SEED_GOLD)`);
    const searches = (JSON.parse(readFileSync(goldPath, 'utf8')) as { searches: GoldSearch[] }).searches;
    expect(searches.length).toBeGreaterThan(0);
    for (const search of searches) {
      const result = await index.search({ text: search.query, limit: 50 });
      const files = result.hits.map((h) => h.file);
      for (const file of search.must_find) expect(files, `${search.query} finds ${file}`).toContain(file);
      for (const file of search.must_not_find ?? [])
        expect(files, `${search.query} misses ${file}`).not.toContain(file);
      expect(result.total).toBe(result.hits.length);
    }
  });

  it('returns hits with stored fields and highlighted snippets', async () => {
    const result = await index.search({ text: 'Минниханова' });
    expect(result.complete).toBe(true);
    expect(result.terms).toEqual(['минниханова']);
    for (const hit of result.hits) {
      expect(hit.snippet.highlights.length).toBeGreaterThan(0);
      for (const [start, end] of hit.snippet.highlights) {
        expect(hit.snippet.text.slice(start, end)).toMatch(/^(Минниханов|Minnikhanov)/);
      }
      expect(['ru', 'en']).toContain(hit.lang);
      expect(hit.score).toBeGreaterThan(0);
    }
  });

  it('filters by language and sorts by date', async () => {
    const ru = await index.search({ text: 'Tokayev', lang: 'ru' });
    expect(ru.hits.map((h) => h.lang)).toEqual(['ru']);
    const byDate = await index.search({ text: 'Tokayev', sort: 'date' });
    const dated = byDate.hits.map((h) => h.date).filter((d): d is string => d !== null && /^\d{4}/.test(d));
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('pages through results', async () => {
    const all = await index.search({ text: 'Tokayev', limit: 10 });
    const first = await index.search({ text: 'Tokayev', limit: 2 });
    const second = await index.search({ text: 'Tokayev', limit: 2, offset: 2 });
    expect(first.total).toBe(all.total);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.hits.slice(0, 4).map((h) => h.id));
  });

  it('never throws on hostile input', async () => {
    const hostile = ['Касым-Жомарт:', '*', '"', '+', '-', '~2', '^', '', '\u0000', 'a*', 'x'.repeat(10_240)];
    hostile.push('Токаев "Kassym-Jomart Tokayev" -Putin Токае* '.repeat(250));
    for (const text of hostile) {
      const result = await index.search({ text });
      expect(result.hits.length).toBeLessThanOrEqual(20);
    }
    const odd = await index.search({ text: 'Tokayev', limit: Number.NaN, offset: -5 });
    expect(odd.hits.length).toBeGreaterThan(0);
  });
});

describe('search in worker threads', () => {
  it('gives the same answers as in-thread search', async () => {
    const workerDir = mkdtempSync(path.join(os.tmpdir(), 'qos-search-workers-'));
    const workers = await openSearchIndex({ dir: workerDir, threads: 2 });
    try {
      await workers.add(seedDocuments());
      for (const text of ['Tokayev', 'Токаеву', '"trade turnover"', 'Kazakh -Putin', 'Tatn*']) {
        const [a, b] = await Promise.all([workers.search({ text }), index.search({ text })]);
        expect(
          a.hits.map((h) => h.id),
          text,
        ).toEqual(b.hits.map((h) => h.id));
        expect(a.hits.map((h) => h.snippet)).toEqual(b.hits.map((h) => h.snippet));
      }
    } finally {
      await workers.close();
      rmSync(workerDir, { recursive: true, force: true });
    }
  }, 60_000);
});
