/**
 * Deterministic perturbations of a parallel document, for measuring 1:2, 2:1 and 1:0 links: a seeded
 * generator, so every run measures the same cases.
 */

/** mulberry32: small, fast and good enough to pick cases reproducibly. */
export function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two sides of sentences and the gold links between them (indexes into each side). */
export interface Case {
  readonly a: string[];
  readonly b: string[];
  readonly gold: { a: number[]; b: number[] }[];
}

/** The document as it is: segment i links segment i. */
export function plain(a: readonly string[], b: readonly string[]): Case {
  return { a: [...a], b: [...b], gold: a.map((_, i) => ({ a: [i], b: [i] })) };
}

/** Joins neighbouring segments on one side (chosen at random) with probability `rate` per segment. */
export function merged(a: readonly string[], b: readonly string[], rate: number, rnd: () => number): Case {
  const out: Case = { a: [], b: [], gold: [] };
  for (let i = 0; i < a.length; i++) {
    const next = i + 1 < a.length;
    if (next && rnd() < rate) {
      const onA = rnd() < 0.5;
      const ai = out.a.length;
      const bi = out.b.length;
      if (onA) {
        out.a.push(`${a[i]} ${a[i + 1]}`);
        out.b.push(b[i] ?? '', b[i + 1] ?? '');
        out.gold.push({ a: [ai], b: [bi, bi + 1] });
      } else {
        out.a.push(a[i] ?? '', a[i + 1] ?? '');
        out.b.push(`${b[i]} ${b[i + 1]}`);
        out.gold.push({ a: [ai, ai + 1], b: [bi] });
      }
      i++;
    } else {
      out.gold.push({ a: [out.a.length], b: [out.b.length] });
      out.a.push(a[i] ?? '');
      out.b.push(b[i] ?? '');
    }
  }
  return out;
}

/** Drops a segment from one side (chosen at random) with probability `rate`: its partner links nothing. */
export function dropped(a: readonly string[], b: readonly string[], rate: number, rnd: () => number): Case {
  const out: Case = { a: [], b: [], gold: [] };
  for (let i = 0; i < a.length; i++) {
    if (a.length > 2 && rnd() < rate) {
      if (rnd() < 0.5) out.a.push(a[i] ?? '');
      else out.b.push(b[i] ?? '');
      continue;
    }
    out.gold.push({ a: [out.a.length], b: [out.b.length] });
    out.a.push(a[i] ?? '');
    out.b.push(b[i] ?? '');
  }
  return out;
}
