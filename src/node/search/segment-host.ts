import type { SearchDocument, SearchHit, SearchQuery, SearchSort } from '../../shared/search';
import type { Morphology } from '../../core/entities/morphology';
import { noMorphology } from '../../core/entities/morphology';
import { createAnalyzer, type Analyzer } from '../../core/search/analyzer';
import { createQueryCompiler, type CompiledQuery } from '../../core/search/compile-query';
import {
  buildSegment,
  documentTerms,
  pipelineId,
  type AnalyzedDocument,
} from '../../core/search/segment-build';
import { filtersOf } from '../../core/search/segment-filters';
import { hitLookups, searchSegment } from '../../core/search/segment-search';
import { matchedRanges } from '../../core/search/phrase-check';
import { makeSnippet, snippetFromSpans, spansOfRanges, wordCount } from '../../core/search/snippet';
import { loadSearchMorphology } from './search-morphology';
import type { SegmentEntry } from './manifest';
import {
  DamagedSegmentError,
  openSegment,
  readStoredDocuments,
  writeSegment,
  type OpenSegment,
  type SegmentDescription,
} from './segment-files';

/**
 * The part of the search index that does the work: builds, loads and searches the segments assigned
 * to it. One runs in each worker thread (search-worker.ts); with `threads: 0` one runs in-thread.
 * Every method takes and returns structured-clone-safe data.
 */

export type MorphologyMode = 'az' | 'none';

export interface HostOptions {
  readonly dir: string;
  readonly morphology: MorphologyMode;
}

export interface BuildRequest {
  readonly target: { readonly id: number; readonly gen: number; readonly delta: boolean };
  /** Segments whose stored documents (less their deleted ids and `drop`) go into the new one. */
  readonly from: readonly SegmentEntry[];
  readonly add: readonly SearchDocument[];
  readonly drop: readonly string[];
}

export interface BuildResult {
  readonly entry: SegmentDescription;
  /** Documents of `from` that could not be read back (damaged store lines). */
  readonly damaged: number;
}

export interface RawHit {
  readonly segment: number;
  readonly doc: number;
  readonly id: string;
  readonly score: number;
  readonly date: string | null;
}

export interface HitRef {
  readonly segment: number;
  readonly doc: number;
}

export type HitDetails = Pick<SearchHit, 'file' | 'title' | 'lang' | 'date' | 'outlet' | 'snippet'>;

export interface Repair {
  readonly old: SegmentEntry;
  readonly entry: SegmentDescription | null;
  readonly lost: readonly string[];
  readonly reason: string;
}

export interface HostSearchResult {
  readonly total: number;
  readonly hits: readonly RawHit[];
  readonly complete: boolean;
  readonly terms: readonly string[];
  /** The order hits are in (date when the query has no words). */
  readonly sort: SearchSort;
  readonly repairs: readonly Repair[];
}

/** Ranks by relevance or by date (newest first, undated last); ties by id for a stable order. */
export function compareHits(sort: SearchQuery['sort']): (a: RawHit, b: RawHit) => number {
  const byId = (a: RawHit, b: RawHit): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'date') {
    return (a, b) => {
      if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
      return b.score - a.score || byId(a, b);
    };
  }
  return (a, b) => b.score - a.score || byId(a, b);
}

const deltaTermsLimit = 4_000;

export class SegmentHost {
  private readonly entries = new Map<number, SegmentEntry>();
  private readonly loaded = new Map<number, OpenSegment>();
  private readonly compile: (text: string) => CompiledQuery;
  // The delta segment is rebuilt on every addition: keep its documents' analysis.
  private readonly termsCache = new Map<string, AnalyzedDocument>();
  private readonly pipeline: string;
  private pendingRepairs: Repair[] = [];

  private constructor(
    private readonly options: HostOptions,
    private readonly analyzer: Analyzer,
  ) {
    this.compile = createQueryCompiler(analyzer);
    this.pipeline = pipelineId(options.morphology);
  }

  static async create(options: HostOptions): Promise<SegmentHost> {
    const morphology: Morphology = options.morphology === 'az' ? await loadSearchMorphology() : noMorphology;
    return new SegmentHost(options, createAnalyzer(morphology));
  }

  /** Takes (or updates) segments this host owns; a changed generation or deletion list reloads lazily. */
  assign(entries: readonly SegmentEntry[]): void {
    for (const entry of entries) {
      const open = this.loaded.get(entry.id);
      if (open && (open.entry.gen !== entry.gen || open.entry.deleted.length !== entry.deleted.length)) {
        if (open.entry.gen !== entry.gen) {
          open.close();
          this.loaded.delete(entry.id);
        } else {
          const deleted = open.deleted as Set<string>;
          for (const id of entry.deleted) deleted.add(id);
          this.loaded.set(entry.id, { ...open, entry });
        }
      }
      this.entries.set(entry.id, entry);
    }
  }

  /** Forgets segments (replaced by a merge, or emptied). */
  drop(ids: readonly number[]): void {
    for (const id of ids) {
      this.loaded.get(id)?.close();
      this.loaded.delete(id);
      this.entries.delete(id);
    }
  }

  /** Loads one segment now (repairing it if damaged); the coordinator calls this newest first. */
  async load(id: number): Promise<Repair[]> {
    const entry = this.entries.get(id);
    if (entry) await this.ensureLoaded(entry);
    return this.takeRepairs();
  }

  loadedCount(): number {
    return this.loaded.size;
  }

