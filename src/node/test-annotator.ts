import path from 'node:path';
import { createAnnotator, type Annotator } from '../core/entities/annotator';
import type { Lexicon } from '../core/entities/lexicon';
import { loadKb } from './kb';
import { loadMorphology } from './morphology';

/** The resources the entity tests read: the repository's own, or the folder QOS_TEST_RESOURCES names. */
export const testResources =
  process.env['QOS_TEST_RESOURCES'] ?? path.resolve(import.meta.dirname, '../../resources');

/** The annotator the entity tests read with: the knowledge base, the dictionaries and, if given, a lexicon. */
export async function loadTestAnnotator(lexicon?: Lexicon): Promise<Annotator> {
  return createAnnotator(await loadKb(testResources), await loadMorphology(), lexicon);
}
