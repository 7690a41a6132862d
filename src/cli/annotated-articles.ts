import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedText } from '../shared/article';
import type { Annotations } from '../shared/entities';
import { parseArticle } from '../core/corpus/parse-article';
import { createAnnotator, type Annotator } from '../core/entities/annotator';
import { loadKb } from '../node/kb';
import { loadMorphology } from '../node/morphology';
import { loadLexicon } from '../node/lexicon';

export interface AnnotatedArticle {
  /** The path as given on the command line. */
  readonly file: string;
  readonly parsed: ParsedText;
  readonly annotations: Annotations;
}

let annotator: Promise<Annotator> | undefined;

/** The knowledge base and the Russian dictionaries are loaded once per process. */
export function sharedAnnotator(): Promise<Annotator> {
  annotator ??= Promise.all([loadKb(), loadMorphology(), loadLexicon()]).then(([kb, morph, lexicon]) =>
    createAnnotator(kb, morph, lexicon),
  );
  return annotator;
}

/** Reads, parses and annotates files the way the library does. */
export async function readAnnotated(files: readonly string[], cwd: string): Promise<AnnotatedArticle[]> {
  const ann = await sharedAnnotator();
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(path.resolve(cwd, file));
      const parsed = parseArticle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { file, parsed, annotations: ann.annotate(parsed.text, parsed.lang) };
    }),
  );
}
