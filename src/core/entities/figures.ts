import type { Currency, Figure } from '../../shared/entities';
import { boundsOfRanges } from './figure-ranges';
import { inWords, wordsValue } from './number-words';

const monthsEn = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthsRu = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

const monthEn =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)';
const monthRu =
  '(?:январ[ьяею]|феврал[ьяею]|марта?|марте|апрел[ьяею]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[аеу]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const num = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)*';
const mult =
  'mln|million|millions|mn|bln|billion|billions|bn|trln|trillion|trillions|tn|thousand|тыс\\.?|тысяч(?:ами|ам|ах|а|и|у|е)?|млн\\.?|миллион(?:ами|ам|ах|а|ов|у|ом|е)?|млрд\\.?|миллиард(?:ами|ам|ах|а|ов|у|ом|е)?|трлн\\.?|триллион(?:ами|ам|ах|а|ов|у|ом|е)?';
// (a full stop only after a cut word, "долл.", "руб.": after "рублей" it ends the sentence)
const currencyWord =
  'долл(?:ар(?:ов|ам|ами|ах|а|ы)?|\\.)?(?:\\s+США)?|(?:US\\s)?dollars?|USD|US\\$|\\$|€|£|₽|₸|евро|euros?|EUR|руб(?:л(?:ей|ям|ях|я|ь)|\\.)?|r(?:o)?ubles?|RUB|тенге|tenge|KZT|тг\\.?|фунт(?:ов|а)?(?:\\s+стерлингов)?|pounds?(?:\\s+sterling)?|GBP|юан(?:ей|я|ь)|yuan|CNY';
/** The multipliers of a count with no currency: not "mn", "bn", "tn", which tonnes and money use. */
const countMult = mult
  .split('|')
  .filter((w) => !['mn', 'bn', 'tn'].includes(w))
  .join('|');
