import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { captureIo } from '../capture-io';
import { tempDirs } from '../../node/test-temp';

const dir = tempDirs('qos-align-')();
const en = [
  'Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Astana on 14 March 2024.',
  'The leaders discussed trade, water and energy.',
  'Trade between the two countries grew by 12.5% last year and reached $4.2 billion.',
  'The sides signed 15 agreements worth $1.8 billion & more.',
];
const ru = [
  'Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым в Астане 14 марта 2024 года.',
  'Лидеры обсудили торговлю, водные ресурсы и энергетику.',
  'Товарооборот между двумя странами за прошлый год вырос на 12,5% и достиг 4,2 млрд долларов.',
  'Стороны подписали 15 соглашений на сумму 1,8 млрд долларов и больше.',
];
writeFileSync(path.join(dir, 'en.txt'), `${en.join('\n')}\n`);
writeFileSync(path.join(dir, 'ru.txt'), `${ru.join('\n')}\n`);
writeFileSync(path.join(dir, 'en-prose.txt'), `${en.join(' ')}\n`);

const io = () => captureIo(dir);

interface AlignJson {
  a: { file: string; lang: string; sentences: [number, number][] };
  b: { file: string; lang: string; sentences: [number, number][] };
  mode: string;
  links: { a: number[]; b: number[]; score: number }[];
}

describe('qos align', () => {
  it('prints sentence spans and links as JSON, one sentence per line with --presplit', async () => {
    const t = io();
    expect(await runCli(['align', 'ru.txt', 'en.txt', '--json', '--presplit'], t.io)).toBe(0);
    const out = JSON.parse(t.out.join('')) as AlignJson;
    expect(out.a.lang).toBe('ru');
    expect(out.b.lang).toBe('en');
    expect(out.a.sentences).toHaveLength(4);
    expect(out.b.sentences[0]).toEqual([0, en[0]?.length]);
    expect(out.mode).toBe('translation');
    expect(out.links.map((l) => [l.a, l.b])).toEqual([0, 1, 2, 3].map((i) => [[i], [i]]));
    for (const l of out.links) expect(l.score).toBeGreaterThan(0.5);
  }, 60_000);

  it('splits sentences itself without --presplit', async () => {
    const t = io();
    expect(await runCli(['align', 'ru.txt', 'en-prose.txt', '--json'], t.io)).toBe(0);
    const out = JSON.parse(t.out.join('')) as AlignJson;
    expect(out.b.sentences).toHaveLength(4);
    expect(out.links.filter((l) => l.a.length && l.b.length)).toHaveLength(4);
  }, 60_000);

  it('exports TMX and TSV', async () => {
    const t = io();
    expect(await runCli(['align', 'ru.txt', 'en.txt', '--presplit', '--format', 'tmx'], t.io)).toBe(0);
    const tmx = t.out.join('');
    expect(tmx).toContain('creationtool="Qos"');
    expect(tmx).toContain('srclang="ru"');
    expect(tmx.match(/<tu>/gu)).toHaveLength(4);
    expect(tmx).toContain('worth $1.8 billion &amp; more.</seg>');
    const u = io();
    expect(await runCli(['align', 'ru.txt', 'en.txt', '--presplit', '--format', 'tsv'], u.io)).toBe(0);
    const rows = u.out.join('').trimEnd().split('\n');
    expect(rows[0]).toBe('ru\ten\tscore');
    expect(rows).toHaveLength(5);
  }, 60_000);

  it('does not force two reports of one topic into a translation', async () => {
    // the Russian seed report and an English one of another Tokayev–Minnikhanov meeting
    const corpus = path.resolve(__dirname, '../../../resources/corpus');
    const t = io();
    const files = ['002_f0529af44c44d162.txt', '001_c17dece284da50bd.txt'].map((f) => path.join(corpus, f));
    expect(await runCli(['align', ...files, '--json'], t.io)).toBe(0);
    const out = JSON.parse(t.out.join('')) as AlignJson;
    expect(out.mode).toBe('comparable');
    const linked = out.links.filter((l) => l.a.length > 0 && l.b.length > 0);
    expect(linked.length).toBeLessThanOrEqual(3);
    expect(out.links.flatMap((l) => l.a)).toHaveLength(out.a.sentences.length);
  }, 60_000);

  it('rejects wrong arguments with exit code 2', async () => {
    for (const args of [
      ['ru.txt'],
      ['ru.txt', 'en.txt', '--format', 'pdf'],
      ['ru.txt', 'en.txt', '--mode', 'x'],
    ]) {
      const t = io();
      expect(await runCli(['align', ...args], t.io)).toBe(2);
    }
  });
});
