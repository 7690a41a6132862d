import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { captureIo } from '../capture-io';

const root = path.resolve(import.meta.dirname, '../../..');
const corpusDir = path.join(root, 'resources', 'corpus');
const goldPath = process.env['QOS_SEED_GOLD'] ?? path.resolve(root, '../shared/eval/seed-gold.json');

const io = () => captureIo(root);

interface JsonResult {
  total: number;
  hits: { file: string; title: string | null; lang: string; score: number; snippet: string }[];
}

let store: string;

async function search(...args: string[]): Promise<JsonResult> {
  const t = io();
  expect(
    await runCli(['search', '--store', store, '--json', '--threads', '0', ...args], t.io),
    t.err.join(''),
  ).toBe(0);
  return JSON.parse(t.out.join('')) as JsonResult;
}

beforeAll(async () => {
  store = mkdtempSync(path.join(os.tmpdir(), 'qos-cli-search-'));
  const t = io();
  expect(await runCli(['index', corpusDir, '--store', store, '--threads', '0'], t.io), t.err.join('')).toBe(
    0,
  );
  expect(t.out.join('')).toMatch(/5 added/);
}, 60_000);

afterAll(() => rmSync(store, { recursive: true, force: true }));

describe('qos index and qos search', () => {
  it('answers every search of the seed gold', async () => {
    if (!existsSync(goldPath)) throw new Error(`seed gold not found at ${goldPath} (set QOS_SEED_GOLD)`);
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
      searches: { query: string; must_find: string[]; must_not_find?: string[] }[];
    };
    for (const s of gold.searches) {
      const result = await search(s.query, '--limit', '50');
      const files = result.hits.map((h) => h.file);
      for (const f of s.must_find) expect(files, `${s.query} finds ${f}`).toContain(f);
      for (const f of s.must_not_find ?? []) expect(files, `${s.query} misses ${f}`).not.toContain(f);
      for (const hit of result.hits) {
        expect(Object.keys(hit)).toEqual(
          expect.arrayContaining(['file', 'title', 'lang', 'score', 'snippet']),
        );
      }
    }
  });

  it('skips articles already indexed', async () => {
    const t = io();
    expect(await runCli(['index', corpusDir, '--store', store, '--threads', '0', '--json'], t.io)).toBe(0);
    const summary = JSON.parse(t.out.join('')) as { added: number; skipped: number; documents: number };
    expect(summary).toMatchObject({ added: 0, skipped: 5, documents: 5 });
  });

  it('takes exclusions as query words, filters by language and limits', async () => {
    const excluded = await search('Kazakh', '-Putin');
    expect(excluded.hits.map((h) => h.file)).not.toContain('003_d03093df481e4224.txt');
    const ru = await search('Tokayev', '--lang', 'ru');
    expect(ru.hits.map((h) => h.lang)).toEqual(['ru']);
    const one = await search('Tokayev', '--limit', '1');
    expect(one.hits).toHaveLength(1);
    expect(one.total).toBe(5);
  });

  it('never fails on hostile queries', async () => {
    for (const query of ['Касым-Жомарт:', '*', '"', '+', '~2', '^', 'x'.repeat(10_240)])
      await search('--', query);
    await search('--', '-');
  });

  it('reports a missing index and bad options', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'qos-cli-empty-'));
    try {
      const t = io();
      expect(await runCli(['search', 'Tokayev', '--store', empty], t.io)).toBe(1);
      expect(t.err.join('')).toMatch(/no search index/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const bad = io();
    expect(await runCli(['search', 'Tokayev', '--store', store, '--lang', 'de'], bad.io)).toBe(2);
    const noPath = io();
    expect(await runCli(['index', '--store', store], noPath.io)).toBe(2);
  });
});
