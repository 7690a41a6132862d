/**
 * Distances between the dates articles state, which may lack a year (`--08-19`): a report dated
 * 19 August and one dated 2021-08-19 may well describe the same day.
 */

const iso = /^(\d{4}|-)-(\d{2})-(\d{2})$/u;
const dayMs = 86_400_000;

function parts(date: string): { year: number | null; month: number; day: number } | null {
  const m = iso.exec(date);
  if (!m) return null;
  const [, year, month, day] = m;
  return { year: year === '-' ? null : Number(year), month: Number(month), day: Number(day) };
}

/**
 * Days between two dates; when either lacks its year, the distance between the two days of the year
 * (across New Year too). Null when either is missing or is not a full day.
 */
export function dayDistance(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  const pa = parts(a);
  const pb = parts(b);
  if (!pa || !pb) return null;
  const year = pa.year !== null && pb.year !== null ? null : 2001;
  const ta = Date.UTC(year ?? pa.year ?? 2001, pa.month - 1, pa.day);
  const tb = Date.UTC(year ?? pb.year ?? 2001, pb.month - 1, pb.day);
  const days = Math.round(Math.abs(ta - tb) / dayMs);
  return year === null ? days : Math.min(days, 365 - days);
}

/** True unless both dates are known and further apart than `maxDays`. */
export function datesCompatible(a: string | null, b: string | null, maxDays: number): boolean {
  const d = dayDistance(a, b);
  return d === null || d <= maxDays;
}

/** The more complete of two equal-day dates, for labels. */
export function fuller(a: string, b: string): string {
  return a.startsWith('--') ? b : a;
}
