import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '../../shared/bookmarks';
import { runCli } from '../main';

const article =
  'Tokayev and Putin meet\n\n' +
  'Kazakh President Kassym-Jomart Tokayev met guests in Astana on Tuesday.\n\n' +
  '“We are ready to expand trade in both directions,” said Tokayev.\n\n' +
  'The talks continue on Wednesday with a session on grain exports and transit fees.';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qos-cli-bookmarks-'));
  await fs.writeFile(path.join(dir, 'talks.txt'), article);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function qos(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    interactive: false,
    cwd: dir,
    interrupted: new Promise<void>(() => {}),
  });
  return { code, out: out.join(''), err: err.join('') };
}

const span = (exact: string) => {
  const start = article.indexOf(exact);
  return ['--start', String(start), '--end', String(start + exact.length)];
};

describe('qos bookmarks', () => {
  it('round-trips: add → list → export json → import into a fresh store → the same list', async () => {
    const quote = 'ready to expand trade in both directions';
    const add = await qos(
      'bookmarks',
      'add',
      'talks.txt',
      ...span(quote),
      '--note',
      'key line',
      '--tag',
      'trade',
      '--tag',
      'EAEU',
      '--store',
      'a',
    );
    expect(add).toMatchObject({ code: 0, err: '' });
    const id = add.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await qos('bookmarks', 'add', 'talks.txt', ...span('grain exports'), '--store', 'a')).code).toBe(
      0,
    );

    const listed = JSON.parse((await qos('bookmarks', 'list', '--json', '--store', 'a')).out) as Bookmark[];
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({
      id,
      quote: { exact: quote },
      speaker: { name: 'Kassym-Jomart Tokayev' },
      note: 'key line',
      tags: ['trade', 'EAEU'],
      article: { file: 'talks.txt', title: 'Tokayev and Putin meet' },
      orphaned: null,
    });
    expect(listed[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(listed[1]?.speaker).toBeNull();

    expect(
      (await qos('bookmarks', 'export', '--format', 'json', '--out', 'export.json', '--store', 'a')).code,
    ).toBe(0);
    const imported = await qos('bookmarks', 'import', 'export.json', '--store', 'b');
    expect(imported).toMatchObject({ code: 0, out: 'added 2, updated 0, unchanged 0, skipped 0\n' });
    const again = JSON.parse((await qos('bookmarks', 'list', '--json', '--store', 'b')).out);
    expect(again).toEqual(listed);
    expect((await qos('bookmarks', 'import', 'export.json', '--store', 'b')).out).toBe(
      'added 0, updated 0, unchanged 2, skipped 0\n',
    );
  });

  it('exports Markdown with the quote and a qos:// link, and CSV to stdout', async () => {
    const id = (
      await qos('bookmarks', 'add', 'talks.txt', ...span('grain exports and transit fees'), '--store', 's')
    ).out.trim();
    const md = await qos('bookmarks', 'export', '--format', 'md', '--store', 's');
    expect(md.code).toBe(0);
    expect(md.out).toContain('> grain exports and transit fees');
    expect(md.out).toMatch(new RegExp(`qos://article/[0-9a-f]{16}\\?start=\\d+&end=\\d+&b=${id}`));
    const csv = await qos('bookmarks', 'export', '--format', 'csv', '--store', 's');
    expect(csv.out.startsWith('id,article_id,')).toBe(true);
    expect(csv.out).toContain('grain exports and transit fees');
  });

  it('lists orphans after the article was edited, and keeps the others', async () => {
    await qos(
      'bookmarks',
      'add',
      'talks.txt',
      ...span('ready to expand trade in both directions'),
      '--store',
      's',
    );
    await qos(
      'bookmarks',
      'add',
      'talks.txt',
      ...span('a session on grain exports and transit fees'),
      '--store',
      's',
    );
    await fs.writeFile(
      path.join(dir, 'talks.txt'),
      `UPDATED.\n\n${article.replace(/The talks continue.*$/, 'The talks ended.')}`,
    );
    const re = await qos('bookmarks', 'reanchor', 'talks.txt', '--store', 's');
    expect(re.out).toMatch(/^checked 2, moved 1, restored 0, orphaned 1\n/);
    expect(re.out).toMatch(
      /orphan {2}\S+ {2}talks\.txt .*"a session on grain exports and transit fees" {2}\[orphaned: not_found\]/,
    );
    expect((await qos('bookmarks', 'list', '--store', 's')).out.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('says what is wrong with bad arguments', async () => {
    expect(
      await qos('bookmarks', 'add', 'talks.txt', '--start', 'x', '--end', '3', '--store', 's'),
    ).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--start must be a whole number/),
    });
    expect((await qos('bookmarks', 'export', '--format', 'pdf', '--store', 's')).err).toMatch(
      /--format must be md, csv or json/,
    );
    expect((await qos('bookmarks', 'frob', '--store', 's')).err).toMatch(/unknown action 'frob'/);
    expect(
      await qos('bookmarks', 'add', 'talks.txt', '--start', '5', '--end', '99999', '--store', 's'),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not inside the text/),
    });
    expect((await qos('bookmarks', 'remove', 'nope', '--store', 's')).err).toMatch(/no bookmark nope/);
    expect((await qos('bookmarks', 'import', 'talks.txt', '--store', 's')).err).toMatch(/not JSON/);
  });

  it('reports a damaged bookmarks file and what was recovered', async () => {
    await qos('bookmarks', 'add', 'talks.txt', ...span('Astana'), '--store', 's');
    await qos('bookmarks', 'add', 'talks.txt', ...span('Tuesday'), '--store', 's');
    await fs.writeFile(path.join(dir, 's', 'bookmarks.json'), '{"version":1,');
    const list = await qos('bookmarks', 'list', '--store', 's');
    expect(list.err).toMatch(/could not be read .* kept as .*bookmarks\.json\.corrupt-/);
    expect(list.err).toMatch(/restored 1 bookmark from the backup/);
    expect(list.out).toContain('"Astana"');
  });
});
