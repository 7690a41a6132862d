import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../shared/search';
import { segmentFiles, type Manifest } from './manifest';
import { fingerprintOf } from '../../core/search/document-store';
import {
  openSearchIndex,
  readIndexFingerprint,
  type OpenSearchIndexOptions,
  type SearchIndex,
} from './search-index';

const towns = ['Астана', 'Алматы', 'Шымкент', 'Караганда', 'Актобе', 'Тараз', 'Павлодар', 'Костанай'];

function article(i: number): SearchDocument {
  const ru = i % 2 === 0;
  return {
    id: `a${i}`,
    file: `a${i}.txt`,
    title: ru ? `Новости ${towns[i % towns.length]}` : `News from Astana, part ${i}`,
    text: ru
      ? `Президент Токаев посетил город ${towns[i % towns.length]}. Отметка${i} в тексте.`
      : `President Tokayev spoke in Astana. Marker${i} in the text.`,
    lang: ru ? 'ru' : 'en',
    date: `2021-01-${String((i % 28) + 1).padStart(2, '0')}`,
    outlet: ru ? 'Хабар 24' : 'Kazinform',
  };
}

const range = (from: number, to: number): SearchDocument[] =>
  Array.from({ length: to - from }, (_, k) => article(from + k));

let dir: string;
const opened: SearchIndex[] = [];

async function open(options: Partial<OpenSearchIndexOptions> = {}): Promise<SearchIndex> {
  const index = await openSearchIndex({
    dir,
    threads: 0,
    morphology: 'none',
    sizes: { segmentSize: 8, deltaSize: 3 },
    ...options,
  });
  opened.push(index);
  return index;
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

async function files(index: SearchIndex, text: string): Promise<string[]> {
  return (await index.search({ text, limit: 500 })).hits.map((h) => h.file).sort();
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qos-persist-'));
});

