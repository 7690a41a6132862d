/**
 * `npm run bench -- entities [--data ../shared/data]`: time to annotate a 600-word article once the
 * knowledge base and dictionaries are loaded (target: under 20 ms). Measures the bundled seed articles
 * repeated to 600 words, and with --data, 600-word slices of NEREL texts the annotator has not seen.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnnotator, type Annotator } from '../src/core/entities/annotator';
import { findResourcesDir, loadKb } from '../src/node/kb';
import { loadMorphology } from '../src/node/morphology';
import { loadLexicon } from '../src/node/lexicon';

function to600Words(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  while (out.length < 600 && words.length > 0) out.push(...words.slice(0, 600 - out.length));
  return out.join(' ');
}

function measure(
  label: string,
  annotator: Annotator,
  texts: readonly { text: string; lang: 'ru' | 'en' }[],
  rounds: number,
): void {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const { text, lang } of texts) {
      const t0 = performance.now();
      annotator.annotate(text, lang);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
  const mean = (times.reduce((a, b) => a + b, 0) / times.length).toFixed(2);
  process.stdout.write(
    `${label}: ${times.length} runs, mean ${mean} ms, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms\n`,
  );
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, rounds: { type: 'string' } } });
  const rounds = Number(values.rounds ?? 20);
  const t0 = performance.now();
  const [kb, morph, lexicon] = await Promise.all([loadKb(), loadMorphology(), loadLexicon()]);
  const t1 = performance.now();
  const annotator = createAnnotator(kb, morph, lexicon);
  const t2 = performance.now();
  process.stdout.write(
    `load: knowledge base, dictionaries and word lists ${(t1 - t0).toFixed(0)} ms, alias index ${(t2 - t1).toFixed(0)} ms (${kb.length} entities)\n`,
  );

  const corpus = path.join(findResourcesDir(), 'corpus');
  const seeds = await Promise.all(
    (await readdir(corpus))
      .filter((f) => f.endsWith('.txt'))
      .map(async (f) => {
        const text = await readFile(path.join(corpus, f), 'utf8');
        return { text: to600Words(text), lang: /[а-яё]/i.test(text) ? ('ru' as const) : ('en' as const) };
      }),
  );
  measure('warm-up (first pass, dictionaries cold)', annotator, seeds, 1);
  measure('seed articles, 600 words each, after warm-up', annotator, seeds, rounds);

  if (values.data) {
    const dir = path.join(path.resolve(values.data), 'ner_ru/NEREL-v1.1/dev');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).slice(0, 60);
    const texts = await Promise.all(
      files.map(async (f) => ({
        text: to600Words(await readFile(path.join(dir, f), 'utf8')),
        lang: 'ru' as const,
      })),
    );
    measure('NEREL texts never seen (words new to the parse cache)', annotator, texts, 1);
    measure('NEREL texts, second pass', annotator, texts, 1);
  }
}
