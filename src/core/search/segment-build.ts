import { entityIdsVersion } from '../../shared/entities';
import type { SearchDocument } from '../../shared/search';
import { analyzerVersion, fieldTerms, type Analyzer } from './analyzer';
import { compactBuilder, type DocumentTerms, type FieldSpec } from './compact-index';
import { encodeSegment, segmentFormat, textHash, type StoredDoc } from './segment-file';
import { tokenize, type WordToken } from './search-key';

/** Title words weigh most, then entity names (a mention is a strong signal), then the body. */
export const searchFields: readonly FieldSpec[] = [
  { name: 'title', boost: 3, positions: true },
  { name: 'body', boost: 1, positions: true },
  { name: 'entities', boost: 2 },
  // The outlet's name finds its articles (Kazinform) without outranking articles about it.
  { name: 'outlet', boost: 0.5 },
  // Cross-script skeletons are lossy: they find, but should not outrank a spelled match.
  { name: 'translit', boost: 0.5, positions: true },
  // Function words are not searched for, but phrases need to know where they stand.
  { name: 'stop', boost: 0, scored: false, positions: true },
];

/** Fields searched by spelled terms; translit keys are looked up in `translit` only. */
export const termFields = ['title', 'body', 'entities', 'outlet'] as const;

/** Identifies everything that decides a segment's terms, entity ids included; a different value means rebuild. */
export function pipelineId(morphology: string): string {
  return `f${segmentFormat}.a${analyzerVersion}.e${entityIdsVersion}.${morphology}`;
}

/** Entity ids are indexed as `@id`, apart from any word. */
export function entityTerm(id: string): string {
  return `@${id.toLowerCase()}`;
}

/** A document's terms per field, and the keys of its words (for prefix queries). */
export type AnalyzedDocument = DocumentTerms & { readonly vocabulary?: readonly string[] };

interface Collected {
  readonly terms: string[];
  readonly positions: number[];
}

const collected = (): Collected => ({ terms: [], positions: [] });

/**
 * Analyzes a document for its segment. Words are numbered across title and body (the body after a
 * gap, so that no phrase runs from one into the other); each term, translit key and function word
 * keeps the number of the word it came from.
 */
export function documentTerms(doc: SearchDocument, analyzer: Analyzer): AnalyzedDocument {
  const titleTokens = tokenize(doc.title ?? '');
  const bodyTokens = tokenize(doc.text);
  const title = collected();
  const body = collected();
  const translit = collected();
  const stop = collected();
  const vocabulary = new Set<string>();
  const add = (tokens: readonly WordToken[], first: number, into: Collected): void => {
    tokens.forEach((token, i) => {
      const at = first + i;
      const keys = analyzer.terms(token.key, token.capitalised);
      if (keys.length === 0) {
        stop.terms.push(token.key);
        stop.positions.push(at);
        return;
      }
      vocabulary.add(token.key);
      for (const key of keys) {
        into.terms.push(key);
        into.positions.push(at);
      }
      if (!token.capitalised) return;
      for (const key of analyzer.translit(token.key, !token.initial)) {
        translit.terms.push(key);
        translit.positions.push(at);
      }
    });
  };
  add(titleTokens, 0, title);
  add(bodyTokens, titleTokens.length + 1, body);
  const entities: string[] = [];
  for (const entity of doc.entities ?? []) {
    entities.push(entityTerm(entity.id));
    for (const name of entity.names) entities.push(...fieldTerms(tokenize(name), analyzer));
  }
  return {
    fields: {
      title: title.terms,
      body: body.terms,
      entities,
      outlet: fieldTerms(tokenize(doc.outlet ?? ''), analyzer),
      translit: translit.terms,
      stop: stop.terms,
    },
    positions: {
      title: title.positions,
      body: body.positions,
      translit: translit.positions,
      stop: stop.positions,
    },
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
  // One document at a time: its term arrays are garbage as soon as the builder has taken them.
  const builder = compactBuilder(searchFields);
  const vocabulary = new Set<string>();
  for (const doc of docs) {
    const analyzed = termsOf(doc);
    builder.add(analyzed);
    for (const key of analyzed.vocabulary ?? []) vocabulary.add(key);
  }
  const header = { format: segmentFormat, pipeline, docs: stored };
  return { index: encodeSegment(header, builder.finish(), [...vocabulary].sort()), store, docs: stored };
}