afterEach(async () => {
  for (const index of opened.splice(0)) await index.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search index persistence', () => {
  it('reopens with the same articles and answers', async () => {
    const first = await open();
    await first.add(range(0, 20));
    const before = await first.search({ text: 'Tokayev', limit: 50 });
    const status = await first.status();
    await first.close();
    const second = await open();
    const after = await second.search({ text: 'Tokayev', limit: 50 });
    expect(after.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
    expect((await second.status()).fingerprint).toBe(status.fingerprint);
    // The library can tell whether the index holds its articles without opening it.
    expect(await readIndexFingerprint(dir)).toBe(fingerprintOf(range(0, 20).map((d) => d.id)));
    await second.remove(['a0']);
    expect(await readIndexFingerprint(dir)).toBe(fingerprintOf(range(1, 20).map((d) => d.id)));
    expect(status.documents).toBe(20);
    expect(manifest().segments.length).toBeGreaterThan(1);
  });

  it('adds to the delta and tombstones removals without rewriting other segments', async () => {
    const index = await open();
    await index.add(range(0, 16));
    await index.whenIdle();
    const sealed = manifest().segments.filter((s) => !s.delta);
    await index.add([article(101)]);
    const afterAdd = manifest().segments;
    for (const s of sealed) expect(afterAdd).toContainEqual(s);
    expect(afterAdd.find((s) => s.delta)?.docIds).toEqual(['a101']);
    expect(await files(index, 'Marker101')).toEqual(['a101.txt']);

    await index.remove(['a3']);
    const afterRemove = manifest().segments;
    const holder = afterRemove.find((s) => s.docIds.includes('a3'));
    expect(holder?.deleted).toEqual(['a3']);
    const unchanged = sealed.find((s) => s.id === holder?.id);
    expect({ ...holder, deleted: [] }).toEqual(unchanged);
    expect(await files(index, 'Marker3')).toEqual([]);
    expect(index.has('a3')).toBe(false);
    expect((await index.status()).tombstones).toBe(1);
  });

  it('replaces an article added again under the same id', async () => {
    const index = await open();
    await index.add(range(0, 10));
    await index.add([{ ...article(4), text: 'Совсем другой текст про Мишустина.' }]);
    expect(await files(index, 'Отметка4')).toEqual([]);
    expect(await files(index, 'Мишустин')).toEqual(['a4.txt']);
    expect((await index.status()).documents).toBe(10);
  });

  it('seals the delta and merges small segments as articles arrive one by one', async () => {
    const index = await open();
    for (let i = 0; i < 30; i++) await index.add([article(i)]);
    await index.whenIdle();
    const segments = manifest().segments;
    expect(segments.length).toBeLessThanOrEqual(8);
    expect(segments.filter((s) => s.delta).length).toBeLessThanOrEqual(1);
    expect((await index.search({ text: 'Tokayev', limit: 100 })).total).toBe(30);
  });

  it('compacts a segment once many of its articles are removed', async () => {
    const index = await open();
    await index.add(range(0, 16));
    await index.whenIdle();
    const target = manifest().segments.find((s) => !s.delta && s.docIds.length >= 4);
    if (!target) throw new Error('no sealed segment');
    await index.remove(target.docIds.slice(0, 3));
    await index.whenIdle();
    const segments = manifest().segments;
    expect(segments.some((s) => s.id === target.id)).toBe(false);
    expect(segments.flatMap((s) => s.deleted)).toEqual([]);
    expect((await index.search({ text: 'Tokayev', limit: 100 })).total).toBe(13);
    // Replaced files are gone from disk.
    const names = readdirSync(path.join(dir, 'segments'));
    expect(
      names.some((n) => n.startsWith(path.basename(segmentFiles(dir, target).index).split('.')[0] ?? '-')),
    ).toBe(false);
  });

  it('syncs to a given set of articles', async () => {
    const index = await open();
    await index.add(range(0, 10));
    const outcome = await index.sync(range(5, 15));
    expect(outcome).toEqual({ added: 5, removed: 5 });
    expect((await index.search({ text: 'Tokayev', limit: 100 })).hits.map((h) => h.id).sort()).toEqual(
      range(5, 15)
        .map((d) => d.id)
        .sort(),
    );
  });
});

describe('damaged and outdated indexes', () => {
  it('detects a corrupted segment file by its checksum and rebuilds it from the segment store', async () => {
    const first = await open();
    await first.add(range(0, 20));
    const before = await files(first, 'Tokayev');
    await first.close();
    const victim = manifest().segments[0];
    if (!victim) throw new Error('no segment');
    const file = segmentFiles(dir, victim).index;
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);

    const second = await open();
    expect(await files(second, 'Tokayev')).toEqual(before);
    const status = await second.status();
    expect(status.problems.join('\n')).toMatch(/checksum/);
    expect(status.documents).toBe(20);
    await second.whenIdle();
    expect(manifest().segments.find((s) => s.id === victim.id)?.gen).toBe(victim.gen + 1);
  });

  it('loses only the articles whose stored copy is damaged, and says so', async () => {
    const first = await open();
    await first.add(range(0, 8));
    await first.close();
    const victim = manifest().segments[0];
    if (!victim) throw new Error('no segment');
    const { index: indexFile, store } = segmentFiles(dir, victim);
    writeFileSync(indexFile, 'garbage');
    const lines = readFileSync(store, 'utf8').split('\n');
    lines[1] = '{ torn';
    writeFileSync(store, lines.join('\n'));

    const second = await open();
    await second.whenLoaded();
    const status = await second.status();
    expect(status.documents).toBe(victim.docIds.length - 1);
    expect(status.problems.join('\n')).toMatch(/1 article\(s\) lost/);
    expect(second.has(victim.docIds[1] ?? '')).toBe(false);
  });

  it('rebuilds a lost or unreadable manifest from the segment stores', async () => {
    const first = await open();
    await first.add(range(0, 12));
    const before = await files(first, 'Astana');
    await first.close();
    writeFileSync(path.join(dir, 'manifest.json'), '{"format": 1, "segm');
    const second = await open();
    expect(await files(second, 'Astana')).toEqual(before);
    expect((await second.status()).problems.join('\n')).toMatch(/manifest unreadable/);
  });

  it('rebuilds segments made by another pipeline (a stale index)', async () => {
    const first = await open({ morphology: 'none' });
    await first.add(range(0, 12));
    await first.close();
    const second = await open({ morphology: 'az' });
    await second.whenLoaded();
    expect((await second.status()).problems.join('\n')).toMatch(/another pipeline/);
    // Russian articles by case form, English ones by translit.
    expect(await files(second, 'Токаеву')).toEqual(
      range(0, 12)
        .map((d) => d.file)
        .sort(),
    );
    expect(await files(second, 'Павлодаре')).toEqual(['a6.txt']);
  });
});