const symbolFirst = 'US\\$|\\$|€|£|₽|₸|USD|EUR|RUB|KZT|GBP';
/** A currency's code, which a sum may write before or after its number ("US" of "US$"). */
export const currencyCode = /^(?:US|USD|EUR|RUB|KZT|GBP|CNY)$/;

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** What joins the two ends of a range: a dash, "по", "до", "to", "until", "through". */
const until = '(?:\\s?[-–—]\\s?|\\s+(?:по|до|to|until|till|through)\\s+)';
/** "года", "г." after a year in Russian. */
const yearWord = '(?:\\s+(?:года|г\\.))?';
const yearAfter = `(?:,?\\s+(\\d{4})${yearWord})?`;
/** "30 сентября 2025 года", "1st of October" (day, month, year). */
const dayOfMonth = `(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?\\s+(?:of\\s+)?(${monthEn}|${monthRu})${yearAfter}`;
/** "September 30, 2025" (month, day, year). */
const monthAndDay = `(${monthEn})\\s+(\\d{1,2})(?:st|nd|rd|th)?${yearAfter}`;
const patterns = {
  iso: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'),
  dotted: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${E}`, 'gu'),
  // "15:00", "9:30": a time of day, no figure (nor its minutes a count)
  time: new RegExp(`${B}\\d{1,2}:\\d{2}${E}`, 'gu'),
  // "the 1980s", "в 2000-х годах": a decade, from its first year to its last
  decade: new RegExp(
    `${B}(1[0-9]\\d0|20\\d0)(?:s|-(?:е|х|ых|ые|м|ми))(?:\\s+(?:годы|годов|годах|годам|годами|гг\\.))?${E}`,
    'gu',
  ),
  // "30 сентября – 1 октября 2025 года", "September 30 to October 2, 2025": days of two months
  dayMonthCross: new RegExp(`${B}${dayOfMonth}${until}${dayOfMonth}${E}`, 'giu'),
  monthDayCross: new RegExp(`${B}${monthAndDay}${until}${monthAndDay}${E}`, 'giu'),
  // "1-2 октября 2024 года", "October 1-2, 2024", "с 15 по 17 мая": days of one month
  dayRangeMonth: new RegExp(
    `${B}(\\d{1,2})${until}(\\d{1,2})\\s+(${monthEn}|${monthRu})${yearAfter}${E}`,
    'giu',
  ),
  monthDayRange: new RegExp(`${B}(${monthEn})\\s+(\\d{1,2})${until}(\\d{1,2})${yearAfter}${E}`, 'giu'),
  // "в январе–июне 2025 года", "с января по сентябрь 2024 г.", "between January and June 2025"
  monthRange: new RegExp(
    `${B}(${monthEn}|${monthRu})(?:\\s+(\\d{4}))?(?:${until}|\\s+(and|и)\\s+)(${monthEn}|${monthRu})\\s+(\\d{4})${yearWord}${E}`,
    'giu',
  ),
  // "в 2023–2024 гг.", "2024-2025 годы", "the 2023-2024 season", "the 1950-53 war"
  yearRange: new RegExp(
    `${B}(\\d{4})${until}(\\d{4}|\\d{2})(?:\\s+(?:гг\\.|годы|годов|годах|годам|годами)(?![\\p{L}]))?(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  monthDay: new RegExp(`${B}${monthAndDay}${E}`, 'giu'),
  dayMonth: new RegExp(`${B}${dayOfMonth}${E}`, 'giu'),
  monthYear: new RegExp(`${B}(${monthEn}|${monthRu})\\s+(\\d{4})${yearWord}${E}`, 'giu'),
  // "Q1 2025", "first quarter of 2025", "в I квартале 2025 года", "первом полугодии 2024 г."
  quarterEn: new RegExp(
    `${B}(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|half)|([QH])([1-4]))(?:\\s+of)?,?\\s+(\\d{4})${E}`,
    'giu',
  ),
  quarterRu: new RegExp(
    `${B}(IV|I{1,3}|[1-4](?:-?(?:м|й|го|ом|му))?|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*)\\s+(квартал|полугоди|половин)\\p{L}*\\s+(\\d{4})${yearWord}${E}`,
    'giu',
  ),
  // ("$2.5m", "£500k": a letter glued to the number after a currency's sign is its multiplier)
  moneyBefore: new RegExp(`(${symbolFirst})\\s?(${num})(?:\\s?(${mult})${E}|([mkb])${E})?`, 'giu'),
  // ("1 млн 200 тыс. рублей": a smaller part may follow the first)
  moneyAfter: new RegExp(
    `${B}(${num}|${inWords})\\s?(?:(${mult})\\s?(?:(${num})\\s?(${mult})\\s?)?)?(${currencyWord})(?![\\p{L}])`,
    'giu',
  ),
  count: new RegExp(`${B}(${num}|${inWords})\\s?(${countMult})(?:\\s(${num})\\s?(${countMult}))?${E}`, 'giu'),
  // (percentage points too, which a report compares as percentages: "5,6 п.п.", "3 percentage points")
  // ("14-процентный рост", "a 14-percent rise": an adjective of a percentage is one too)
  percent: new RegExp(
    `${B}(${num}|${inWords})(?:\\s?%|[\\s-]?(?:percent|per\\s+cent|pct|percentage\\s+points?)${E}|\\s?процент(?:ами|ам|ах|а|ов)?(?:\\s+пункт\\p{L}*)?${E}|\\s?процентн\\p{L}+\\s+пункт\\p{L}*|-процентн\\p{L}+|\\s?п\\.\\s?п\\.|\\s?проц\\.)`,
    'giu',
  ),
  // "25-тысячная толпа": an adjective of a count in thousands or millions
  countAdjective: new RegExp(`${B}(${num})-(тысяч|миллион|миллиард|триллион)н\\p{L}+`, 'giu'),
  year: new RegExp(
    `(?:${B}(?:in|since|of|by|until|from|в|с|до|к|по|на)\\s+(\\d{4})${E})|(?:${B}(\\d{4})\\s+(?:год(?:а|у|ом)?|г\\.|year)${E})`,
    'giu',
  ),
  // (a year often stands alone: "the Act 2017", "in early 2018", "London 2012", "Кубок Райдера 2018:")
  bareYear: new RegExp(`${B}(?:1[89]\\d\\d|20\\d\\d)${E}`, 'gu'),
  // ("the 89th minute": an ordinal is its number, as "89-й" is)
  number: new RegExp(`${B}(${num})(?:st|nd|rd|th)?${E}`, 'gu'),
};

/**
 * What makes a bare number from 1800 to 2099 a count and not a year: in English a noun of things
 * counted after it or a word of quantity before it; in Russian a lower-case word after it ("2000
 * человек"), as a year in a Russian text stands with "года" or alone ("Кубок Райдера 2018:").
 */
const countAfter: Readonly<Record<'en' | 'ru', RegExp>> = {
  en: /^\s+(?:\p{Ll}+\s+)?(?:people|persons|men|women|children|troops|soldiers|police|officers|workers|jobs|employees|staff|residents|students|migrants|refugees|cases|deaths|homes|houses|units|tonnes|tons|barrels|km|kilometres|kilometers|miles|metres|meters|feet|acres|hectares|votes|copies|members|fans|times|of)(?![\p{L}])/u,
  ru: /^\s*(?:\p{Ll}|[-–—]?\s*\d)/u,
};
const countBefore: Readonly<Record<'en' | 'ru', RegExp>> = {
  en: /(?:about|around|some|nearly|almost|over|more than|less than|fewer than|up to|at least|approximately|roughly|only|just|another|additional|extra|all)\s+$/iu,
  ru: /(?:около|более|свыше|почти|менее|примерно|порядка|от|из|всего|лишь|только|уже|[№#])\s*$/iu,
};

const multipliers: readonly (readonly [RegExp, number])[] = [
  [/^(?:тыс|thousand)/i, 1e3],
  [/^(?:mln|million|mn|млн|миллион)/i, 1e6],
  [/^(?:bln|billion|bn|млрд|миллиард)/i, 1e9],
  [/^(?:trln|trillion|tn|трлн|триллион)/i, 1e12],
];

/** How a quarter or a half of a year is numbered, first to fourth: words, digits, Roman numerals. */
const partNumbers: readonly RegExp[] = [
  /^(?:first|1|i$|перв)/u,
  /^(?:second|2|ii$|втор)/u,
  /^(?:third|3|iii$|трет)/u,
  /^(?:fourth|4|iv$|четв)/u,
];

function multiplier(word: string | undefined): number {
  if (!word) return 1;
  const letter = { k: 1e3, m: 1e6, b: 1e9 }[word.toLowerCase()];
  if (letter !== undefined) return letter;
  for (const [re, n] of multipliers) if (re.test(word)) return n;
  return 1;
}

function currencyOf(word: string): Currency | undefined {
  const w = word.toLowerCase();
  if (/^(?:\$|us\$|usd|долл|dollar|us dollar)/.test(w)) return 'USD';
  if (/^(?:€|eur|евро)/.test(w)) return 'EUR';
  if (/^(?:₽|rub|руб|rouble|ruble)/.test(w)) return 'RUB';
  if (/^(?:₸|kzt|тенге|tenge|тг)/.test(w)) return 'KZT';
  if (/^(?:£|gbp|фунт|pound)/.test(w)) return 'GBP';
  if (/^(?:cny|юан|yuan)/.test(w)) return 'CNY';
  return undefined;
}

/**
 * Reads "7 791", "1,2", "12.6", "7,791", "three". In Russian a comma is the decimal mark; in English a
 * comma before exactly three digits groups thousands.
 */
export function parseNumber(text: string, lang: string): number {
  if (/^\p{L}/u.test(text)) return wordsValue(text);
  let s = text.replace(/[ \u00a0\u202f]/g, '');
  if (lang === 'ru' || lang === 'kk') s = s.replace(/,(?=\d+$)/, '.').replace(/,/g, '');
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(/,/g, '.');
  const parts = s.split('.');
  if (parts.length > 2) s = parts.slice(0, -1).join('') + '.' + parts.at(-1);
  return Number(s);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  if (/[а-я]/.test(w)) {
    if (/^ма[йяе]$/.test(w)) return 5;
    return monthsRu.findIndex((m, i) => i !== 4 && w.startsWith(m)) + 1;
  }
  return monthsEn.findIndex((m) => w.startsWith(m)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The year of a range's first month when only its last one states it: December before January is of
 * the year before.
 */
const startYear = (m1: number, m2: number, y2: string) => (m1 > m2 ? String(Number(y2) - 1) : y2);

function date(year: string | undefined, month: number, day?: number): string {
  const md = day === undefined ? pad(month) : `${pad(month)}-${pad(day)}`;
  return year ? `${year}-${md}` : `--${md}`;
}

/** Money, percentages, dates and plain counts, each with a value that compares across languages. */
export function findFigures(text: string, lang: string): Figure[] {
  const out: Figure[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const claim = (
    m: RegExpMatchArray,
    make: (m: RegExpMatchArray) => Omit<Figure, 'start' | 'end' | 'text'> | null,
  ) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!free(start, end)) return;
    const f = make(m);
    if (!f) return;
    taken.push([start, end]);
    out.push({ start, end, text: m[0], ...f });
  };
  const all = (re: RegExp, make: Parameters<typeof claim>[1]) => {
    for (const m of text.matchAll(re)) claim(m, make);
  };
  const validDay = (d: number, mo: number) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31;

  for (const m of text.matchAll(patterns.time)) taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  all(patterns.iso, (m) => ({ type: 'DATE', value: `${m[1]}-${m[2]}-${m[3]}` }));
  const day = (year: string | undefined, mo: number, d: number) =>
    validDay(d, mo) ? date(year, mo, d) : null;
  /** One day, a DATE figure when the month has it. */
  const oneDay = (year: string | undefined, mo: number, d: number) => {
    const value = day(year, mo, d);
    return value ? { type: 'DATE' as const, value } : null;
  };
  all(patterns.dotted, (m) => oneDay(m[3], Number(m[2]), Number(m[1])));
  const range = (from: string | null, to: string | null) =>
    from && to ? { type: 'DATE' as const, value: `${from}/${to}` } : null;
  /** Days `from` to `to` of one month, in order. */
  const days = (
    month: string | undefined,
    from: string | undefined,
    to: string | undefined,
    year?: string,
  ) => {
    const [mo, d1, d2] = [monthIndex(month ?? ''), Number(from), Number(to)];
    return d1 < d2 ? range(day(year, mo, d1), day(year, mo, d2)) : null;
  };
  /** From one day to a later one, a year stated only at the end holding for both ("30 сентября – 1 октября 2025"). */
  const cross = (
    mo1: string,
    d1: string,
    y1: string | undefined,
    mo2: string,
    d2: string,
    y2: string | undefined,
  ) => {
    const [m1, m2] = [monthIndex(mo1), monthIndex(mo2)];
    const from = y1 ?? (y2 && startYear(m1, m2, y2));
    const [a, b] = [day(from, m1, Number(d1)), day(y2, m2, Number(d2))];
    return a && b && (a < b || (y1 === undefined && y2 === undefined && m1 > m2)) ? range(a, b) : null;
  };
  all(patterns.decade, (m) => range(m[1] ?? '', String(Number(m[1]) + 9)));
  all(patterns.dayMonthCross, (m) => cross(m[2] ?? '', m[1] ?? '', m[3], m[5] ?? '', m[4] ?? '', m[6]));
  all(patterns.monthDayCross, (m) => cross(m[1] ?? '', m[2] ?? '', m[3], m[4] ?? '', m[5] ?? '', m[6]));
  all(patterns.dayRangeMonth, (m) => days(m[3], m[1], m[2], m[4]));
  all(patterns.monthDayRange, (m) => days(m[1], m[2], m[3], m[4]));
  all(patterns.monthDay, (m) => oneDay(m[3], monthIndex(m[1] ?? ''), Number(m[2])));
  all(patterns.dayMonth, (m) => oneDay(m[3], monthIndex(m[2] ?? ''), Number(m[1])));
  all(patterns.yearRange, (m) => {
    const [first, last] = [m[1] ?? '', m[2] ?? ''];
    const y1 = Number(first);
    // ("1950-53": after a dash, the last two digits of a later year of the same century; "2024-01" is no range)
    if (last.length === 2 && !/^\d{4}\s?[-–—]/u.test(m[0])) return null;
    const y2 = Number(last.length === 2 ? first.slice(0, 2) + last : last);
    return y1 >= 1000 && y2 <= 2100 && y1 < y2 && y2 - y1 <= 50 ? range(first, String(y2)) : null;
  });
  all(patterns.monthRange, (m) => {
    // ("and" only after "between": "in January and June 2025" names two months)
    if (m[3] !== undefined && !/(?:between|между)\s+$/iu.test(text.slice(0, m.index))) return null;
    const [m1, m2, y2] = [monthIndex(m[1] ?? ''), monthIndex(m[4] ?? ''), m[5] ?? ''];
    const from = `${m[2] ?? startYear(m1, m2, y2)}-${pad(m1)}`;
    const to = `${y2}-${pad(m2)}`;
    return from < to ? range(from, to) : null;
  });
  all(patterns.monthYear, (m) => {
    const mo = monthIndex(m[1] ?? '');
    return mo > 0 ? { type: 'DATE', value: `${m[2]}-${pad(mo)}` } : null;
  });
  /** "1,2 млрд", "1 млн 200 тыс.": a number times its multiplier, plus a smaller part after it. */
  const amount = (n: string, factor?: string, rest?: string, restFactor?: string): number | null => {
    const value = parseNumber(n, lang) * multiplier(factor);
    if (rest === undefined) return value;
    const part = multiplier(restFactor);
    return part < multiplier(factor) ? value + parseNumber(rest, lang) * part : null;
  };
  /** "2025-Q1", "2024-H2": a quarter or a half of a year, by its number (1st to 4th, I to IV). */
  const part = (which: string, half: boolean, year: string | undefined) => {
    const w = which.toLowerCase();
    const n = partNumbers.findIndex((re) => re.test(w)) + 1;
    if (!year || n === 0 || (half && n > 2)) return null;
    return { type: 'DATE' as const, value: `${year}-${half ? 'H' : 'Q'}${n}` };
  };
  all(patterns.quarterEn, (m) =>
    m[1] !== undefined
      ? part(m[1], m[2]?.toLowerCase() === 'half', m[5])
      : part(m[4] ?? '', m[3]?.toUpperCase() === 'H', m[5]),
  );
  all(patterns.quarterRu, (m) => part(m[1] ?? '', m[2]?.toLowerCase() !== 'квартал', m[3]));
  const money = (
    n: string | undefined,
    factor: string | undefined,
    cur: string | undefined,
    rest?: string,
    restFactor?: string,
  ) => {
    const currency = currencyOf(cur ?? '');
    const total = n === undefined ? null : amount(n, factor, rest, restFactor);
    if (total === null || !currency) return null;
    return { type: 'MONEY' as const, value: Math.round(total * 100) / 100, currency };
  };
  all(patterns.moneyBefore, (m) => money(m[2], m[3] ?? m[4], m[1]));
  all(patterns.moneyAfter, (m) => money(m[1], m[2], m[5], m[3], m[4]));
  all(patterns.percent, (m) => ({ type: 'PERCENT', value: parseNumber(m[1] ?? '', lang) }));
  all(patterns.count, (m) => {
    const value = amount(m[1] ?? '', m[2], m[3], m[4]);
    return value === null ? null : { type: 'NUMBER', value };
  });
  all(patterns.countAdjective, (m) => ({
    type: 'NUMBER',
    value: parseNumber(m[1] ?? '', lang) * multiplier(m[2]),
  }));
  const rules = lang === 'en' ? 'en' : 'ru';
  /** A year at `at`; one standing alone, unless the words around make it a count ("2000 people"). */
  const year = (at: number, y: string, alone: boolean) => {
    const [before, after] = [text.slice(Math.max(0, at - 24), at), text.slice(at + 4, at + 40)];
    if (Number(y) < 1000 || Number(y) > 2100 || !free(at, at + 4)) return;
    if (alone && (countAfter[rules].test(after) || countBefore[rules].test(before))) return;
    taken.push([at, at + 4]);
    out.push({ start: at, end: at + 4, text: y, type: 'DATE', value: y });
  };
  for (const m of text.matchAll(patterns.year)) {
    const y = m[1] ?? m[2] ?? '';
    year((m.index ?? 0) + m[0].indexOf(y), y, false);
  }
  for (const m of text.matchAll(patterns.bareYear)) year(m.index ?? 0, m[0], true);
  all(patterns.number, (m) => {
    const value = parseNumber(m[1] ?? '', lang);
    return Number.isFinite(value) ? { type: 'NUMBER', value } : null;
  });
  return boundsOfRanges(
    out.sort((a, b) => a.start - b.start),
    text,
    (f) => factorOf(f, lang),
  );
}

const leadingNumber = new RegExp(num);

/** What a figure's number was multiplied by: 1e9 for "5 млрд евро", 1 for "7%". */
function factorOf(f: Figure, lang: string): number {
  if (typeof f.value !== 'number') return 1;
  const n = parseNumber(leadingNumber.exec(f.text)?.[0] ?? '', lang);
  const factor = f.value / n;
  return [1e3, 1e6, 1e9, 1e12].find((x) => Math.abs(factor / x - 1) < 1e-9) ?? 1;
}
