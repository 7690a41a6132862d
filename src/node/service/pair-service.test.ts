import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../app-paths';
import { tempDirs } from '../test-temp';
import { createBackend, type Backend } from './create-service';

const tmp = tempDirs('qos-pairs-');

describe('counterparts, stories and alignment through the service', () => {
  let backend: Backend;
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    backend = await createBackend({
      storeDir: tmp(),
      bundledCorpusDir: bundledCorpusDir(),
      shell: 'browser',
      systemLanguages: ['en'],
    });
    for (const a of await backend.services.library.list()) idOf.set(a.file.slice(0, 3), a.id);
  }, 30_000);

  const id = (prefix: string) => idOf.get(prefix)!;

  it("offers the Russian article's two Tokayev–Minnikhanov reports first, with reasons", async () => {
    const { counterparts } = await backend.services.pairs.counterparts({ id: id('002') });
    expect(
      counterparts
        .slice(0, 2)
        .map((c) => c.id)
        .sort(),
    ).toEqual([id('000'), id('001')].sort());
    expect(counterparts[0]!.reasons.some((r) => r.kind === 'entity')).toBe(true);
    expect(counterparts[0]!.title).not.toBe('');
  });

  it('pairs the two Mishustin reports as one story about one event', async () => {
    expect((await backend.services.pairs.counterparts({ id: id('003') })).otherReports[0]?.id).toBe(
      id('004'),
    );
    const stories = await backend.services.pairs.stories();
    const meeting = stories.find((s) => s.ids.includes(id('003')));
    expect(meeting).toMatchObject({ sameEvent: true });
    expect([...meeting!.ids].sort()).toEqual([id('003'), id('004')].sort());
  });

  it('aligns two reports of one meeting and exports the pair as TMX', async () => {
    const alignment = await backend.services.pairs.align({ a: id('003'), b: id('004') });
    const linked = alignment.links.filter((l) => l.a.length > 0 && l.b.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const link of alignment.links) {
      for (const i of link.a) expect(i).toBeLessThan(alignment.a.sentences.length);
      for (const j of link.b) expect(j).toBeLessThan(alignment.b.sentences.length);
    }
    const tmx = await backend.services.pairs.exportAlignment({ a: id('003'), b: id('004'), format: 'tmx' });
    expect(tmx.content).toContain('<tmx version="1.4">');
    expect(tmx.fileName).toMatch(/\.tmx$/);
  });

  it('refuses unknown articles with a not_found error', async () => {
    await expect(backend.services.pairs.counterparts({ id: 'nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
