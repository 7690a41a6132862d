import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../corpus/parse-article';
import { createAnnotator } from '../entities/annotator';
import { loadKb } from '../../node/kb';
import { loadMorphology } from '../../node/morphology';
import { pairingDocFrom } from './pairing-doc';
import { createPairingIndex, type PairingIndex } from './pairing-index';
import { groupStories } from './stories';

// The bundled seed corpus through the product's own pipeline: parse, annotate, pair. Expectations are
// the project's reading of the five articles (two Tokayev–Minnikhanov reports and a Russian one on
// another visit; two reports of the Tokayev–Mishustin meeting of 19 August).
const dir = path.resolve(__dirname, '../../../resources/corpus');
const byPrefix = (prefix: string) => {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed article ${prefix}`);
  return file;
};

let index: PairingIndex;

beforeAll(async () => {
  const annotator = createAnnotator(await loadKb(), await loadMorphology());
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      const parsed = parseArticle(new Uint8Array(readFileSync(path.join(dir, file))));
      return pairingDocFrom({ id: file, ...parsed }, annotator.annotate(parsed.text, parsed.lang));
    });
  index = createPairingIndex(docs);
}, 60_000);

describe('seed corpus', () => {
  it('offers both Tokayev–Minnikhanov reports first for the Russian article', () => {
    const ranked = index.counterparts(byPrefix('002')).counterparts.map((c) => c.id);
    expect(ranked.slice(0, 2).sort()).toEqual([byPrefix('000'), byPrefix('001')]);
    expect(ranked.slice(2).sort()).toEqual([byPrefix('003'), byPrefix('004')]);
  });

  it('makes the two reports of the Mishustin meeting each other’s first counterpart, for shared reasons', () => {
    const [a, b] = [byPrefix('003'), byPrefix('004')];
    expect(index.rank(a)[0]?.id).toBe(b);
    expect(index.rank(b)[0]?.id).toBe(a);
    const labels = index.rank(a)[0]?.reasons.map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(['26%', 'Mishustin', 'Tokayev']));
  });

  it('groups one event and one thread of meetings', () => {
    const stories = groupStories(index).map((s) => ({ ids: [...s.ids].sort(), sameEvent: s.sameEvent }));
    expect(stories).toContainEqual({ ids: [byPrefix('003'), byPrefix('004')], sameEvent: true });
    expect(stories).toContainEqual({
      ids: [byPrefix('000'), byPrefix('001'), byPrefix('002')],
      sameEvent: false,
    });
    expect(stories).toHaveLength(2);
  });
});
