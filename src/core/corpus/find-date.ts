/** A date found in text: ISO `YYYY-MM-DD`, or `--MM-DD` when the year is not stated. */
export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

const englishMonths: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** Genitive forms, as dates are written ("19 августа"), by their first letters. */
const russianMonths: Record<string, number> = {
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  ма: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
};
const kazakhMonths: Record<string, number> = {
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
};

const enMonth =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const ruMonth = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const kkMonth = `(?:${Object.keys(kazakhMonths).join('|')})\\p{L}*`;
const day = '(\\d{1,2})(?:st|nd|rd|th)?';
const year = '((?:19|20)\\d\\d)';

type Parts = [year: string | undefined, month: string | undefined, day: string | undefined];

/** Each pattern gives [year, month, day] from its groups. */
const patterns: readonly { re: RegExp; parts: (m: RegExpExecArray) => Parts }[] = [
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/u, parts: (m) => [m[1], m[2], m[3]] },
  { re: /\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b/u, parts: (m) => [m[3], m[2], m[1]] },
  {
    re: new RegExp(`\\b(${enMonth})\\s+${day}(?:,?\\s+${year})?(?![\\d.,]\\d)`, 'u'),
    parts: (m) => [m[3], m[1], m[2]],
  },
  {
    re: new RegExp(`\\b${day}\\s+(?:of\\s+)?(${enMonth})(?:,?\\s+${year})?`, 'u'),
    parts: (m) => [m[3], m[2], m[1]],
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${ruMonth})(?:\\s+${year})?(?!\\p{L})`, 'iu'),
    parts: (m) => [m[3], m[2], m[1]],
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(?:${year}\\s+жыл\\p{L}*\\s+)?(\\d{1,2})\\s+(${kkMonth})`, 'iu'),
    parts: (m) => [m[1], m[3], m[2]],
  },
];

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (/^[a-z]/.test(lower)) return englishMonths[lower.slice(0, 3)];
  for (const [stem, number] of Object.entries(kazakhMonths)) if (lower.startsWith(stem)) return number;
  // Longest stem first: "ма" (мая) is a prefix of "март".
  const stems = Object.keys(russianMonths).sort((a, b) => b.length - a.length);
  const stem = stems.find((s) => lower.startsWith(s));
  return stem === undefined ? undefined : russianMonths[stem];
}

function toIso(yearText: string | undefined, month: number, dayText: string | undefined): string | null {
  const d = Number(dayText);
  if (!Number.isInteger(d) || d < 1 || month < 1 || month > 12) return null;
  const y = yearText === undefined ? undefined : Number(yearText);
  const daysInMonth = new Date(Date.UTC(y ?? 2000, month, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  const mmdd = `${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return y === undefined ? `--${mmdd}` : `${y}-${mmdd}`;
}

/** The earliest valid date phrase in `text`, in any of the forms news in our languages use. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, parts } of patterns) {
    const m = re.exec(text);
    if (m === null || (best !== null && m.index >= best.index)) continue;
    const [y, monthText, d] = parts(m);
    if (monthText === undefined) continue;
    const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
    const iso = month === undefined ? null : toIso(y, month, d);
    if (iso !== null) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}
