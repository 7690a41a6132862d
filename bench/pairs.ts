/**
 * `npm run bench -- pairs [--docs N] [--queries Q] [--stories M]`: ranking counterparts in a corpus of
 * N synthetic articles (default 10,000; target < 50 ms per article). Features follow news: a few
 * entities in almost every article (countries, the president), a long tail of rare names, figures,
 * capitalised words, borrowed vocabulary and ordinary words read through the bilingual dictionary; articles come in stories of one to four reports in both
 * languages. Also times grouping M articles (default 2,000) into stories. Wall and CPU time are both
 * reported: on a shared machine the wall clock also counts other processes.
 */
import type { MentionType } from '../src/shared/entities';
import type { PairingDoc, PairingFigure } from '../src/core/pairing/pairing-doc';
import { createPairingIndex } from '../src/core/pairing/pairing-index';
import { groupStories } from '../src/core/pairing/stories';
import { seeded } from '../scripts/eval/perturb';

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Index 0..size-1, small ones far likelier (Zipf-like), as names and words are in news. */
const zipf = (rnd: () => number, size: number) => Math.floor(size ** rnd()) - 1;

function story(rnd: () => number) {
  const count = (n: number, size: number) => Array.from({ length: n }, () => zipf(rnd, size));
  return {
    people: count(3, 30_000),
    places: count(3, 3_000),
    figures: Array.from({ length: 3 }, () => Math.round(rnd() * 1e4) / 10),
    words: count(60, 4_000),
    vocabulary: count(120, 2_000),
    day: Math.floor(rnd() * 730),
  };
}

function article(id: string, s: ReturnType<typeof story>, rnd: () => number): PairingDoc {
  const lang = rnd() < 0.5 ? 'en' : 'ru';
  const pick = <T>(xs: readonly T[], p: number) => xs.filter(() => rnd() < p);
  const entity = (key: string, type: MentionType) => ({
    id: key,
    count: 1 + Math.floor(rnd() * 4),
    type,
    name: { en: key, ru: null },
  });
  const figures: PairingFigure[] = pick(s.figures, 0.7).map((value) => ({
    type: 'PERCENT',
    value,
    text: `${value}%`,
  }));
  const sentences: [number, number][] = [];
  let offset = 0;
  for (let k = 0, n = 15 + Math.floor(rnd() * 40); k < n; k++) {
    const len = 40 + Math.floor(rnd() * 200);
    sentences.push([offset, offset + len]);
    offset += len + 1;
  }
  const date = new Date(Date.UTC(2023, 0, 1 + s.day + Math.floor(rnd() * 2))).toISOString().slice(0, 10);
  return {
    id,
    lang,
    date: rnd() < 0.6 ? date : null,
    title: null,
    length: offset,
    sentences,
    entities: [
      entity('kazakhstan', 'LOC'),
      ...pick(s.people, 0.8).map((p) => entity(`p${p}`, 'PER')),
      ...pick(s.places, 0.8).map((p) => entity(`l${p}`, 'LOC')),
      entity(`p${zipf(rnd, 30_000)}`, 'PER'),
    ],
    figures,
    names: pick(s.people, 0.8).map((p) => ({ key: `n${p}`, count: 2, word: `N${p}`, common: false })),
    cognates: [
      ...new Set([...pick(s.words, 0.6), ...Array.from({ length: 20 }, () => zipf(rnd, 4_000))]),
    ].map((w): [string, number] => [`c${w}`, 1]),
    // ordinary words through the bilingual dictionary: a story's own, and the common ones of any text
    words: [
      ...new Set([...pick(s.vocabulary, 0.7), ...Array.from({ length: 60 }, () => zipf(rnd, 2_000))]),
    ].map((w): [string, number] => [`w${w}`, 1 + Math.floor(rnd() * 3)]),
    titleKeys: [],
    quotes: [],
  };
}

function corpus(size: number): PairingDoc[] {
  const rnd = seeded(7);
  const docs: PairingDoc[] = [];
  while (docs.length < size) {
    const s = story(rnd);
    for (let k = 0, n = 1 + Math.floor(rnd() * 4); k < n && docs.length < size; k++)
      docs.push(article(`a${docs.length}`, s, rnd));
  }
  return docs;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
const ms = (x: number) => Math.round(x * 100) / 100;

export async function run(args: string[]): Promise<void> {
  const size = option(args, '--docs', 10_000);
  const queries = option(args, '--queries', 300);
  const storyDocs = option(args, '--stories', 2_000);
  const docs = corpus(size);
  let started = performance.now();
  const index = createPairingIndex(docs);
  const build = performance.now() - started;
  // the first query computes every norm once; measured apart, as it happens once per change
  started = performance.now();
  index.rank('a0');
  const firstQuery = performance.now() - started;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let q = 0; q < queries; q++) {
    const id = `a${Math.floor((q * size) / queries)}`;
    started = performance.now();
    const before = process.cpuUsage();
    index.counterparts(id);
    const used = process.cpuUsage(before);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const small = createPairingIndex(docs.slice(0, storyDocs));
  started = performance.now();
  const stories = groupStories(small);
  const grouping = performance.now() - started;
  const result = {
    docs: size,
    featuresPerDoc: ms(
      docs.reduce(
        (s, d) =>
          s + d.entities.length + d.names.length + d.cognates.length + d.words.length + d.figures.length,
        0,
      ) / size,
    ),
    buildMs: ms(build),
    firstQueryMs: ms(firstQuery),
    rankMs: { p50: ms(quantile(times, 0.5)), p95: ms(quantile(times, 0.95)), max: ms(Math.max(...times)) },
    // process CPU time, steadier than the wall clock when the machine is shared
    rankCpuMs: { p50: ms(quantile(cpu, 0.5)), p95: ms(quantile(cpu, 0.95)), max: ms(Math.max(...cpu)) },
    stories: { docs: storyDocs, ms: ms(grouping), groups: stories.length },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
