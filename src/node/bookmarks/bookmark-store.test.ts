import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBookmarkStore } from './bookmark-store';

const text =
  'ASTANA, March 12 — President Kassym-Jomart Tokayev met his Russian counterpart.\n\n' +
  'Tokayev told reporters: "Trade between our countries grew by 12 percent last year," before the talks moved to energy.\n\n' +
  'The leaders also discussed grain exports through the port of Aktau.';
const article = {
  id: 'a1',
  file: 'talks.txt',
  hash: 'hash-1',
  lang: 'en' as const,
  text,
  title: 'Talks',
  outlet: 'Reuters',
  date: '2024-03-12',
};
const range = (exact: string, source = text) => {
  const start = source.indexOf(exact);
  return { start, end: start + exact.length };
};

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qos-bookmarks-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, 'bookmarks.json');
const bak = () => path.join(dir, 'bookmarks.json.bak');
const readJson = async (p: string) => JSON.parse(await fs.readFile(p, 'utf8'));
const names = async () => (await fs.readdir(dir)).sort();

describe('bookmark store', () => {
  it('keeps additions, edits and removals across reopening, with the previous content as backup', async () => {
    const store = await openBookmarkStore(dir);
    expect(store.problems).toEqual([]);
    const a = await store.add({ article, ...range('grew by 12 percent'), note: 'check', tags: ['trade'] });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    const b = await store.add({ article, ...range('grain exports') });
    await store.update(a.id, { note: 'checked' });
    await store.remove(b.id);
    expect(await readJson(file())).toMatchObject({ version: 1, bookmarks: [{ id: a.id, note: 'checked' }] });
    // the backup is the content before the last change: both bookmarks still there
    expect((await readJson(bak())).bookmarks.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);

    const again = await openBookmarkStore(dir);
    expect(await again.list()).toEqual([{ ...a, note: 'checked', updated: expect.any(String) }]);
    await expect(again.update('nope', { note: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(again.add({ article, start: 5, end: 2 })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('never loses one of many concurrent additions, and a failing change does not take others down', async () => {
    const store = await openBookmarkStore(dir);
    const adds = Array.from({ length: 60 }, (_, i) =>
      store.add({ article, ...range('Tokayev'), note: `n${i}` }),
    );
    const bad = store.update('missing', { note: 'x' });
    const results = await Promise.allSettled([...adds, bad]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(60);
    const reopened = await openBookmarkStore(dir);
    expect((await reopened.list()).map((b) => b.note).sort()).toEqual(
      Array.from({ length: 60 }, (_, i) => `n${i}`).sort(),
    );
  });

  it('rejects a change whose write fails and keeps the state and the file as they were', async () => {
    const store = await openBookmarkStore(dir);
    await store.add({ article, ...range('Tokayev') });
    const before = await fs.readFile(file(), 'utf8');
    // a folder where the backup goes makes the next write fail
    await fs.mkdir(bak());
    await expect(store.add({ article, ...range('grain exports') })).rejects.toThrow();
    expect(await store.list()).toHaveLength(1);
    expect(await fs.readFile(file(), 'utf8')).toBe(before);
  });

  it('merges with changes another process wrote meanwhile (the CLI while the app runs)', async () => {
    const app = await openBookmarkStore(dir);
    const cli = await openBookmarkStore(dir);
    const one = await app.add({ article, ...range('Tokayev') });
    const two = await cli.add({ article, ...range('grain exports') });
    const three = await app.add({ article, ...range('Aktau') });
    const ids = (await (await openBookmarkStore(dir)).list()).map((b) => b.id);
    expect(ids).toEqual([one.id, two.id, three.id]);
    expect((await cli.list()).map((b) => b.id)).toEqual(ids);
  });
});

describe('bookmark store: damaged files', () => {
  const damaged: [string, string | Uint8Array][] = [
    ['empty', ''],
    ['truncated', '{"version":1,"bookmarks":[{"id":"x"'],
    ['NUL bytes', new Uint8Array(4096)],
    ['wrong schema', '{"version":1,"bookmarks":[{"id":"x"}]}'],
    ['UTF-16', new Uint8Array(Buffer.from('\uFEFF{"version":1,"bookmarks":[]}', 'utf16le'))],
  ];

  it.each(damaged)('sets aside a %s file, recovers from the backup and says so', async (_name, bytes) => {
    const store = await openBookmarkStore(dir);
    const kept = await store.add({ article, ...range('Tokayev') });
    await store.add({ article, ...range('Aktau') });
    await fs.writeFile(file(), bytes);

    const reopened = await openBookmarkStore(dir);
    const aside = (await names()).find((n) => n.startsWith('bookmarks.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(new Uint8Array(await fs.readFile(path.join(dir, aside ?? '')))).toEqual(
      new Uint8Array(Buffer.from(bytes)),
    );
    expect(reopened.problems).toEqual([
      expect.objectContaining({ kind: 'set_aside', file: file(), setAside: path.join(dir, aside ?? '') }),
      { kind: 'recovered_from_backup', backup: bak(), count: 1 },
    ]);
    expect((await reopened.list()).map((b) => b.id)).toEqual([kept.id]);
    // the recovered list is the file again, so the next start is quiet
    expect((await openBookmarkStore(dir)).problems).toEqual([]);
  });

  it('starts empty but keeps both files when neither the file nor its backup can be read', async () => {
    await fs.writeFile(file(), '{');
    await fs.writeFile(bak(), 'garbage');
    const store = await openBookmarkStore(dir);
    expect(store.problems.map((p) => p.kind)).toEqual(['set_aside', 'set_aside', 'nothing_recovered']);
    expect(await store.list()).toEqual([]);
    await store.add({ article, ...range('Tokayev') });
    const kept = (await names()).filter((n) => n.includes('.corrupt-'));
    expect(kept).toHaveLength(2);
  });

  it('recovers from the backup when the file itself has gone', async () => {
    const store = await openBookmarkStore(dir);
    await store.add({ article, ...range('Tokayev') });
    await store.add({ article, ...range('Aktau') });
    await fs.rm(file());
    const reopened = await openBookmarkStore(dir);
    expect(reopened.problems).toEqual([{ kind: 'recovered_from_backup', backup: bak(), count: 1 }]);
  });

  it('leaves a newer version’s file untouched and refuses to change it', async () => {
    const newer = '{"version":7,"bookmarks":"a format from the future"}';
    await fs.writeFile(file(), newer);
    const store = await openBookmarkStore(dir);
    expect(store.readOnly).toBe(true);
    expect(store.problems).toEqual([{ kind: 'newer_version', file: file(), version: 7 }]);
    await expect(store.add({ article, ...range('Tokayev') })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fs.readFile(file(), 'utf8')).toBe(newer);
    expect(await names()).toEqual(['bookmarks.json']);
  });

  it('migrates a v0 file to v1 and keeps the original beside it', async () => {
    const v0 = JSON.stringify([
      {
        id: 'old-1',
        articleId: 'a1',
        file: 'talks.txt',
        text: 'Tokayev',
        start: 0,
        end: 7,
        note: 'from v0',
        createdAt: 1710237600000,
      },
    ]);
    await fs.writeFile(file(), v0);
    const store = await openBookmarkStore(dir);
    expect(store.problems).toEqual([]);
    expect(await fs.readFile(`${file()}.v0`, 'utf8')).toBe(v0);
    expect(await readJson(file())).toMatchObject({
      version: 1,
      bookmarks: [{ id: 'old-1', note: 'from v0', hash: '' }],
    });
    // the unknown hash makes the first check find the quote by its text
    const counts = await store.reanchor(article);
    expect(counts).toMatchObject({ checked: 1, moved: 1 });
    const [b] = await store.list();
    expect(text.slice(b?.position.start, b?.position.end)).toBe('Tokayev');
    expect(b?.hash).toBe('hash-1');
  });

  it('removes temporary files that killed writers left, but not those of live ones', async () => {
    const dead = `.bookmarks.json.999999.${Date.now()}.tmp`;
    const live = `.bookmarks.json.${process.ppid}.${Date.now()}.tmp`;
    const other = `.settings.json.999999.${Date.now()}.tmp`;
    for (const n of [dead, live, other]) await fs.writeFile(path.join(dir, n), 'partial');
    await openBookmarkStore(dir);
    const left = await names();
    expect(left).not.toContain(dead);
    expect(left).toContain(live);
    expect(left).toContain(other);
  });
});

describe('bookmark store: re-anchoring, export and import', () => {
  it('moves bookmarks with an edited article and orphans the one whose quote was deleted', async () => {
    const store = await openBookmarkStore(dir);
    const trade = await store.add({
      article,
      ...range('Trade between our countries grew by 12 percent last year'),
    });
    const grain = await store.add({ article, ...range('grain exports through the port of Aktau') });
    const edited = `Updated at 14:00.\n\n${text.replace('The leaders also discussed grain exports through the port of Aktau.', 'No other topics.')}`;
    const counts = await store.reanchor([{ ...article, id: 'a1-v2', hash: 'hash-2', text: edited }]);
    expect(counts).toEqual({ checked: 2, moved: 1, restored: 0, orphaned: 1 });
    const byId = new Map((await (await openBookmarkStore(dir)).list()).map((b) => [b.id, b]));
    const moved = byId.get(trade.id);
    expect(edited.slice(moved?.position.start, moved?.position.end)).toBe(trade.quote.exact);
    expect(moved).toMatchObject({ hash: 'hash-2', article: { id: 'a1-v2' }, orphaned: null });
    expect(byId.get(grain.id)).toMatchObject({
      quote: grain.quote,
      orphaned: { reason: 'not_found', articleHash: 'hash-2' },
    });
    // nothing changed the second time: no write at all
    const stamp = (await fs.stat(file())).mtimeMs;
    expect(await store.reanchor({ ...article, id: 'a1-v2', hash: 'hash-2', text: edited })).toMatchObject({
      checked: 0,
    });
    expect((await fs.stat(file())).mtimeMs).toBe(stamp);
  });

  it('exports JSON that imports into a fresh store as the same bookmarks, and a second import adds nothing', async () => {
    const store = await openBookmarkStore(dir);
    await store.add({
      article,
      ...range('Tokayev'),
      note: 'a "note", with commas',
      tags: ['x', 'y'],
      speaker: { name: 'Tokayev', id: 'Q4209' },
    });
    await store.add({ article, ...range('Aktau') });
    const json = await store.exportAs('json');
    const other = await openBookmarkStore(path.join(dir, 'other'));
    expect(await other.importAnnotations(json)).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: [] });
    expect(await other.list()).toEqual(await store.list());
    expect(await other.importAnnotations(json)).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: [] });
    expect(await other.list()).toHaveLength(2);
  });

  it('exports Markdown and CSV and formats a citation with the library’s details', async () => {
    const store = await openBookmarkStore(dir);
    const b = await store.add({
      article,
      ...range('grew by 12 percent last year'),
      speaker: { name: 'Kassym-Jomart Tokayev' },
    });
    const md = await store.exportAs('md');
    expect(md).toContain('> grew by 12 percent last year');
    expect(md).toContain(`qos://article/a1?start=${b.position.start}&end=${b.position.end}&b=${b.id}`);
    expect((await store.exportAs('csv')).split('\r\n')[0]).toMatch(/^id,article_id,file/);
    expect(await store.citation(b.id)).toBe(
      `“grew by 12 percent last year” — Kassym-Jomart Tokayev, Reuters, 2024-03-12. Talks. qos://article/a1?start=${b.position.start}&end=${b.position.end}&b=${b.id}`,
    );
  });
});
