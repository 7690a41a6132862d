/** Dates as the interface language writes them; partial dates (`--08-19`) without a year. */
export function formatArticleDate(iso: string | null, language: string): string | null {
  if (!iso) return null;
  return /^(?:\d{4}|-)-\d{2}-\d{2}$/u.test(iso) ? formatDateValue(iso, language) : iso;
}

/** A bare number (a tally beside a name) as the interface language writes it: 12,345 / 12 345. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A figure as the interface language writes it: $32.5B / 32,5 млрд $, 11.2% / 11,2 %, 1.5M / 1,5 млн. */
export function formatFigure(
  type: 'MONEY' | 'PERCENT' | 'NUMBER',
  value: number,
  language: string,
  currency?: string,
): string {
  if (type === 'PERCENT')
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
      value / 100,
    );
  const money =
    type === 'MONEY' && currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {};
  return new Intl.NumberFormat(language, {
    ...money,
    notation: value >= 1e5 ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  } as Intl.NumberFormatOptions).format(value);
}

/** How a part of a year is written: "Q1 2025", "1-й квартал 2025", "2025 ж. 1-тоқсан". */
const yearParts: Readonly<Record<string, (part: 'Q' | 'H', n: string, year: string) => string>> = {
  en: (part, n, year) => `${part}${n} ${year}`,
  ru: (part, n, year) => (part === 'Q' ? `${n}-й квартал ${year}` : `${n}-е полугодие ${year}`),
  kk: (part, n, year) => `${year} ж. ${n}-${part === 'Q' ? 'тоқсан' : 'жартыжылдық'}`,
};

/** A decade: "1980s", "1980-е", "1980-жылдар". */
const decades: Readonly<Record<string, (first: string) => string>> = {
  en: (first) => `${first}s`,
  ru: (first) => `${first}-е`,
  kk: (first) => `${first}-жылдар`,
};

/** A date value as a Date and the fields it states (`2024-10`: a year and a month). */
function dateParts(iso: string): { date: Date; fields: Intl.DateTimeFormatOptions } | null {
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?$/u.exec(iso);
  if (!m) return null;
  const [, year, month, day] = m;
  const fields: Intl.DateTimeFormatOptions = {
    ...(year === '-' ? {} : { year: 'numeric' }),
    ...(month === undefined ? {} : { month: 'long' }),
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  };
  const y = year === '-' ? 2000 : Number(year);
  return { date: new Date(Date.UTC(y, Number(month ?? 1) - 1, Number(day ?? 1))), fields };
}

/**
 * A figure's date as the interface language writes it, whatever its precision: a day, a month, a year,
 * a quarter or a half (`2025-Q1`), a range of any of these (`2024-10-01/2024-10-02`: "1–2 октября
 * 2024 г."), a decade (`1980/1989`).
 */
export function formatDateValue(iso: string, language: string): string {
  const lang = language in decades ? language : 'en';
  const [from = '', to] = iso.split('/');
  if (to !== undefined) {
    if (/^\d{3}0$/u.test(from) && to === `${from.slice(0, 3)}9`) return decades[lang]!(from);
    const [a, b] = [dateParts(from), dateParts(to)];
    // (a range across the new year with no year stated is written end to end: "28 декабря – 3 января")
    if (a && b && Object.keys(a.fields).length === Object.keys(b.fields).length && a.date <= b.date)
      return new Intl.DateTimeFormat(language, a.fields).formatRange(a.date, b.date);
    return `${formatDateValue(from, language)} – ${formatDateValue(to, language)}`;
  }
  const part = /^(\d{4})-([QH])([1-4])$/u.exec(iso);
  if (part) return yearParts[lang]!(part[2] as 'Q' | 'H', part[3]!, part[1]!);
  const one = dateParts(iso);
  return one ? new Intl.DateTimeFormat(language, one.fields).format(one.date) : iso;
}
