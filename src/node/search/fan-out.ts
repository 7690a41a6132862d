import type { SearchHit, SearchQuery, SearchResult } from '../../shared/search';
import type { HostClient } from './host-client';
import { compareHits, type HitDetails, type RawHit, type Repair } from './segment-host';

export const maxLimit = 500;

/** An integer option within bounds, or the fallback when it is not a number. */
export function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  const n = Math.floor(value ?? fallback);
  return Number.isFinite(n) ? Math.max(min, Math.min(n, max)) : fallback;
}

/**
 * One search over every worker: each ranks its own segments and returns its best `offset + limit`;
 * the merged page then asks the owners for stored fields and snippets (only for hits shown; making
 * them with the ranking saved a round trip but cost more CPU than it saved time).
 */
export async function searchAcross(
  parts: readonly { client: HostClient; segments: readonly number[] }[],
  query: SearchQuery,
  onRepairs: (repairs: readonly Repair[]) => void,
): Promise<SearchResult> {
  const limit = clampInt(query.limit, 20, 0, maxLimit);
  const offset = clampInt(query.offset, 0, 0, 1_000_000);
  const keep = offset + limit;
  const results = await Promise.all(
    parts.map(async (part) => ({
      part,
      result: await part.client.call('search', query, part.segments, keep),
    })),
  );
  const hits: (RawHit & { client: HostClient })[] = [];
  let total = 0;
  let complete = true;
  for (const { part, result } of results) {
    total += result.total;
    complete &&= result.complete;
    for (const hit of result.hits) hits.push({ ...hit, client: part.client });
    if (result.repairs.length > 0) onRepairs(result.repairs);
  }
  const first = results[0]?.result;
  hits.sort(compareHits(first?.sort ?? query.sort));
  const page = hits.slice(offset, keep);
  const details = new Map<RawHit, HitDetails | null>();
  await Promise.all(
    parts.map(async ({ client }) => {
      const mine = page.filter((h) => h.client === client);
      if (mine.length === 0) return;
      const got = await client.call(
        'details',
        query,
        mine.map((h) => ({ segment: h.segment, doc: h.doc })),
      );
      mine.forEach((h, i) => details.set(h, got[i] ?? null));
    }),
  );
  const out: SearchHit[] = [];
  for (const hit of page) {
    const d = details.get(hit);
    if (!d) continue;
    const { file, title, lang, date, outlet, snippet } = d;
    out.push({
      id: hit.id,
      file,
      title,
      lang,
      date,
      outlet,
      score: Math.round(hit.score * 1e4) / 1e4,
      snippet,
    });
  }
  return { total, hits: out, complete, terms: first?.terms ?? [] };
}
