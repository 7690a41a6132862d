import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import petrovich from 'petrovich';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../shared/search';
import { searchDocumentOf } from '../../core/search/search-document';
import { skeletonKey } from '../../core/search/translit-key';
import { articleFromBytes } from '../read-article';
import { openSearchIndex, type SearchIndex } from './search-index';

/**
 * Recall across grammatical cases and scripts: every name of the seed gold, queried in its case
 * forms and its spellings, finds every article that mentions it.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const corpusDir = path.join(root, 'resources', 'corpus');
const goldPath = process.env['QOS_SEED_GOLD'] ?? path.resolve(root, '../shared/eval/seed-gold.json');

interface GoldEntity {
  readonly id: string;
  readonly type: string;
  readonly en: string;
  readonly ru: string | null;
  readonly note?: string;
  readonly mentions: Readonly<Record<string, readonly string[]>>;
}

const cases = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

/** Case forms of a Russian surname (petrovich), or of a single-word place or company name. */
function russianForms(entity: GoldEntity): string[] {
  const words = (entity.ru ?? '').split(/\s+/);
  const last = words.at(-1) ?? '';
  if (entity.type === 'PER') {
    const female = /[ая]$/.test(words[0] ?? '');
    const inflect = petrovich[female ? 'female' : 'male'].last;
    return [...new Set(cases.map((c) => inflect[c](last)))];
  }
  const stem = last.slice(0, -1);
  if (/[бвгджзклмнпрстфхцчшщ]$/i.test(last)) return [last, `${last}а`, `${last}у`, `${last}ом`, `${last}е`];
  if (last.endsWith('а')) return [last, `${stem}ы`, `${stem}е`, `${stem}у`, `${stem}ой`];
  if (last.endsWith('ь')) return [last, `${stem}и`, `${stem}ью`];
  if (last.endsWith('й')) return [last, `${stem}я`, `${stem}ю`, `${stem}ем`, `${stem}е`];
  return [last];
}

/** The Latin spelling and the common variant without y before a vowel (Tokayev, Tokaev). */
function latinForms(entity: GoldEntity): string[] {
  const last = entity.en.split(/\s+/).at(-1) ?? '';
  return [...new Set([last, last.replace(/y(?=[aeiou])/g, '')])];
}

function readDocs(entities: readonly GoldEntity[] | null): SearchDocument[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const doc = searchDocumentOf(
        articleFromBytes(new Uint8Array(readFileSync(path.join(corpusDir, file))), file),
      );
      if (!entities) return doc;
      // What the annotator gives the index: the entities an article mentions, with all their names.
      const mentioned = entities
        .filter((e) => e.mentions[file])
        .map((e) => ({ id: e.id, names: [e.en, ...(e.ru ? [e.ru] : []), ...(e.mentions[file] ?? [])] }));
      return { ...doc, entities: mentioned };
    });
}

let gold: GoldEntity[];
const dirs: string[] = [];
let textOnly: SearchIndex;
let withEntities: SearchIndex;

beforeAll(async () => {
  if (!existsSync(goldPath)) throw new Error(`seed gold not found at ${goldPath} (set QOS_SEED_GOLD)`);
  gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { entities: GoldEntity[] }).entities;
  const open = async (docs: SearchDocument[]): Promise<SearchIndex> => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qos-recall-'));
    dirs.push(dir);
    const index = await openSearchIndex({ dir, threads: 0 });
    await index.add(docs);
    return index;
  };
  textOnly = await open(readDocs(null));
  withEntities = await open(readDocs(gold));
}, 60_000);

afterAll(async () => {
  await textOnly.close();
  await withEntities.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function missing(index: SearchIndex, query: string, files: readonly string[]): Promise<string[]> {
  const found = new Set((await index.search({ text: query, limit: 50 })).hits.map((h) => h.file));
  return files.filter((f) => !found.has(f)).map((f) => `${query} → ${f}`);
}

describe('name recall across cases and scripts', () => {
  it('finds people by surname in every case, in Cyrillic and in Latin, from the text alone', async () => {
    // Notes mark names the text does not spell out (first name and patronymic only; a misspelling).
    const people = gold.filter((e) => e.type === 'PER' && e.ru && !e.note);
    expect(people.length).toBeGreaterThan(10);
    const misses: string[] = [];
    for (const person of people) {
      const files = Object.keys(person.mentions);
      for (const query of [...russianForms(person), ...latinForms(person)]) {
        misses.push(...(await missing(textOnly, query, files)));
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds places and companies whose names transliterate, in every case and both scripts', async () => {
    const named = gold.filter((e) => {
      if (e.type === 'PER' || !e.ru || e.note || /[\s-]/.test(e.en + e.ru)) return false;
      const latin = skeletonKey(e.en.toLowerCase());
      return latin !== null && latin === skeletonKey(e.ru.toLowerCase());
    });
    expect(named.length).toBeGreaterThan(8);
    const misses: string[] = [];
    for (const entity of named) {
      const files = Object.keys(entity.mentions);
      for (const query of [...russianForms(entity), entity.en])
        misses.push(...(await missing(textOnly, query, files)));
    }
    expect(misses).toEqual([]);
  });

  it('with entities from the annotator, finds every entity by its English or Russian name', async () => {
    const misses: string[] = [];
    for (const entity of gold) {
      const files = Object.keys(entity.mentions);
      for (const query of [entity.en, entity.ru, ...(entity.ru ? russianForms(entity) : [])]) {
        if (query) misses.push(...(await missing(withEntities, query, files)));
      }
    }
    expect(misses).toEqual([]);
  });

  it('with entities, filters by entity id', async () => {
    const result = await withEntities.search({ text: '', entityIds: ['mishustin'], limit: 50 });
    expect(result.hits.map((h) => h.file).sort()).toEqual(
      Object.keys(gold.find((e) => e.id === 'mishustin')?.mentions ?? {}).sort(),
    );
  });
});
