import { describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../app-paths';
import { tempDirs } from '../test-temp';
import { createBackend } from './create-service';

const russian = [
  'Ливни встретилась с послом',
  '',
  'Министр иностранных дел Израиля Ципи Ливни встретилась в среду с послом Франции.',
].join('\n');
const english = [
  'Livni meets the French ambassador',
  '',
  'Israeli Foreign Minister Tzipi Livni met the French ambassador on Wednesday.',
].join('\n');

const tmp = tempDirs('qos-card-');

async function libraryOf(texts: readonly string[]) {
  const backend = await createBackend({
    storeDir: tmp(),
    bundledCorpusDir: bundledCorpusDir(),
    shell: 'browser',
    systemLanguages: ['en'],
  });
  const ids: string[] = [];
  for (const [n, text] of texts.entries()) {
    const result = await backend.services.library.importFile({
      name: `livni-${n}.txt`,
      base64: Buffer.from(text).toString('base64'),
    });
    if (result.status === 'failed') throw new Error(`import failed: ${result.error.message}`);
    ids.push(result.id);
  }
  return { backend, ids };
}

describe('the card of an entity the knowledge base lacks', () => {
  // each order: before, the names were the first mention's, a transliteration or no Russian name
  for (const order of [
    [russian, english],
    [english, russian],
  ]) {
    it(`takes each language's name from a text in it (${order[0] === russian ? 'Russian' : 'English'} article first)`, async () => {
      const { backend, ids } = await libraryOf(order);
      const livni = async (id: string) =>
        (await backend.services.library.get({ id })).mentions.find(
          (m) => m.type === 'PER' && /Livni|Ливни/.test(m.text),
        );
      const [a, b] = await Promise.all(ids.map(livni));
      expect(a?.id).toMatch(/^x:/);
      expect(b?.id).toBe(a?.id);
      const card = await backend.services.entities.card({ id: a!.id });
      expect(card.names).toEqual({ en: 'Tzipi Livni', ru: 'Ципи Ливни', kk: null });
      expect(card.known).toBe(false);
      expect(card.articles.map((x) => x.lang).sort()).toEqual(['en', 'ru']);
    });
  }
});