  async build(request: BuildRequest): Promise<BuildResult> {
    const drop = new Set(request.drop);
    const docs: SearchDocument[] = [];
    let damaged = 0;
    for (const source of request.from) {
      const read = readStoredDocuments(this.options.dir, source);
      damaged += read.damaged;
      for (const doc of read.docs) if (!drop.has(doc.id)) docs.push(doc);
    }
    const seen = new Set(docs.map((d) => d.id));
    for (const doc of request.add) {
      if (drop.has(doc.id)) continue;
      if (seen.has(doc.id)) {
        const at = docs.findIndex((d) => d.id === doc.id);
        docs[at] = doc;
      } else docs.push(doc);
      seen.add(doc.id);
    }
    const delta = request.target.delta;
    const built = buildSegment(docs, (doc) => this.termsOf(doc, delta), this.pipeline);
    const entry = await writeSegment(this.options.dir, request.target, built);
    if (!delta) for (const doc of docs) this.termsCache.delete(doc.id);
    return { entry, damaged };
  }

  private termsOf(doc: SearchDocument, cache: boolean): AnalyzedDocument {
    if (!cache) return documentTerms(doc, this.analyzer);
    const key = doc.id;
    const hit = this.termsCache.get(key);
    if (hit) return hit;
    const terms = documentTerms(doc, this.analyzer);
    if (this.termsCache.size >= deltaTermsLimit) this.termsCache.clear();
    this.termsCache.set(key, terms);
    return terms;
  }

  private async ensureLoaded(entry: SegmentEntry): Promise<OpenSegment | null> {
    const open = this.loaded.get(entry.id);
    if (open) return open;
    try {
      const segment = openSegment(this.options.dir, entry, this.pipeline);
      this.loaded.set(entry.id, segment);
      return segment;
    } catch (error) {
      if (!(error instanceof DamagedSegmentError)) throw error;
      await this.repair(entry, error.message);
      const repaired = this.entries.get(entry.id);
      return repaired && repaired.gen !== entry.gen ? this.ensureLoaded(repaired) : null;
    }
  }

  /** Rebuilds a damaged or outdated segment from its own store; what cannot be read back is lost. */
  private async repair(entry: SegmentEntry, reason: string): Promise<void> {
    const { docs } = readStoredDocuments(this.options.dir, entry);
    const kept = new Set(docs.map((d) => d.id));
    const lost = entry.docIds.filter((id) => !kept.has(id) && !entry.deleted.includes(id));
    if (docs.length === 0) {
      this.entries.delete(entry.id);
      this.pendingRepairs.push({ old: entry, entry: null, lost, reason });
      return;
    }
    const target = { id: entry.id, gen: entry.gen + 1, delta: entry.delta };
    const built = buildSegment(docs, (doc) => this.termsOf(doc, entry.delta), this.pipeline);
    const description = await writeSegment(this.options.dir, target, built);
    this.entries.set(entry.id, { ...description, deleted: [] });
    this.pendingRepairs.push({ old: entry, entry: description, lost, reason });
  }

  /** Repairs done since the last call, for the coordinator to record in the manifest. */
  takeRepairs(): Repair[] {
    const repairs = this.pendingRepairs;
    this.pendingRepairs = [];
    return repairs;
  }

  async search(query: SearchQuery, segments: readonly number[], keep: number): Promise<HostSearchResult> {
    const compiled = this.compile(query.text);
    const filters = filtersOf(query);
    const hits: RawHit[] = [];
    let total = 0;
    let complete = true;
    for (const id of segments) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      if (query.partial && !this.loaded.has(id)) {
        complete = false;
        continue;
      }
      const segment = await this.ensureLoaded(entry);
      if (!segment) continue;
      let matches;
      try {
        matches = searchSegment(segment, compiled, filters, this.analyzer);
      } catch (error) {
        if (!(error instanceof DamagedSegmentError)) throw error;
        segment.close();
        this.loaded.delete(id);
        await this.repair(segment.entry, error.message);
        complete = false;
        continue;
      }
      total += matches.length;
      for (const m of matches) {
        const stored = segment.docs[m.doc];
        if (stored) hits.push({ segment: id, doc: m.doc, id: stored.id, score: m.score, date: stored.date });
      }
    }
    // Without words to rank by, the newest articles come first.
    const sort = compiled.matchAll ? 'date' : (query.sort ?? 'relevance');
    hits.sort(compareHits(sort));
    return {
      total,
      hits: hits.slice(0, keep),
      complete,
      terms: compiled.terms,
      sort,
      repairs: this.takeRepairs(),
    };
  }

  /** Stored fields and a snippet for each hit of the page being shown. */
  async details(query: SearchQuery, refs: readonly HitRef[]): Promise<(HitDetails | null)[]> {
    const compiled = this.compile(query.text);
    const out: (HitDetails | null)[] = [];
    for (const ref of refs) {
      const entry = this.entries.get(ref.segment);
      const segment = entry ? await this.ensureLoaded(entry) : null;
      const stored = segment?.docs[ref.doc];
      if (!segment || !stored) {
        out.push(null);
        continue;
      }
      let text = '';
      try {
        text = segment.text(ref.doc);
      } catch {
        // A damaged text still lists the article; the next search repairs the segment.
      }
      const { file, title, lang, date, outlet } = stored;
      // Highlights from the index's word positions; the text is only cut, not analysed.
      const lookups = hitLookups(segment, compiled, this.analyzer);
      const ranges = matchedRanges(segment.data, ref.doc, lookups.words, lookups.phrases);
      const snippet =
        ranges === null
          ? makeSnippet(text, compiled, this.analyzer)
          : snippetFromSpans(text, spansOfRanges(text, wordCount(title ?? ''), ranges));
      out.push({ file, title, lang, date, outlet, snippet });
    }
    return out;
  }

  close(): void {
    for (const segment of this.loaded.values()) segment.close();
    this.loaded.clear();
  }
}
