/** Dates as the interface language writes them; partial dates (`--08-19`) without a year. */
export function formatArticleDate(iso: string | null, language: string): string | null {
  if (!iso) return null;
  const partial = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (partial) {
    const date = new Date(Date.UTC(2000, Number(partial[1]) - 1, Number(partial[2])));
    return new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!full) return iso;
  const date = new Date(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A bare number (a tally beside a name) as the interface language writes it: 12,345 / 12 345. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
