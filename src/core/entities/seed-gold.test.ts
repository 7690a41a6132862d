import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/parse-article';
import { loadKb } from '../../node/kb';
import { loadLexicon } from '../../node/lexicon';
import { loadMorphology } from '../../node/morphology';
import type { Annotations } from '../../shared/entities';
import { createAnnotator } from './annotator';
import type { KbEntity } from './kb-schema';

interface Gold {
  entities: { id: string; type: string; mentions: Record<string, string[]> }[];
  figures: { file: string; type: string; text: string; value: number | string; currency?: string }[];
  not_scored: { surfaces: string[] };
}

const root = path.resolve(import.meta.dirname, '../../..');
const corpus = path.join(root, 'resources', 'corpus');
// the expected reading lives in the shared folder beside the repository (CI checks it out there too)
const goldPath = process.env['QOS_SEED_GOLD'] ?? path.resolve(root, '../shared/eval/seed-gold.json');

let kb: KbEntity[];
let gold: Gold;
const results = new Map<string, Annotations>();

beforeAll(async () => {
  if (!existsSync(goldPath)) throw new Error(`seed gold not found at ${goldPath} (set QOS_SEED_GOLD)`);
  gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  kb = await loadKb(process.env['QOS_TEST_RESOURCES'] ?? path.join(root, 'resources'));
  const annotator = createAnnotator(kb, await loadMorphology(), await loadLexicon());
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
    const parsed = parseArticle(new Uint8Array(readFileSync(path.join(corpus, file))));
    const annotations = annotator.annotate(parsed.text, parsed.lang);
    for (const m of annotations.mentions) expect(parsed.text.slice(m.start, m.end)).toBe(m.text);
    results.set(file, annotations);
  }
});

describe('seed articles against the expected reading', () => {
  it('finds every listed mention with its type, linked to the knowledge-base entity', () => {
    const missing: string[] = [];
    for (const entity of gold.entities) {
      const kbEntity = kb.find((e) => e.slug === entity.id);
      for (const [file, surfaces] of Object.entries(entity.mentions)) {
        const mentions = results.get(file)?.mentions ?? [];
        for (const surface of surfaces) {
          const ok = mentions.some(
            (m) => m.text === surface && m.type === entity.type && m.id === kbEntity?.id,
          );
          if (!ok) {
            const seen = mentions.filter((m) => m.text === surface).map((m) => `${m.type} ${m.id}`);
            missing.push(`${file}: ${surface} (${entity.type} ${entity.id}) got [${seen.join(', ')}]`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds every listed figure with its value and currency', () => {
    const missing = gold.figures.filter((g) => {
      const figures = results.get(g.file)?.figures ?? [];
      return !figures.some(
        (f) => f.text === g.text && f.type === g.type && f.value === g.value && f.currency === g.currency,
      );
    });
    expect(missing).toEqual([]);
  });

  it('marks at most 5% more person, organisation and place mentions than the reading lists', () => {
    const ignored = new Set(gold.not_scored.surfaces);
    let total = 0;
    const extra: string[] = [];
    for (const [file, { mentions }] of results) {
      const listed = new Set(gold.entities.flatMap((e) => e.mentions[file] ?? []));
      for (const m of mentions) {
        if (m.type === 'EVENT' || ignored.has(m.text)) continue;
        total++;
        if (!listed.has(m.text)) extra.push(`${file}: ${m.text} (${m.type})`);
      }
    }
    expect(extra.length / total, extra.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
