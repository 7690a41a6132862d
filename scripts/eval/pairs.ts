/**
 * `npm run eval -- pairs --data ../shared/data`: blind pairing of the Russian and English documents of
 * NTREX and FLORES. Every document goes through the product's own pipeline (parse, annotate, features)
 * into one index; for each document the first other-language counterpart should be its translation.
 * Also reports how the story grouping keeps translation pairs together and apart.
 */
import { parseText } from '../../src/core/corpus/parse-article';
import { pairingDocFrom, type PairingDoc } from '../../src/core/pairing/pairing-doc';
import { createPairingIndex } from '../../src/core/pairing/pairing-index';
import { groupStories } from '../../src/core/pairing/stories';
import { sharedAnnotator } from '../../src/cli/annotated-articles';
import { dataDirFrom, loadParallel, type ParallelDoc, type ParallelSet } from './parallel-data';

interface Direction {
  readonly accuracy: number;
  readonly mrr: number;
  readonly misses: readonly string[];
}

async function docsOf(set: readonly ParallelDoc[]): Promise<PairingDoc[]> {
  const annotator = await sharedAnnotator();
  const out: PairingDoc[] = [];
  for (const d of set) {
    for (const lang of ['en', 'ru'] as const) {
      // paragraphs as an article file would have them; the parser finds title and sentences itself
      const parsed = parseText(d[lang].join('\n\n'));
      const annotations = annotator.annotate(parsed.text, parsed.lang);
      out.push(pairingDocFrom({ id: `${d.id}|${lang}`, ...parsed, lang }, annotations));
    }
  }
  return out;
}

function direction(
  index: ReturnType<typeof createPairingIndex>,
  set: readonly ParallelDoc[],
  from: 'en' | 'ru',
): Direction {
  const to = from === 'en' ? 'ru' : 'en';
  let correct = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const d of set) {
    const { counterparts } = index.counterparts(`${d.id}|${from}`, { limit: 50, minScore: 0 });
    const rank = counterparts.findIndex((c) => c.id === `${d.id}|${to}`);
    if (rank === 0) correct++;
    else misses.push(`${d.id} (${rank < 0 ? 'absent' : `rank ${rank + 1}`}, first ${counterparts[0]?.id})`);
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  return { accuracy: correct / set.length, mrr: rr / set.length, misses };
}

function storyScores(index: ReturnType<typeof createPairingIndex>, set: readonly ParallelDoc[]) {
  const stories = groupStories(index).filter((s) => s.sameEvent);
  const docOf = (id: string) => id.slice(0, id.lastIndexOf('|'));
  const together = set.filter((d) =>
    stories.some((s) => s.ids.includes(`${d.id}|en`) && s.ids.includes(`${d.id}|ru`)),
  ).length;
  const pure = stories.filter((s) => new Set(s.ids.map(docOf)).size === 1).length;
  return { pairsInOneEvent: together / set.length, eventsPure: stories.length ? pure / stories.length : 1 };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export async function run(args: string[]): Promise<void> {
  const dataDir = dataDirFrom(args);
  const verbose = args.includes('--verbose');
  const results: Record<string, unknown> = {};
  for (const name of ['ntrex', 'flores'] as ParallelSet[]) {
    const set = await loadParallel(dataDir, name);
    const started = performance.now();
    const index = createPairingIndex(await docsOf(set));
    const ruEn = direction(index, set, 'ru');
    const enRu = direction(index, set, 'en');
    const stories = storyScores(index, set);
    results[name] = {
      docs: set.length,
      ruToEn: { accuracy: round(ruEn.accuracy), mrr: round(ruEn.mrr) },
      enToRu: { accuracy: round(enRu.accuracy), mrr: round(enRu.mrr) },
      stories: { pairsInOneEvent: round(stories.pairsInOneEvent), eventsPure: round(stories.eventsPure) },
      seconds: round((performance.now() - started) / 1000),
      ...(verbose ? { misses: { ruToEn: ruEn.misses, enToRu: enRu.misses } } : {}),
    };
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
