import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One document with its sentences in English and in Russian, segment i translating segment i. */
export interface ParallelDoc {
  readonly id: string;
  readonly en: readonly string[];
  readonly ru: readonly string[];
}

export type ParallelSet = 'ntrex' | 'flores';

const files: Record<ParallelSet, string> = {
  ntrex: 'parallel/ntrex128_en_ru/ntrex128_en_ru.docs.jsonl',
  flores: 'parallel/flores200_devtest/flores200_devtest_docs.jsonl',
};

/** Reads one parallel set from the shared data folder (never copied into the repository). */
export async function loadParallel(dataDir: string, set: ParallelSet): Promise<ParallelDoc[]> {
  const text = await readFile(path.join(dataDir, files[set]), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as { doc_id: string; en: string[]; ru: string[] };
      if (raw.en.length !== raw.ru.length) throw new Error(`${raw.doc_id}: segment counts differ`);
      return { id: raw.doc_id, en: raw.en, ru: raw.ru };
    });
}

/** `--data DIR` from the arguments, or the conventional sibling checkout. */
export function dataDirFrom(args: readonly string[]): string {
  const i = args.indexOf('--data');
  const dir = i >= 0 ? args[i + 1] : undefined;
  return path.resolve(dir ?? '../shared/data');
}
