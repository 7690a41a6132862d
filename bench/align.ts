/**
 * `npm run bench -- align [--data ../shared/data] [--runs N]`: aligning two articles of about 1,000
 * words (target < 20 ms). Articles are built from consecutive NTREX documents (English and their
 * Russian translation) until the English reaches 1,000 words, then a third of the Russian sentences is
 * shuffled out to make an independent-report case as well. Timed: alignment of annotated texts (what
 * the reader does when a pair is opened), alignment without annotations, and annotation itself.
 * Without the shared data, a hand-made pair repeated to the same size is used.
 */
import { alignTexts } from '../src/core/align/align';
import { presplit } from '../src/core/align/presplit';
import type { AlignSide } from '../src/core/align/sentence-anchors';
import { sharedAnnotator } from '../src/cli/annotated-articles';
import { dataDirFrom, loadParallel } from '../scripts/eval/parallel-data';
import { seeded } from '../scripts/eval/perturb';

const words = (lines: readonly string[]) => lines.join(' ').split(/\s+/u).filter(Boolean).length;

const fallback = {
  en: [
    'Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Astana on 14 March.',
    'Trade between the two countries grew by 12.5% last year and reached $4.2 billion.',
    '"We are ready to double this figure by 2030," Tokayev said.',
    'The sides signed 15 agreements worth $1.8 billion.',
  ],
  ru: [
    'Президент Казахстана Касым-Жомарт Токаев встретился с президентом Узбекистана Шавкатом Мирзиёевым в Астане 14 марта.',
    'Товарооборот между двумя странами за прошлый год вырос на 12,5% и достиг 4,2 млрд долларов.',
    '«Мы готовы удвоить эту цифру к 2030 году», — сказал Токаев.',
    'Стороны подписали 15 соглашений на сумму 1,8 млрд долларов.',
  ],
};

/** Pairs of ~1,000-word articles: consecutive documents joined, as many pairs as the data gives. */
async function articles(args: readonly string[]): Promise<{ en: string[]; ru: string[] }[]> {
  const docs = await loadParallel(dataDirFrom(args), 'ntrex').catch(() => null);
  const source = docs ?? Array.from({ length: 200 }, () => fallback);
  const out: { en: string[]; ru: string[] }[] = [];
  let current = { en: [] as string[], ru: [] as string[] };
  for (const d of source) {
    current.en.push(...d.en);
    current.ru.push(...d.ru);
    if (words(current.en) >= 1000) {
      out.push(current);
      current = { en: [], ru: [] };
    }
  }
  return out;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
const round = (x: number) => Math.round(x * 100) / 100;
const stats = (xs: number[]) => ({
  p50: round(quantile(xs, 0.5)),
  p95: round(quantile(xs, 0.95)),
  max: round(Math.max(...xs)),
});

function timed(fn: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

export async function run(args: string[]): Promise<void> {
  const annotator = await sharedAnnotator();
  const pairs = await articles(args);
  const rnd = seeded(11);
  const side = (lines: readonly string[], lang: 'en' | 'ru', annotate: boolean): AlignSide => {
    const text = lines.join('\n');
    return {
      text,
      lang,
      ...presplit(text),
      ...(annotate ? { annotations: annotator.annotate(text, lang) } : {}),
    };
  };
  const results: Record<string, { wall: number[]; cpu: number[] }> = {};
  const record = (name: string, t: { wall: number; cpu: number }) => {
    const r = (results[name] ??= { wall: [], cpu: [] });
    r.wall.push(t.wall);
    r.cpu.push(t.cpu);
  };
  // warm up the JIT and the key caches on the first pair
  const [first] = pairs;
  if (first) for (let k = 0; k < 3; k++) alignTexts(side(first.en, 'en', true), side(first.ru, 'ru', true));
  for (const p of pairs) {
    const en = side(p.en, 'en', true);
    const ru = side(p.ru, 'ru', true);
    record(
      'translation, annotated',
      timed(() => alignTexts(en, ru)),
    );
    record(
      'translation, no annotations',
      timed(() => alignTexts(side(p.en, 'en', false), side(p.ru, 'ru', false))),
    );
    const report = p.ru.filter(() => rnd() < 0.67);
    const partial = side(report, 'ru', true);
    record(
      'independent report, annotated',
      timed(() => alignTexts(en, partial)),
    );
    record(
      'annotating both sides',
      timed(() => {
        annotator.annotate(en.text, 'en');
        annotator.annotate(ru.text, 'ru');
      }),
    );
  }
  const out = {
    pairs: pairs.length,
    wordsEn: Math.round(pairs.reduce((s, p) => s + words(p.en), 0) / Math.max(1, pairs.length)),
    sentences: Math.round(
      pairs.reduce((s, p) => s + p.en.length + p.ru.length, 0) / Math.max(1, pairs.length),
    ),
    ms: Object.fromEntries(
      Object.entries(results).map(([k, v]) => [k, { wall: stats(v.wall), cpu: stats(v.cpu) }]),
    ),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
