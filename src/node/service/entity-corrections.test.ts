import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QosEventName } from '../../shared/contract';
import { bundledCorpusDir } from '../app-paths';
import { tempDirs } from '../test-temp';
import { correctionsFilePath } from './correction-store';
import { createBackend } from './create-service';

const tmp = tempDirs('qos-corr-');

async function open(storeDir: string) {
  const backend = await createBackend({
    storeDir,
    bundledCorpusDir: bundledCorpusDir(),
    shell: 'browser',
    systemLanguages: ['en'],
  });
  const events: QosEventName[] = [];
  backend.events.subscribe((name) => events.push(name));
  return { ...backend, events };
}

const report = [
  'Deputy minister Talgat Ospanbekov met reporters in Astana on Monday.',
  '',
  'Later Ospanbekov said the talks went well. At home people call him Ospanych, his friends said.',
].join('\n');

async function withReport(storeDir: string) {
  const backend = await open(storeDir);
  const result = await backend.services.library.importFile({
    name: 'person.txt',
    base64: Buffer.from(report).toString('base64'),
  });
  if (result.status === 'failed') throw new Error(`import failed: ${result.error.message}`);
  return { ...backend, articleId: result.id };
}

const mentionsOf = async (b: Awaited<ReturnType<typeof open>>, id: string) =>
  (await b.services.library.get({ id })).mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

