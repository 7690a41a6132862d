import { datesCompatible } from './dates';
import type { PairEvidence } from './compare-docs';
import type { PairingIndex } from './pairing-index';

/**
 * A group of articles: one event reported several times (`sameEvent`), or a thread of events with the
 * same parties (meetings of the same two leaders on different visits).
 */
export interface Story {
  readonly ids: readonly string[];
  readonly sameEvent: boolean;
}

export interface StoryOptions {
  /** Lowest pair score for one event (default 0.3). */
  readonly eventScore?: number;
  /** A pair this similar is one event even without a shared figure or quotation (default 0.6). */
  readonly sureScore?: number;
  /** Lowest pair score for a thread (default 0.2). */
  readonly threadScore?: number;
  /** Reports of one event are dated at most this many days apart (default 3). */
  readonly maxDays?: number;
  /** How many counterparts of each article are considered (default 10). */
  readonly neighbours?: number;
}

type Kind = 'event' | 'thread';

/** What links two articles, if anything. */
export function linkKind(e: PairEvidence, options: StoryOptions = {}): Kind | null {
  const { eventScore = 0.3, sureScore = 0.6, threadScore = 0.2, maxDays = 3 } = options;
  const dated = e.days === null || e.days <= maxDays;
  // a translation (its sentence lengths fit one, see lengthFit) reports the same event by definition
  const translated = e.structure >= 0.8;
  if (e.score >= eventScore && dated && (e.figures > 0 || e.quotes > 0 || translated || e.score >= sureScore))
    return 'event';
  // "same parties": two people or organisations, not just a country everybody names
  if (e.score >= threadScore && e.parties >= 2) return 'thread';
  return null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Average-linkage merging over the candidate links only: two groups merge when at least half of the
 * pairs across them are linked, so one loose link cannot chain unrelated groups together.
 */
function cluster(
  groups: string[][],
  edges: readonly { a: string; b: string; score: number }[],
  linked: (a: string, b: string) => boolean,
): string[][] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  const members = groups.map((g) => [...g]);
  for (const { a, b } of [...edges].sort((x, y) => y.score - x.score)) {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga === undefined || gb === undefined || ga === gb) continue;
    const A = members[ga] ?? [];
    const B = members[gb] ?? [];
    let links = 0;
    for (const x of A) for (const y of B) if (linked(x, y)) links++;
    if (links * 2 < A.length * B.length) continue;
    for (const id of B) groupOf.set(id, ga);
    members[ga] = [...A, ...B];
    members[gb] = [];
  }
  return members.filter((g) => g.length > 0);
}

/** Groups the articles of an index into events and threads. Articles that stand alone are left out. */
export function groupStories(index: PairingIndex, options: StoryOptions = {}): Story[] {
  const kinds = new Map<string, Kind>();
  const edges: { a: string; b: string; score: number; kind: Kind }[] = [];
  const ids = index.ids();
  const dates = new Map(ids.map((id) => [id, index.get(id)?.date ?? null]));
  for (const id of ids) {
    for (const c of index.neighbours(id, options.neighbours ?? 10)) {
      const key = pairKey(id, c.id);
      if (kinds.has(key)) continue;
      const kind = linkKind(c.evidence, options);
      if (kind === null) continue;
      kinds.set(key, kind);
      edges.push({ a: id, b: c.id, score: c.evidence.score, kind });
    }
  }
  const maxDays = options.maxDays ?? 3;
  const isEvent = (a: string, b: string) =>
    kinds.get(pairKey(a, b)) === 'event' &&
    datesCompatible(dates.get(a) ?? null, dates.get(b) ?? null, maxDays);
  const events = cluster(
    ids.map((id) => [id]),
    edges.filter((e) => e.kind === 'event'),
    isEvent,
  );
  const threads = cluster(events, edges, (a, b) => kinds.has(pairKey(a, b)));
  const stories: Story[] = [];
  for (const e of events) if (e.length > 1) stories.push({ ids: e, sameEvent: true });
  for (const t of threads) {
    const parts = events.filter((e) => e.every((id) => t.includes(id)));
    if (parts.length > 1) stories.push({ ids: t, sameEvent: false });
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  const first = (s: Story) => Math.min(...s.ids.map((id) => order.get(id) ?? 0));
  return stories
    .map((s) => ({ ...s, ids: [...s.ids].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)) }))
    .sort((x, y) => first(x) - first(y) || Number(y.sameEvent) - Number(x.sameEvent));
}
