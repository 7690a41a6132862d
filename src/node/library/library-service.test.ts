import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ImportSummary } from '../../shared/library';
import { bundledCorpusDir } from '../app-paths';
import { EventHub } from '../service/event-hub';
import { tempDirs } from '../test-temp';
import { openLibrary } from './library-service';

const tmp = tempDirs('qos-lib-');
const seedFile = (name: string) => readFileSync(path.join(bundledCorpusDir(), name));

async function open(storeDir = tmp()) {
  const events = new EventHub();
  const seen: { name: string; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  const library = await openLibrary({ storeDir, bundledCorpusDir: bundledCorpusDir() }, events);
  const finished = () =>
    new Promise<ImportSummary>((resolve) => {
      const stop = events.subscribe((name, payload) => {
        if (name === 'import.finished') {
          stop();
          resolve(payload as ImportSummary);
        }
      });
    });
  return { library, seen, finished, storeDir };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('library management', () => {
  it('imports a folder: new articles in, duplicates counted once, bad files reported, progress sent', async () => {
    const { library, seen, finished } = await open();
    const folder = tmp('qos-import-');
    mkdirSync(path.join(folder, 'nested'));
    writeFileSync(
      path.join(folder, 'a.txt'),
      'A new report about the Astana forum.\n\nSecond paragraph here.',
    );
    writeFileSync(
      path.join(folder, 'nested', 'b.txt'),
      'Ещё одна статья о встрече в Астане.\n\nВторой абзац.',
    );
    writeFileSync(path.join(folder, 'copy-of-seed.txt'), seedFile('002_f0529af44c44d162.txt'));
    writeFileSync(path.join(folder, 'empty.txt'), '');
    writeFileSync(path.join(folder, 'image.png'), Buffer.from([137, 80, 78, 71, 0, 0, 0]));
    const done = finished();
    await library.importPaths({ paths: [folder, path.join(folder, 'vanished.txt')] });
    const summary = await done;
    expect(summary.added).toBe(2);
    expect(summary.duplicates).toBe(1);
    expect(summary.failed.map((f) => [path.basename(f.file), f.error.code]).sort()).toEqual([
      ['empty.txt', 'empty_file'],
      ['vanished.txt', 'io_error'],
    ]);
    expect(summary.cancelled).toBe(false);
    expect(await library.list()).toHaveLength(7);
    expect(seen.some((e) => e.name === 'import.progress')).toBe(true);
  });

  it('stops an import when cancelled and keeps what was already added', async () => {
    const { library, finished } = await open();
    const folder = tmp('qos-many-');
    for (let i = 0; i < 40; i++)
      writeFileSync(path.join(folder, `${i}.txt`), `Article number ${i} about trade.`);
    const done = finished();
    const { jobId } = await library.importPaths({ paths: [folder] });
    await library.cancelImport({ jobId });
    const summary = await done;
    expect(summary.cancelled).toBe(true);
    expect(summary.added).toBeLessThan(40);
    expect(await library.list()).toHaveLength(5 + summary.added);
  });

  it('imports dropped bytes, keeps the imported file in the store, and survives a restart', async () => {
    const first = await open();
    const bytes = Buffer.from('Dropped article about the EAEU summit.\n\nMore text.');
    const result = await first.library.importFile({ name: 'dropped.txt', base64: bytes.toString('base64') });
    expect(result.status).toBe('added');
    expect(await first.library.importFile({ name: 'again.txt', base64: bytes.toString('base64') })).toEqual({
      status: 'duplicate',
      id: result.status === 'added' ? result.id : '',
    });
    const failed = await first.library.importFile({
      name: 'x.bin',
      base64: Buffer.from([0, 0, 1, 0]).toString('base64'),
    });
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'not_a_text_file' } });
    const second = await open(first.storeDir);
    expect((await second.library.list()).map((a) => a.file)).toContain('dropped.txt');
  });

  it('removes articles and keeps them removed', async () => {
    const { library, storeDir } = await open();
    const [a, b] = await library.list();
    expect(await library.remove({ ids: [a!.id, b!.id, 'nope'] })).toBe(2);
    const again = await open(storeDir);
    expect(await again.library.list()).toHaveLength(3);
  });

  it('keeps metadata corrections as overrides, never touching the source file', async () => {
    const { library, storeDir } = await open();
    const russian = (await library.list()).find((a) => a.lang === 'ru')!;
    const sourceBefore = readFileSync(path.join(storeDir, 'articles', russian.file));
    const corrected = await library.setMetadata({
      id: russian.id,
      override: { date: '2021-06-09', outlet: 'Хабар 24 (ТВ)' },
    });
    expect(corrected.date).toBe('2021-06-09');
    expect(corrected.outlet).toBe('Хабар 24 (ТВ)');
    expect(readFileSync(path.join(storeDir, 'articles', russian.file))).toEqual(sourceBefore);
    const again = await open(storeDir);
    expect((await again.library.get({ id: russian.id })).date).toBe('2021-06-09');
    const restored = await again.library.setMetadata({ id: russian.id, override: { date: null } });
    expect(restored.date).not.toBe('2021-06-09');
  });

  it('reads a file again with the encoding the reader chooses', async () => {
    const { library, finished } = await open();
    const folder = tmp('qos-enc-');
    // "Привет, мир" in windows-1251
    writeFileSync(
      path.join(folder, 'cp.txt'),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]),
    );
    const done = finished();
    await library.importPaths({ paths: [folder] });
    expect((await done).added).toBe(1);
    const row = (await library.list()).find((a) => a.file === 'cp.txt')!;
    const asKoi = await library.setEncoding({ id: row.id, encoding: 'koi8-r' });
    expect(asKoi.encoding).toBe('koi8-r');
    expect(asKoi.text).not.toContain('Привет');
  });

  it('follows a watched folder: new files appear, deleted ones leave', async () => {
    const { library } = await open();
    const folder = tmp('qos-watch-');
    writeFileSync(path.join(folder, 'one.txt'), 'First watched article about Kostanay.');
    await library.watchFolder({ path: folder });
    await until(async () => (await library.list()).some((a) => a.file === 'one.txt'), 'the first file');
    writeFileSync(path.join(folder, 'two.txt'), 'Second watched article about Kokshetau.');
    await until(async () => (await library.list()).some((a) => a.file === 'two.txt'), 'the new file');
    rmSync(path.join(folder, 'one.txt'));
    await until(
      async () => !(await library.list()).some((a) => a.file === 'one.txt'),
      'the deleted file to leave',
    );
    expect(await library.watchedFolders()).toEqual([folder]);
    await library.unwatchFolder({ path: folder });
    expect((await library.list()).some((a) => a.file === 'two.txt')).toBe(false);
    library.close();
  });

  it('watches only a folder named by its full path, and takes nothing in once it is unwatched', async () => {
    const { library } = await open();
    for (const bad of [{}, { path: '' }, { path: 'relative/folder' }])
      await expect(library.watchFolder(bad as { path: string })).rejects.toMatchObject({
        code: 'bad_request',
      });
    expect(await library.watchedFolders()).toEqual([]);
    // "~" is the home folder
    await expect(library.watchFolder({ path: '~/no-such-folder-of-qos' })).rejects.toThrow(
      path.join(os.homedir(), 'no-such-folder-of-qos'),
    );
    const folder = tmp('qos-race-');
    for (let n = 0; n < 30; n++)
      writeFileSync(path.join(folder, `race-${n}.txt`), `Article ${n} of a watched folder about Almaty.`);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // unwatched while its first reading is still under way
    await library.watchFolder({ path: folder });
    await library.unwatchFolder({ path: folder });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await library.list()).filter((a) => a.file.startsWith('race-'))).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    library.close();
  });

  it('sets an unreadable library file aside and recovers the articles folder instead of starting empty', async () => {
    const { storeDir } = await open();
    writeFileSync(path.join(storeDir, 'library.json'), '{ broken');
    const again = await open(storeDir);
    expect(again.library.problems[0]).toMatch(/library file could not be read/);
    expect(await again.library.list()).toHaveLength(5);
    expect(readdirSync(storeDir).some((f) => f.startsWith('library.json.corrupt-'))).toBe(true);
  });
});
