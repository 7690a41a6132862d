import { promises as fs } from 'node:fs';
import os from 'node:os';
import type {
  SearchDocument,
  SearchIndexStatus,
  SearchProgress,
  SearchQuery,
  SearchResult,
} from '../../shared/search';
import { pipelineId } from '../../core/search/segment-build';
import { startHosts, type HostClient } from './host-client';
import {
  liveFingerprint,
  manifestFormat,
  readManifest,
  removeStrayFiles,
  segmentsDir,
  writeManifest,
  type Manifest,
  type SegmentEntry,
} from './manifest';
import { openManifest } from './recover-manifest';
import { searchAcross } from './fan-out';
import type { MorphologyMode, Repair } from './segment-host';
import { chunkAddition, defaultSizes, liveCount, planCompaction, type SegmentSizes } from './segment-plan';

export interface OpenSearchIndexOptions {
  /** The index folder, `<store>/index`. */
  readonly dir: string;
  /** `az` (default): Russian lemmas from the OpenCorpora dictionaries; `none`: stems and rules only. */
  readonly morphology?: MorphologyMode;
  /** Worker threads (default: up to 2, one per core); 0 runs everything on the calling thread. */
  readonly threads?: number;
  /** The worker entry, when the bundle puts it somewhere defaultWorkerUrl does not look. */
  readonly workerUrl?: URL;
  readonly onProgress?: (progress: SearchProgress) => void;
  readonly sizes?: Partial<SegmentSizes>;
}