describe('the reader’s entity corrections in the back end', () => {
  it('applies a correction to the articles, tells the UI, and keeps it across a restart', async () => {
    const store = tmp();
    const first = await withReport(store);
    const before = await mentionsOf(first, first.articleId);
    const person = before.find((m) => m.startsWith('Talgat Ospanbekov|PER|'))?.split('|')[2];
    expect(person).toMatch(/^x:/);
    expect(before).toContain('Astana|LOC|Q1520');
    expect(before.filter((m) => m.startsWith('Ospanych|'))).toEqual([]);

    const list = await first.services.entities.correct({ kind: 'retype', id: 'Q1520', type: 'ORG' });
    expect(list).toEqual([{ kind: 'retype', id: 'Q1520', type: 'ORG' }]);
    expect(first.events).toContain('entities.changed');
    expect(first.events).toContain('library.changed');
    expect(await mentionsOf(first, first.articleId)).toContain('Astana|ORG|Q1520');

    await first.services.entities.correct({ kind: 'alias', id: person!, alias: 'Ospanych', lang: 'en' });
    expect(await mentionsOf(first, first.articleId)).toContain(`Ospanych|PER|${person}`);
    // the unknown entity's type and names are kept with the alias, for articles not read yet
    const file = JSON.parse(readFileSync(correctionsFilePath(store), 'utf8')) as {
      entities: Record<string, { type: string }>;
    };
    expect(file.entities[person!]?.type).toBe('PER');

    const second = await open(store);
    expect(await second.services.entities.corrections()).toHaveLength(2);
    const after = await mentionsOf(second, first.articleId);
    expect(after).toContain('Astana|ORG|Q1520');
    expect(after).toContain(`Ospanych|PER|${person}`);
    expect((await second.services.entities.card({ id: 'Q1520' })).type).toBe('ORG');
  });

  it('takes a correction back, and the article reads as before', async () => {
    const store = tmp();
    const b = await withReport(store);
    const before = await mentionsOf(b, b.articleId);
    const person = before.find((m) => m.startsWith('Talgat Ospanbekov|'))?.split('|')[2] ?? '';
    await b.services.entities.correct({ kind: 'reject', id: person, surface: 'OSPANBEKOV' });
    await b.services.entities.correct({ kind: 'merge', from: person, into: 'Q1520' });
    const corrected = await mentionsOf(b, b.articleId);
    expect(corrected.filter((m) => m.startsWith('Ospanbekov|'))).toEqual([]);
    expect(corrected).toContain('Talgat Ospanbekov|LOC|Q1520');
    // a merged id asks for the entity it went into
    const withAstana = await b.services.entities.articlesWith({ ids: ['Q1520'] });
    expect(withAstana).toContain(b.articleId);
    expect(await b.services.entities.articlesWith({ ids: [person] })).toEqual(withAstana);
    expect((await b.services.entities.card({ id: person })).id).toBe('Q1520');

    await b.services.entities.undoCorrection({ index: 1 });
    const list = await b.services.entities.undoCorrection({ index: 0 });
    expect(list).toEqual([]);
    expect(await mentionsOf(b, b.articleId)).toEqual(before);
    const file = JSON.parse(readFileSync(correctionsFilePath(store), 'utf8')) as { corrections: unknown[] };
    expect(file.corrections).toEqual([]);
  });

  it('refuses malformed corrections, unknown entities and positions that do not exist', async () => {
    const b = await open(tmp());
    const services = b.services.entities;
    for (const bad of [
      { kind: 'retype', id: 'Q1520', type: 'CITY' },
      { kind: 'reject', id: '', surface: 'Astana' },
      { kind: 'merge', from: 'Q1520', into: 'Q1520' },
      { kind: 'alias', id: 'Q1520', alias: 'Akmolinsk', lang: 'de' },
      { kind: 'rename', id: 'Q1520' },
      null,
    ]) {
      await expect(services.correct(bad as never)).rejects.toMatchObject({ code: 'bad_request' });
    }
    await expect(
      services.correct({ kind: 'alias', id: 'x:nobody', alias: 'Nobody', lang: 'en' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(services.undoCorrection({ index: 0 })).rejects.toMatchObject({ code: 'not_found' });
    expect(await services.corrections()).toEqual([]);
  });

  it('records the same correction once', async () => {
    const b = await open(tmp());
    const c = { kind: 'retype', id: 'Q1520', type: 'ORG' } as const;
    await b.services.entities.correct(c);
    expect(await b.services.entities.correct({ ...c })).toHaveLength(1);
  });

  it('keeps a correction saved on a slug id once the knowledge base gives the entity its Wikidata id', async () => {
    const store = tmp();
    await open(store);
    // an older knowledge base named Hugo Chávez by his slug; the reader retyped and merged into him
    const saved = {
      version: 1,
      corrections: [
        { kind: 'retype', id: 'hugo-chavez', type: 'ORG' },
        { kind: 'merge', from: 'x:cvs', into: 'hugo-chavez' },
      ],
      entities: {},
    };
    writeFileSync(correctionsFilePath(store), JSON.stringify(saved));
    const b = await open(store);
    expect(await b.services.entities.corrections()).toEqual([
      { kind: 'retype', id: 'Q8440', type: 'ORG' },
      { kind: 'merge', from: 'x:cvs', into: 'Q8440' },
    ]);
    const imported = await b.services.library.importFile({
      name: 'chavez.txt',
      base64: Buffer.from('Hugo Chavez spoke in Caracas on Monday. Chavez said so.').toString('base64'),
    });
    if (imported.status === 'failed') throw new Error(imported.error.message);
    expect(await mentionsOf(b, imported.id)).toContain('Hugo Chavez|ORG|Q8440');
  });

  it('keeps a correction saved on a Wikidata id the knowledge base has since found wrong', async () => {
    const store = tmp();
    await open(store);
    // the Verkhovna Rada carried Q18503 by mistake; it is Q176296 now
    const saved = { version: 1, corrections: [{ kind: 'retype', id: 'Q18503', type: 'LOC' }], entities: {} };
    writeFileSync(correctionsFilePath(store), JSON.stringify(saved));
    const b = await open(store);
    expect(await b.services.entities.corrections()).toEqual([{ kind: 'retype', id: 'Q176296', type: 'LOC' }]);
    const imported = await b.services.library.importFile({
      name: 'rada.txt',
      base64: Buffer.from('The Verkhovna Rada voted on Monday.').toString('base64'),
    });
    if (imported.status === 'failed') throw new Error(imported.error.message);
    expect(await mentionsOf(b, imported.id)).toContain('Verkhovna Rada|LOC|Q176296');
  });

  it('sets an unreadable corrections file aside, reports it, and never overwrites it', async () => {
    const store = tmp();
    await open(store);
    const broken = '{"version": 1, "corrections": [{"kind": "retype", "id": "Q1520", "type": "CITY"}]}';
    writeFileSync(correctionsFilePath(store), broken);
    const b = await open(store);
    expect(b.problems.some((p) => /entity corrections could not be read/.test(p))).toBe(true);
    expect(await b.services.entities.corrections()).toEqual([]);
    await b.services.entities.correct({ kind: 'retype', id: 'Q1520', type: 'ORG' });
    const kept = readdirSync(store).filter((f) => f.startsWith('entity-corrections.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(store, kept[0]!), 'utf8')).toBe(broken);
  });
});
