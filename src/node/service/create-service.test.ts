import { readdirSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from './create-service';
import { bundledCorpusDir } from '../app-paths';
import { tempDirs } from '../test-temp';

const tmp = tempDirs('qos-svc-');
const open = (storeDir: string, corpusDir?: string) =>
  createBackend({
    storeDir,
    bundledCorpusDir: bundledCorpusDir(),
    ...(corpusDir ? { corpusDir } : {}),
    shell: 'browser',
    systemLanguages: ['en'],
  });

describe('the back-end service over a store folder', () => {
  it('seeds the library from the bundled corpus on first start', async () => {
    const store = tmp();
    const { services } = await open(store);
    const list = await services.library.list();
    expect(list).toHaveLength(5);
    expect(readdirSync(path.join(store, 'articles'))).toHaveLength(5);
    const russian = list.find((a) => a.lang === 'ru');
    expect(russian).toBeDefined();
    const article = await services.library.get({ id: russian!.id });
    expect(article.text).toContain('Касым-Жомарт Токаев');
    expect(article.paragraphs.length).toBeGreaterThan(5);
  });

  it('keeps what the reader removed: a second start does not re-seed', async () => {
    const store = tmp();
    await open(store);
    const libraryFile = path.join(store, 'library.json');
    const library = JSON.parse(readFileSync(libraryFile, 'utf8')) as { sources: string[] };
    writeFileSync(libraryFile, JSON.stringify({ version: 1, sources: library.sources.slice(0, 2) }));
    const { services } = await open(store);
    expect(await services.library.list()).toHaveLength(2);
  });

  it('shows an unreadable file as an error row and still loads the others; one text twice is one article', async () => {
    const corpus = tmp();
    for (const f of readdirSync(bundledCorpusDir()))
      copyFileSync(path.join(bundledCorpusDir(), f), path.join(corpus, f));
    copyFileSync(
      path.join(bundledCorpusDir(), readdirSync(bundledCorpusDir())[0]!),
      path.join(corpus, 'copy.txt'),
    );
    writeFileSync(path.join(corpus, 'empty.txt'), '');
    writeFileSync(path.join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 0, 7, 8, 0, 0]));
    const { services } = await open(tmp(), corpus);
    const list = await services.library.list();
    const errors = list.filter((a) => a.error);
    expect(errors.map((e) => [e.file, e.error?.code]).sort()).toEqual([
      ['binary.txt', 'not_a_text_file'],
      ['empty.txt', 'empty_file'],
    ]);
    expect(list.filter((a) => !a.error)).toHaveLength(5);
    await expect(services.library.get({ id: errors[0]!.id })).rejects.toMatchObject({
      code: expect.any(String),
    });
  });

  it('remembers settings across restarts and refuses invalid values', async () => {
    const store = tmp();
    const first = await open(store);
    await first.services.settings.update({ uiLanguage: 'kk' });
    const second = await open(store);
    expect((await second.services.settings.get()).uiLanguage).toBe('kk');
    await expect(second.services.settings.update({ uiLanguage: 'xx' as never })).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('never overwrites an unreadable settings file with defaults: it is set aside and reported', async () => {
    const store = tmp();
    mkdirSync(store, { recursive: true });
    writeFileSync(path.join(store, 'settings.json'), '{"uiLanguage": "ru", broken');
    const { services, problems } = await open(store);
    expect(problems[0]).toMatch(/settings could not be read/);
    const kept = readdirSync(store).filter((f) => f.startsWith('settings.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(store, kept[0]!), 'utf8')).toBe('{"uiLanguage": "ru", broken');
    expect((await services.settings.get()).uiLanguage).toBeNull();
  });
});
