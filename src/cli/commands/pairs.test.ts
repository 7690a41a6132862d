import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { captureIo } from '../capture-io';

const corpus = path.resolve(__dirname, '../../../resources/corpus');

const io = () => captureIo(corpus);

interface PairsJson {
  articles: {
    file: string;
    lang: string;
    counterparts: {
      file: string;
      lang: string;
      score: number;
      relation: string;
      reasons: { kind: string; label: string }[];
      why: string;
    }[];
  }[];
  stories: { files: string[]; same_event: boolean }[];
}

describe('qos pairs', () => {
  it('prints counterparts best first with reasons, and the stories, as JSON', async () => {
    const t = io();
    expect(await runCli(['pairs', '.', '--json'], t.io)).toBe(0);
    const out = JSON.parse(t.out.join('')) as PairsJson;
    expect(out.articles).toHaveLength(5);
    const ru = out.articles.find((a) => a.lang === 'ru');
    expect(
      ru?.counterparts
        .slice(0, 2)
        .map((c) => c.file.slice(0, 3))
        .sort(),
    ).toEqual(['000', '001']);
    for (const a of out.articles) {
      const scores = a.counterparts.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      for (const c of a.counterparts)
        expect(c.relation).toBe(c.lang === a.lang ? 'other_report' : 'counterpart');
    }
    const mishustin = out.articles.find((a) => a.file.startsWith('003'))?.counterparts[0];
    expect(mishustin?.file.startsWith('004')).toBe(true);
    expect(mishustin?.why).toMatch(/^shared: .*26%/u);
    expect(mishustin?.reasons).toContainEqual(expect.objectContaining({ kind: 'figure', label: '26%' }));
    const stories = out.stories.map((s) => ({
      files: s.files.map((f) => f.slice(0, 3)).sort(),
      same_event: s.same_event,
    }));
    expect(stories).toContainEqual({ files: ['003', '004'], same_event: true });
    expect(stories).toContainEqual({ files: ['000', '001', '002'], same_event: false });
  }, 60_000);

  it('prints a readable listing and rejects bad arguments', async () => {
    const t = io();
    expect(await runCli(['pairs', '003_d03093df481e4224.txt', '004_e9ca521587824828.txt'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/004_e9ca521587824828\.txt \(en\) {2}shared: /u);
    expect(t.out.join('')).toMatch(/one event {2}003_d03093df481e4224\.txt, 004_e9ca521587824828\.txt/u);
    const u = io();
    expect(await runCli(['pairs'], u.io)).toBe(2);
    const v = io();
    expect(await runCli(['pairs', 'missing.txt'], v.io)).toBe(2);
    expect(v.err.join('')).toMatch(/no such file/u);
  }, 60_000);
});
