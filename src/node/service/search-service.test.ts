import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../app-paths';
import { tempDirs } from '../test-temp';
import { createBackend, type Backend } from './create-service';

const gold = (await import('node:fs')).readFileSync(
  path.resolve(import.meta.dirname, '../../../../shared/eval/seed-gold.json'),
  'utf8',
);
const searches = (
  JSON.parse(gold) as { searches: { query: string; must_find: string[]; must_not_find?: string[] }[] }
).searches;

const tmp = tempDirs('qos-search-svc-');

describe('search through the service', () => {
  let backend: Backend;
  const fileOf = new Map<string, string>();

  beforeAll(async () => {
    backend = await createBackend({
      storeDir: tmp(),
      bundledCorpusDir: bundledCorpusDir(),
      shell: 'browser',
      systemLanguages: ['en'],
      indexNow: true,
    });
    for (const a of await backend.services.library.list()) fileOf.set(a.id, a.file);
    // the app builds the index in the background; wait for the signal that it has caught up
    await new Promise<void>((resolve) => {
      const stop = backend.events.subscribe((name) => {
        if (name === 'search.ready') {
          stop();
          resolve();
        }
      });
      void backend.services.search.status().then((s) => s.upToDate && resolve());
    });
  }, 60_000);
  afterAll(() => backend.close());

  it.each(searches)(
    'finds what the seed reading expects for "$query"',
    async ({ query, must_find, must_not_find }) => {
      const result = await backend.services.search.query({ text: query, limit: 50 });
      const files = result.hits.map((h) => fileOf.get(h.id) ?? h.file);
      for (const f of must_find) expect(files, `${query} must find ${f}`).toContain(f);
      for (const f of must_not_find ?? []) expect(files, `${query} must not find ${f}`).not.toContain(f);
    },
  );

  it('cleans untrusted queries instead of failing on them', async () => {
    const result = await backend.services.search.query({
      text: 'Касым-Жомарт:',
      limit: 'ten',
      outlets: 5,
      sort: 'sideways',
    } as never);
    expect(result.total).toBeGreaterThan(0);
    await expect(backend.services.search.query({} as never)).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('follows the library: a removed article is no longer found', async () => {
    const afghan = await backend.services.search.query({ text: 'Afghanistan' });
    expect(afghan.hits).toHaveLength(1);
    await backend.services.library.remove({ ids: [afghan.hits[0]!.id] });
    await expect
      .poll(async () => (await backend.services.search.query({ text: 'Afghanistan' })).hits.length, {
        timeout: 20_000,
      })
      .toBe(0);
  });
});
