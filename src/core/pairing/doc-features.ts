import { wordKeys } from './name-keys';
import { figureKey, isTellingFigure, type PairingDoc } from './pairing-doc';

/**
 * The weighted features of an article that the inverted index holds. Prefixes keep kinds apart:
 * `e:` entity id, `s:` surname of a person, `f:` figure, `n:` capitalised word, `q:` quoted speaker.
 * Weights are per kind and per count; rarity (IDF) is applied at query time, so it follows the corpus.
 */
export const kindWeights = {
  e: 1,
  s: 0.5,
  f: 1.5,
  d: 0.8,
  n: 0.35,
  common: 0.1,
  c: 0.2,
  w: 0.35,
  q: 0.5,
  source: 0.2,
} as const;

const tf = (count: number) => 1 + Math.log(Math.max(1, count));

/** The surname skeleton of a person entity: from an unknown-name id `x:surname.given`, else its English name. */
export function surnameKey(id: string, nameEn: string | null): string | null {
  const unknown = /^x:([a-z0-9]+)\./u.exec(id);
  if (unknown) return unknown[1] ?? null;
  if (id.startsWith('x:') || nameEn === null) return null;
  const last = nameEn.trim().split(/\s+/u).at(-1);
  return last === undefined ? null : (wordKeys(last)[0] ?? null);
}

export function featuresOf(doc: PairingDoc): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string, weight: number) => out.set(key, Math.max(out.get(key) ?? 0, weight));
  for (const e of doc.entities) {
    add(`e:${e.id}`, (e.source ? kindWeights.source : kindWeights.e) * tf(e.count));
    if (e.type === 'PER') {
      const surname = surnameKey(e.id, e.name.en);
      if (surname !== null) add(`s:${surname}`, kindWeights.s * tf(e.count));
    }
  }
  for (const f of doc.figures)
    if (isTellingFigure(f)) add(`f:${figureKey(f)}`, f.type === 'DATE' ? kindWeights.d : kindWeights.f);
  for (const n of doc.names) add(`n:${n.key}`, (n.common ? kindWeights.common : kindWeights.n) * tf(n.count));
  for (const [key, count] of doc.cognates) add(`c:${key}`, kindWeights.c * tf(count));
  for (const [key, count] of doc.words) add(`w:${key}`, kindWeights.w * tf(count));
  for (const q of doc.quotes) if (q.speaker !== null) add(`q:${q.speaker}`, kindWeights.q);
  return out;
}
