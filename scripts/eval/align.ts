/**
 * `npm run eval -- align --data ../shared/data [--no-annotate]`: precision, recall and F1 of sentence
 * links on the NTREX and FLORES documents (English A, Russian B), as they are, with neighbouring
 * segments merged (1:2, 2:1) and with segments dropped on one side (1:0), plus a control that aligns
 * each English document with another document's Russian, where every link is wrong.
 */
import { alignTexts, type AlignLink } from '../../src/core/align/align';
import { presplit } from '../../src/core/align/presplit';
import type { AlignSide } from '../../src/core/align/sentence-anchors';
import type { Annotator } from '../../src/core/entities/annotator';
import { sharedAnnotator } from '../../src/cli/annotated-articles';
import { dataDirFrom, loadParallel, type ParallelSet } from './parallel-data';
import { dropped, merged, plain, seeded, type Case } from './perturb';

interface Tally {
  predicted: number;
  gold: number;
  correct: number;
  /** Sentences with no gold partner, and how many of them were left unlinked. */
  orphans: number;
  orphansKept: number;
  translationMode: number;
  cases: number;
  ms: number;
}

const tally = (): Tally => ({
  predicted: 0,
  gold: 0,
  correct: 0,
  orphans: 0,
  orphansKept: 0,
  translationMode: 0,
  cases: 0,
  ms: 0,
});

function side(lines: readonly string[], lang: 'en' | 'ru', annotator: Annotator | null): AlignSide {
  const text = lines.join('\n');
  const { sentences, paragraphs } = presplit(text);
  if (sentences.length !== lines.length) throw new Error('a segment spans lines or is empty');
  return {
    text,
    lang,
    sentences,
    paragraphs,
    ...(annotator ? { annotations: annotator.annotate(text, lang) } : {}),
  };
}

const key = (l: { a: readonly number[]; b: readonly number[] }) => `${l.a.join(',')}:${l.b.join(',')}`;

function score(c: Case, annotator: Annotator | null, t: Tally): void {
  const a = side(c.a, 'en', annotator);
  const b = side(c.b, 'ru', annotator);
  const started = performance.now();
  const alignment = alignTexts(a, b);
  t.ms += performance.now() - started;
  const links = alignment.links.filter((l: AlignLink) => l.a.length > 0 && l.b.length > 0);
  const gold = new Set(c.gold.map(key));
  t.predicted += links.length;
  t.gold += gold.size;
  t.correct += links.filter((l) => gold.has(key(l))).length;
  const linkedA = new Set(links.flatMap((l) => l.a));
  const linkedB = new Set(links.flatMap((l) => l.b));
  const goldA = new Set(c.gold.flatMap((l) => l.a));
  const goldB = new Set(c.gold.flatMap((l) => l.b));
  c.a.forEach((_, i) => {
    if (goldA.has(i)) return;
    t.orphans++;
    if (!linkedA.has(i)) t.orphansKept++;
  });
  c.b.forEach((_, j) => {
    if (goldB.has(j)) return;
    t.orphans++;
    if (!linkedB.has(j)) t.orphansKept++;
  });
  if (alignment.mode === 'translation') t.translationMode++;
  t.cases++;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

function report(t: Tally) {
  const precision = t.predicted ? t.correct / t.predicted : 1;
  const recall = t.gold ? t.correct / t.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision: r4(precision),
    recall: r4(recall),
    f1: r4(f1),
    links: t.predicted,
    ...(t.orphans ? { unlinkedKept: r4(t.orphansKept / t.orphans) } : {}),
    translationMode: r4(t.translationMode / Math.max(1, t.cases)),
    msPerDoc: r4(t.ms / Math.max(1, t.cases)),
  };
}

export async function run(args: string[]): Promise<void> {
  const dataDir = dataDirFrom(args);
  const annotator = args.includes('--no-annotate') ? null : await sharedAnnotator();
  const out: Record<string, unknown> = {};
  for (const name of ['ntrex', 'flores'] as ParallelSet[]) {
    const docs = await loadParallel(dataDir, name);
    const rnd = seeded(20240819);
    const conditions = { plain: tally(), merged: tally(), dropped: tally() };
    const control = tally();
    docs.forEach((d, k) => {
      score(plain(d.en, d.ru), annotator, conditions.plain);
      score(merged(d.en, d.ru, 0.2, rnd), annotator, conditions.merged);
      score(dropped(d.en, d.ru, 0.1, rnd), annotator, conditions.dropped);
      const other = docs[(k + 1) % docs.length];
      if (other) score({ a: [...d.en], b: [...other.ru], gold: [] }, annotator, control);
    });
    out[name] = {
      docs: docs.length,
      plain: report(conditions.plain),
      merged: report(conditions.merged),
      dropped: report(conditions.dropped),
      unrelated: {
        linksPerSentence: r4(
          control.predicted /
            Math.max(
              1,
              docs.reduce((s, d) => s + d.en.length, 0),
            ),
        ),
        translationMode: r4(control.translationMode / Math.max(1, control.cases)),
      },
    };
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
