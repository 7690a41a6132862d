import type { SearchDocument } from '../../shared/search';
import { analyzerVersion, fieldTerms, translitTerms, type Analyzer } from './analyzer';
import { buildCompactIndex, type DocumentTerms, type FieldSpec } from './compact-index';
import { encodeSegment, segmentFormat, textHash, type StoredDoc } from './segment-file';
import { tokenize } from './search-key';

/** Title words weigh most, then entity names (a mention is a strong signal), then the body. */
export const searchFields: readonly FieldSpec[] = [
  { name: 'title', boost: 3 },
  { name: 'body', boost: 1 },
  { name: 'entities', boost: 2 },
  // Cross-script skeletons are lossy: they find, but should not outrank a spelled match.
  { name: 'translit', boost: 0.5 },
];

/** Fields searched by spelled terms; translit keys are looked up in `translit` only. */
export const termFields = ['title', 'body', 'entities'] as const;

/** Identifies everything that decides a segment's terms; a different value means rebuild. */
export function pipelineId(morphology: string): string {
  return `f${segmentFormat}.a${analyzerVersion}.${morphology}`;
}

/** Entity ids are indexed as `@id`, apart from any word. */
export function entityTerm(id: string): string {
  return `@${id.toLowerCase()}`;
}

/** A document's terms per field, and the keys of its words (for prefix queries). */
export type AnalyzedDocument = DocumentTerms & { readonly vocabulary?: readonly string[] };

export function documentTerms(doc: SearchDocument, analyzer: Analyzer): AnalyzedDocument {
  const titleTokens = tokenize(doc.title ?? '');
  const bodyTokens = tokenize(doc.text);
  const entities: string[] = [];
  for (const entity of doc.entities ?? []) {
    entities.push(entityTerm(entity.id));
    for (const name of entity.names) entities.push(...fieldTerms(tokenize(name), analyzer));
  }
  const vocabulary = new Set<string>();
  for (const token of [...titleTokens, ...bodyTokens]) {
    if (analyzer.terms(token.key, token.capitalised).length > 0) vocabulary.add(token.key);
  }
  return {
    title: fieldTerms(titleTokens, analyzer),
    body: fieldTerms(bodyTokens, analyzer),
    entities,
    translit: [...translitTerms(titleTokens, analyzer), ...translitTerms(bodyTokens, analyzer)],
    vocabulary: [...vocabulary],
  };
}

export interface BuiltSegment {
  /** The encoded index file (see segment-file.ts). */
  readonly index: Uint8Array;
  /**
   * The documents as given, one JSON line each: the segment's own copy of its articles, from which
   * it is rebuilt when its index file is damaged or the analyzer changes.
   */
  readonly store: Uint8Array;
  readonly docs: readonly StoredDoc[];
}

/** One line of a segment's document store. */
export function storeLine(doc: SearchDocument): string {
  const { id, file, title, text, lang, date, outlet, entities } = doc;
  return `${JSON.stringify({ id, file, title, lang, date, outlet, entities: entities ?? [], text })}\n`;
}

/**
 * Indexes a batch of documents into one segment. `termsOf` analyzes a document (documentTerms, or a
 * cache in front of it for the delta segment, which is rebuilt on every addition).
 */
export function buildSegment(
  docs: readonly SearchDocument[],
  termsOf: (doc: SearchDocument) => AnalyzedDocument,
  pipeline: string,
): BuiltSegment {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const stored: StoredDoc[] = [];
  let offset = 0;
  for (const doc of docs) {
    const bytes = encoder.encode(storeLine(doc));
    chunks.push(bytes);
    stored.push({
      id: doc.id,
      file: doc.file,
      title: doc.title,
      lang: doc.lang,
      date: doc.date,
      outlet: doc.outlet,
      entities: doc.entities ?? [],
      textStart: offset,
      textBytes: bytes.byteLength,
      textHash: textHash(doc.text),
    });
    offset += bytes.byteLength;
  }
  const store = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    store.set(chunk, at);
    at += chunk.byteLength;
  }
  const analyzed = docs.map((doc) => termsOf(doc));
  const compact = buildCompactIndex(searchFields, analyzed);
  const vocabulary = new Set<string>();
  for (const doc of analyzed) for (const key of doc.vocabulary ?? []) vocabulary.add(key);
  const header = { format: segmentFormat, pipeline, docs: stored };
  return { index: encodeSegment(header, compact, [...vocabulary].sort()), store, docs: stored };
}
