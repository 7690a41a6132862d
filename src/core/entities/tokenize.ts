import { invisibleChars } from '../language/letters';

/** A word, number or punctuation mark, with UTF-16 offsets into the text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'num' | 'punct';
  /** First letter upper case. */
  readonly cap: boolean;
  /** Two or more letters, all upper case (КАМАЗ, NUR). */
  readonly allCaps: boolean;
  readonly cyrillic: boolean;
  /** First word of a sentence, a line or a quotation: its capital letter says nothing. */
  readonly sentenceStart: boolean;
  /** Whitespace stands between this token and the previous one. */
  readonly spaceBefore: boolean;
  /** A line break stands between this token and the previous one. */
  readonly lineBefore: boolean;
}

/** Marks that open and close a quotation; '"' and '“' do both. */
export const openQuotes: ReadonlySet<string> = new Set(['«', '"', '“', '„']);
export const closeQuotes: ReadonlySet<string> = new Set(['»', '"', '”', '“']);

// Apostrophes stay inside names (O'Brien, d’Estaing) but a possessive 's is a token of its own.
// A site's name (NEWSru.com, Lenta.ru) is one token, and so are U.S., D.C., U.N. (and U.S without its
// last dot): their dots end no sentence and split no name. A name that opens with figures (3Com) is one
// word. An invisible character (a zero-width space, a direction mark, a soft hyphen), which some texts
// carry between words, is no token ("Тереза \u200b\u200bМэй"): the characters search ignores.
const siteName = String.raw`[\p{L}\p{N}]+\.(?:com|ru|org|net|kz|info|io|uk|de|fr|ua|by|su|uz|kg)`;
const tokenPattern = new RegExp(
  String.raw`${siteName}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|(?:\p{Lu}\.)+\p{Lu}(?![\p{L}\p{N}])|(?<!\p{N})\p{N}{1,2}[A-Z][a-z]{2,}(?![\p{L}\p{N}])|[\p{L}\p{M}]+(?:['’ʼ](?![sS]\b)[\p{L}\p{M}]+)*|\p{N}+|[^\s${invisibleChars}]`,
  'gu',
);
const siteToken = new RegExp(`^${siteName}$`, 'u');

/** A site's name, one token: Lenta.ru, Страна.ua, vc.ru. */
export const isSiteName = (t: Token): boolean => t.kind === 'word' && siteToken.test(t.text);

/** Whether a token of `text` lies inside a web address (http://…, www.…). */
export function inWebAddress(text: string): (tok: Token) => boolean {
  const urls = [...text.matchAll(/(?:https?:\/\/|www\.)[^\s\]]+/g)].map((u) => [
    u.index,
    u.index + u[0].length,
  ]);
  if (urls.length === 0) return () => false;
  return (tok) => urls.some(([a = 0, b = 0]) => tok.start >= a && tok.start < b);
}

const sentenceEnd = new Set(['.', '!', '?', '…', ':', ';']);
const transparent = new Set(['«', '»', '"', '“', '”', '„', "'", '‘', '’', '(', ')', '[', '-', '–', '—']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let prevEnd = 0;
  for (const m of text.matchAll(tokenPattern)) {
    const word = m[0];
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const lineBefore = gap.includes('\n') || tokens.length === 0;
    if (lineBefore) atStart = true;
    // ("3Com", "7Eleven": a name may open with figures)
    const first = /^\p{N}+[A-Z]/u.test(word) ? word.replace(/^\p{N}+/u, '').charAt(0) : word.charAt(0);
    const isWord = /\p{L}/u.test(first);
    const kind = isWord ? 'word' : /\p{N}/u.test(first) ? 'num' : 'punct';
    const cap = isWord && first !== first.toLowerCase();
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      kind,
      cap,
      allCaps: isWord && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
      cyrillic: /[\u0400-\u04ff]/.test(word),
      sentenceStart: atStart && kind !== 'punct',
      spaceBefore: gap.length > 0,
      lineBefore,
    });
    if (kind === 'punct') {
      // "г." and initials do not end a sentence; a full stop after a short lower-case word usually does
      if (sentenceEnd.has(word) && !isAbbreviation(tokens, text)) atStart = true;
      else if (!transparent.has(word)) atStart = false;
    } else atStart = false;
    prevEnd = start + word.length;
  }
  return tokens;
}

const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'govs',
  'prof',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'jr',
  'sr',
  'vs',
  'no',
  'г',
  'гг',
  'т',
  'е',
  'др',
  'пр',
  'ул',
  'им',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'долл',
  'см',
  'стр',
  'д',
]);

function isAbbreviation(tokens: readonly Token[], text: string): boolean {
  const dot = tokens.at(-1);
  const before = tokens.at(-2);
  if (!dot || dot.text !== '.' || !before || before.end !== dot.start || before.kind !== 'word') return false;
  if (before.cap && isInitialLetter(before.text)) return true; // an initial: "М. В. Мишустин"
  if (!abbreviations.has(before.text.toLowerCase())) return false;
  // "…in 2021 г. Next sentence": an abbreviation ends the sentence when a capital follows a blank line
  return !/^\s*\n\s*\n/.test(text.slice(dot.end, dot.end + 4));
}

/** A letter that stands for a name: one capital, or Дж, the Russian J ("Майкл Дж. Фокс"). */
export function isInitialLetter(word: string): boolean {
  return word.length === 1 || word === 'Дж';
}

/** A capitalised word in Latin letters (Bank, France, Obama). */
export const isLatinCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && !t.cyrillic;

/** Tokens `start` to `end` as the text writes them, one space where it has space ("Нью-Йорк", "St. Louis"). */
export function writtenText(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t, n) => (n > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('');
}
