import type { FigureType } from '../../shared/entities';
import type { PairReason } from '../../shared/pairing';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "19 August", "19 August 2021", "August 2021", "2021" from the ISO forms figures and headers use. */
export function dateLabel(iso: string): string {
  // ("1980/1989": a decade)
  const decade = /^(\d{3})0\/(\d{3})9$/u.exec(iso);
  if (decade && decade[1] === decade[2]) return `${decade[1]}0s`;
  // ("2024-10-01/2024-10-02", "2023/2024": from one date to another)
  if (iso.includes('/')) return iso.split('/').map(dateLabel).join(' – ');
  // ("2025-Q1", "2024-H2": a quarter or a half of a year)
  const part = /^(\d{4})-([QH][1-4])$/u.exec(iso);
  if (part) return `${part[2]} ${part[1]}`;
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?$/u.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month === undefined ? undefined : monthNames[Number(month) - 1];
  const parts = [day === undefined ? '' : String(Number(day)), name ?? '', year === '-' ? '' : (year ?? '')];
  return parts.filter((p) => p !== '').join(' ');
}

function compact(value: number): string {
  const abs = Math.abs(value);
  const scale: [number, string][] = [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
  ];
  for (const [size, word] of scale) if (abs >= size) return `${Number((value / size).toFixed(2))}${word}`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const currencySigns: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  RUB: '₽',
  KZT: '₸',
  CNY: '¥',
};

/** "26%", "$12.6 billion", "7,791". */
export function figureLabel(type: FigureType, value: number, currency?: string): string {
  if (type === 'PERCENT') return `${value}%`;
  if (type === 'MONEY') {
    const sign = currency === undefined ? '' : (currencySigns[currency] ?? `${currency} `);
    return `${sign}${compact(value)}`;
  }
  return compact(value);
}

/**
 * The plain English form: "shared: Tokayev, Mishustin, 26%, 19 August; quote by Tokayev; 12 shared
 * words (talks, trade, visit)".
 */
export function describeReasons(reasons: readonly PairReason[]): string {
  const shared: string[] = [];
  const extra: string[] = [];
  for (const r of reasons) {
    if (r.kind === 'quote') extra.push(`quote by ${r.label}`);
    else if (r.kind === 'speaker') extra.push(`both quote ${r.label}`);
    else if (r.kind === 'title') extra.push(`similar title (${r.label})`);
    else if (r.kind === 'words') extra.push(`${r.count} shared words (${r.label})`);
    else shared.push(r.label);
  }
  const parts = shared.length > 0 ? [`shared: ${shared.join(', ')}`] : [];
  return [...parts, ...extra].join('; ');
}
