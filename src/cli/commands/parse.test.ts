import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeSingleByte } from '../../core/corpus/encode-text';
import { UsageError } from '../command';
import { runCli } from '../main';
import { parseCommand } from './parse';
import { captureIo } from '../capture-io';

const corpus = path.resolve(__dirname, '../../../resources/corpus');
const scratch = mkdtempSync(path.join(tmpdir(), 'qos-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const fakeIo = (cwd = corpus) => captureIo(cwd);

interface Row {
  file: string;
  error?: string;
  lang?: string;
  encoding?: string;
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  dateline?: string | null;
  authors?: string[];
  cites?: string | null;
  text?: string;
  paragraphs?: [number, number][];
  sentences?: [number, number][];
  quotes?: { start: number; end: number; text: string; speaker: { name: string } | null }[];
}

async function parseJson(args: string[], cwd?: string): Promise<{ code: number; rows: Row[] }> {
  const { out, io } = fakeIo(cwd);
  const code = await parseCommand.run([...args, '--json'], io);
  return { code, rows: JSON.parse(out.join('')) as Row[] };
}

describe('qos parse', () => {
  it('prints one JSON object per file with metadata, spans and quotes', async () => {
    const { code, rows } = await parseJson(['004_e9ca521587824828.txt', '002_f0529af44c44d162.txt']);
    expect(code).toBe(0);
    expect(rows.map((r) => r.file)).toEqual(['004_e9ca521587824828.txt', '002_f0529af44c44d162.txt']);
    const [english, russian] = rows;
    expect(english).toMatchObject({
      lang: 'en',
      encoding: 'utf-8',
      title: null,
      date: '--08-19',
      outlet: null,
      dateline: 'NUR-SULTAN',
      authors: [],
      cites: 'Akorda press service',
    });
    expect(Object.keys(english ?? {})).toEqual(
      expect.arrayContaining(['text', 'paragraphs', 'sentences', 'quotes', 'encoding', 'cites']),
    );
    expect(english?.error).toBeUndefined();
    expect(russian?.quotes?.map((q) => q.speaker?.name)).toEqual([
      'Касым-Жомарт Токаев',
      'Касым-Жомарт Токаев',
      'Рустам Минниханов',
    ]);
    for (const row of rows) {
      for (const q of row.quotes ?? []) expect(row.text?.slice(q.start, q.end)).toBe(q.text);
      for (const [s, e] of row.sentences ?? [])
        expect(0 <= s && s < e && e <= (row.text?.length ?? 0)).toBe(true);
    }
  });

  it('reports unreadable files, keeps going, and exits 1', async () => {
    writeFileSync(path.join(scratch, 'empty.txt'), '');
    writeFileSync(
      path.join(scratch, 'binary.dat'),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
    );
    const seed = path.join(corpus, '000_cce68e04d03525b8.txt');
    const { code, rows } = await parseJson(['empty.txt', 'binary.dat', 'missing.txt', seed, '.'], scratch);
    expect(code).toBe(1);
    expect(rows.map((r) => [r.file, r.error === undefined])).toEqual([
      ['empty.txt', false],
      ['binary.dat', false],
      ['missing.txt', false],
      [seed, true],
      ['.', false],
    ]);
    expect(rows[0]?.error).toMatch(/empty/i);
    expect(rows[1]?.error).toMatch(/not a text file/i);
    expect(rows[3]?.outlet).toBe('Kazinform');
    expect(Object.keys(rows[0] ?? {})).toEqual(['file', 'error']);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const big = path.join(scratch, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    const { code, rows } = await parseJson(['big.txt'], scratch);
    expect(code).toBe(1);
    expect(rows[0]?.error).toBe('The file is too large (21.0 MB): Qos reads files up to 20 MB.');
  });

  it('reads files in the encoding given with --encoding', async () => {
    const text = 'Заголовок статьи\n\nПрезидент Казахстана провел встречу с гостями в Астане.';
    writeFileSync(path.join(scratch, 'koi8.txt'), encodeSingleByte(text, 'koi8-r'));
    const detected = await parseJson(['koi8.txt'], scratch);
    expect(detected.rows[0]).toMatchObject({ encoding: 'koi8-r', text });
    const forced = await parseJson(['koi8.txt', '--encoding', 'windows-1251'], scratch);
    expect(forced.rows[0]?.encoding).toBe('windows-1251');
    expect(forced.rows[0]?.text).not.toBe(text);
  });

  it('rejects missing files and unknown encodings as usage errors', async () => {
    const { io } = fakeIo();
    await expect(parseCommand.run(['--json'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(parseCommand.run(['a.txt', '--encoding', 'klingon'], io)).rejects.toBeInstanceOf(UsageError);
  });

  it('prints a readable summary without --json and is reachable through qos', async () => {
    const { out, io } = fakeIo();
    const code = await runCli(['parse', '001_c17dece284da50bd.txt'], io);
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toContain('Analytics Tatarstan');
    expect(text).toContain('Tatiana Leukhina, Daria Pinegina');
    expect(text).toContain('Rustam Minnikhanov: We closely worked');
  });
});