export interface SearchIndex {
  /** Adds articles (an article already indexed under the same id is replaced). */
  add(docs: readonly SearchDocument[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Makes the index hold exactly these articles: adds the missing, removes the others. */
  sync(docs: readonly SearchDocument[]): Promise<{ added: number; removed: number }>;
  has(id: string): boolean;
  search(query: SearchQuery): Promise<SearchResult>;
  status(): Promise<SearchIndexStatus>;
  /** Resolves when every segment is loaded (and any damaged one rebuilt). */
  whenLoaded(): Promise<void>;
  /** Resolves when background merges and compactions are done. */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  readonly client: HostClient;
}

/**
 * The fingerprint of the articles an index folder holds (fingerprintOf their ids), without opening
 * it: null when there is no readable index. Compare it with the library's to know whether to sync.
 */
export async function readIndexFingerprint(dir: string): Promise<string | null> {
  const read = await readManifest(dir);
  return read.state === 'ok' ? read.manifest.fingerprint : null;
}

export async function openSearchIndex(options: OpenSearchIndexOptions): Promise<SearchIndex> {
  const { dir } = options;
  const sizes: SegmentSizes = { ...defaultSizes, ...options.sizes };
  const morphology = options.morphology ?? 'az';
  const pipeline = pipelineId(morphology);
  const progress = options.onProgress ?? (() => undefined);
  const problems: string[] = [];
  await fs.mkdir(segmentsDir(dir), { recursive: true });

  let manifest = await openManifest(dir, pipeline, problems);
  const threads = Math.max(0, Math.min(options.threads ?? Math.min(2, os.availableParallelism()), 8));
  const slots: Slot[] = startHosts(threads, options.workerUrl, { dir, morphology }).map((client) => ({
    client,
  }));

  const owner = new Map<number, Slot>();
  const docSegment = new Map<string, number>();
  const index = (entries: readonly SegmentEntry[]): void => {
    for (const entry of entries) {
      const deleted = new Set(entry.deleted);
      for (const id of entry.docIds) if (!deleted.has(id)) docSegment.set(id, entry.id);
    }
  };
  const load = (slot: Slot): number =>
    manifest.segments.reduce((n, s) => n + (owner.get(s.id) === slot ? liveCount(s) : 0), 0);
  const lightest = (): Slot => slots.reduce((a, b) => (load(b) < load(a) ? b : a));
  const assign = async (entry: SegmentEntry, slot: Slot): Promise<void> => {
    const previous = owner.get(entry.id);
    if (previous && previous !== slot) await previous.client.call('drop', [entry.id]);
    owner.set(entry.id, slot);
    await slot.client.call('assign', [entry]);
  };
  index(manifest.segments);
  for (const entry of manifest.segments) await assign(entry, lightest());

  let mutex: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const run = mutex.then(task);
    mutex = run.catch(() => undefined);
    return run;
  };
  const inflight = new Set<Promise<unknown>>();
  /**
   * Writes the next manifest, gives each new or changed segment to its worker, then switches searches
   * over: a search never sees a segment its worker does not have yet.
   */
  const commit = async (
    segments: SegmentEntry[],
    changed: readonly { entry: SegmentEntry; slot?: Slot }[],
    nextSegmentId = manifest.nextSegmentId,
  ): Promise<void> => {
    segments.sort((a, b) => a.id - b.id);
    const next: Manifest = {
      format: manifestFormat,
      pipeline,
      nextSegmentId,
      fingerprint: liveFingerprint(segments),
      segments,
    };
    await writeManifest(dir, next);
    for (const { entry, slot } of changed) {
      const target = slot ?? owner.get(entry.id);
      if (target) await assign(entry, target);
    }
    manifest = next;
  };
  /** Forgets replaced segments once searches that may still read them are done. */
  const retire = async (ids: readonly number[]): Promise<void> => {
    await Promise.allSettled([...inflight]);
    for (const id of ids) {
      const slot = owner.get(id);
      owner.delete(id);
      if (slot) await slot.client.call('drop', [id]);
    }
    await removeStrayFiles(dir, manifest);
  };

  const applyRepairs = (repairs: readonly Repair[]): Promise<void> =>
    repairs.length === 0
      ? Promise.resolve()
      : exclusive(async () => {
          let segments = [...manifest.segments];
          const changed: { entry: SegmentEntry }[] = [];
          for (const repair of repairs) {
            const current = segments.find((s) => s.id === repair.old.id);
            if (!current || current.gen !== repair.old.gen) continue;
            problems.push(
              `search segment ${repair.old.id}: ${repair.reason}; rebuilt` +
                (repair.lost.length ? `, ${repair.lost.length} article(s) lost` : ''),
            );
            for (const id of repair.lost) docSegment.delete(id);
            const next = repair.entry ? { ...repair.entry, deleted: [] } : null;
            segments = segments.flatMap((s) => (s.id !== repair.old.id ? [s] : next ? [next] : []));
            if (next) changed.push({ entry: next });
          }
          await commit(segments, changed);
          await removeStrayFiles(dir, manifest);
        });

  // Load newest first, one segment per request, so searches slot in between loads.
  let loadedCount = 0;
  const loadOrder = [...manifest.segments].sort((a, b) => b.id - a.id);
  const loading = Promise.all(
    slots.map(async (slot) => {
      for (const entry of loadOrder) {
        if (owner.get(entry.id) !== slot) continue;
        await applyRepairs(await slot.client.call('load', entry.id));
        progress({ phase: 'load', done: ++loadedCount, total: loadOrder.length });
      }
    }),
  );

  let background: Promise<unknown> = Promise.resolve();

  /** Builds a segment on a slot (the delta always on its current owner, to reuse its analysis). */
  const buildOn = async (
    slot: Slot,
    target: { id: number; gen: number; delta: boolean },
    from: readonly SegmentEntry[],
    add: readonly SearchDocument[],
  ): Promise<SegmentEntry> => {
    const result = await slot.client.call('build', { target, from, add, drop: [] });
    if (result.damaged > 0)
      problems.push(`search segment ${target.id}: ${result.damaged} stored article(s) unreadable`);
    return { ...result.entry, deleted: [] };
  };

  const addUnlocked = async (input: readonly SearchDocument[]): Promise<void> => {
    const byId = new Map(input.map((d) => [d.id, d]));
    if (byId.size === 0) return;
    const docs = [...byId.values()];
    const changed = new Map<number, SegmentEntry>();
    // Older copies of these articles become tombstones (the delta drops them when it is rebuilt).
    const replacedIn = new Map<number, string[]>();
    for (const id of byId.keys()) {
      const holder = docSegment.get(id);
      if (holder !== undefined) replacedIn.set(holder, [...(replacedIn.get(holder) ?? []), id]);
    }
    let segments = manifest.segments.map((s) => {
      const replaced = replacedIn.get(s.id);
      if (!replaced) return s;
      const entry = { ...s, deleted: [...s.deleted, ...replaced] };
      changed.set(entry.id, entry);
      return entry;
    });
    const delta = segments.find((s) => s.delta);
    const plan = chunkAddition(docs, delta ? liveCount(delta) : 0, sizes, slots.length);
    let nextId = manifest.nextSegmentId;
    const total = docs.length;
    let done = 0;
    progress({ phase: 'build', done, total });
    const built: { entry: SegmentEntry; slot: Slot }[] = [];
    const job =
      (
        slot: Slot,
        target: { id: number; gen: number; delta: boolean },
        from: SegmentEntry[],
        add: SearchDocument[],
      ) =>
      async (): Promise<void> => {
        built.push({ entry: await buildOn(slot, target, from, add), slot });
        done += add.length;
        progress({ phase: 'build', done, total });
      };
    const jobs: { slot: Slot | null; run: (slot: Slot) => Promise<void> }[] = plan.sealed.map((chunk) => {
      const target = { id: nextId++, gen: 0, delta: false };
      return { slot: null, run: (slot: Slot) => job(slot, target, [], chunk)() };
    });
    if (plan.delta.length > 0 || (plan.sealDelta && delta)) {
      // The delta is rebuilt where it lives, to reuse that worker's analysis of its articles.
      const deltaSlot = (delta && owner.get(delta.id)) ?? (slots[0] as Slot);
      const target = plan.sealDelta
        ? { id: nextId++, gen: 0, delta: false }
        : { id: delta?.id ?? nextId++, gen: delta ? delta.gen + 1 : 0, delta: true };
      jobs.push({ slot: deltaSlot, run: job(deltaSlot, target, delta ? [delta] : [], plan.delta) });
    }
    // Both cores: each worker takes the next sealed chunk when it is done with one.
    const open = jobs.filter((j) => !j.slot);
    await Promise.all([
      ...jobs.filter((j) => j.slot).map((j) => j.run(j.slot as Slot)),
      ...slots.map(async (slot) => {
        for (let next = open.shift(); next; next = open.shift()) await next.run(slot);
      }),
    ]);
    const builtIds = new Set(built.map((b) => b.entry.id));
    segments = segments.filter((s) => !builtIds.has(s.id) && !(plan.sealDelta && s === delta));
    segments.push(...built.map((b) => b.entry));
    for (const b of built) changed.delete(b.entry.id);
    await commit(
      segments,
      [
        ...built.map((b) => ({ entry: b.entry, slot: b.slot })),
        ...[...changed.values()].map((entry) => ({ entry })),
      ],
      nextId,
    );
    for (const doc of docs) docSegment.delete(doc.id);
    index(built.map((b) => b.entry));
    if (delta && plan.sealDelta) await retire([delta.id]);
    else await removeStrayFiles(dir, manifest);
    scheduleCompaction();
  };

  const removeUnlocked = async (ids: readonly string[]): Promise<void> => {
    const gone = new Map<number, string[]>();
    for (const id of new Set(ids)) {
      const segment = docSegment.get(id);
      if (segment === undefined) continue;
      docSegment.delete(id);
      gone.set(segment, [...(gone.get(segment) ?? []), id]);
    }
    if (gone.size === 0) return;
    const changed: { entry: SegmentEntry }[] = [];
    const segments = manifest.segments.map((s) => {
      const removed = gone.get(s.id);
      if (!removed) return s;
      const entry = { ...s, deleted: [...s.deleted, ...removed] };
      changed.push({ entry });
      return entry;
    });
    await commit(segments, changed);
    scheduleCompaction();
  };

  const compactOnce = (): Promise<void> =>
    exclusive(async () => {
      const plan = planCompaction(manifest.segments, sizes);
      if (plan.merge.length + plan.purge.length + plan.empty.length === 0) return;
      let nextId = manifest.nextSegmentId;
      const built: { entry: SegmentEntry; slot: Slot; replaces: number[] }[] = [];
      for (const group of [...plan.merge, ...plan.purge.map((s) => [s])]) {
        const slot = lightest();
        const entry = await buildOn(slot, { id: nextId++, gen: 0, delta: false }, group, []);
        built.push({ entry, slot, replaces: group.map((s) => s.id) });
      }
      const replaced = new Set([...built.flatMap((b) => b.replaces), ...plan.empty.map((s) => s.id)]);
      const segments = [
        ...manifest.segments.filter((s) => !replaced.has(s.id)),
        ...built.map((b) => b.entry),
      ];
      await commit(segments, built, nextId);
      index(built.map((b) => b.entry));
      await retire([...replaced]);
    });

  function scheduleCompaction(): void {
    background = background
      .then(() => compactOnce())
      .catch((error: unknown) => {
        problems.push(
          `search index compaction failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  }

  const searchOnce = (query: SearchQuery): Promise<SearchResult> => {
    const parts = slots
      .map((slot) => ({
        client: slot.client,
        segments: manifest.segments.filter((s) => owner.get(s.id) === slot).map((s) => s.id),
      }))
      .filter((part) => part.segments.length > 0);
    // An empty index still answers through one host (the query's terms, nothing found).
    const asked = parts.length > 0 ? parts : [{ client: (slots[0] as Slot).client, segments: [] }];
    return searchAcross(asked, query, (repairs) => void applyRepairs(repairs));
  };

  const api: SearchIndex = {
    add: (docs) => exclusive(() => addUnlocked(docs)),
    remove: (ids) => exclusive(() => removeUnlocked(ids)),
    sync: (docs) =>
      exclusive(async () => {
        const wanted = new Set(docs.map((d) => d.id));
        const missing = docs.filter((d) => !docSegment.has(d.id));
        const extra = [...docSegment.keys()].filter((id) => !wanted.has(id));
        await removeUnlocked(extra);
        await addUnlocked(missing);
        return { added: missing.length, removed: extra.length };
      }),
    has: (id) => docSegment.has(id),
    async search(query) {
      const run = searchOnce(query);
      inflight.add(run);
      try {
        return await run;
      } finally {
        inflight.delete(run);
      }
    },
    async status() {
      const loaded = await Promise.all(slots.map((s) => s.client.call('loadedCount')));
      return {
        documents: docSegment.size,
        segments: manifest.segments.length,
        loadedSegments: loaded.reduce((a, b) => a + b, 0),
        tombstones: manifest.segments.reduce((n, s) => n + s.deleted.length, 0),
        fingerprint: manifest.fingerprint,
        problems: [...problems],
      };
    },
    whenLoaded: () => loading.then(() => undefined),
    whenIdle: async () => {
      await background;
      await mutex;
    },
    async close() {
      await loading.catch(() => undefined);
      await api.whenIdle();
      await Promise.all(slots.map((s) => s.client.close()));
    },
  };
  return api;
}
