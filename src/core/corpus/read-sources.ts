import type { Span } from '../../shared/article';
import type { Header } from './read-header';

/** Who published the article, who wrote it and whom it cites. */
export interface Sources {
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly cites: string | null;
}

const capWord = "\\p{Lu}[\\p{L}\\p{N}.’'&-]*";
const outletName = `(${capWord}(?:\\s${capWord}){0,2})`;
/** "Kazinform cites …", "Reuters quotes …": the subject of citing is the outlet. */
const outletCites = new RegExp(
  `(?:^|[\\s(])${outletName}\\s+(?:cites|quotes|citing|quoting|reports citing)\\b`,
  'u',
);
/** "сообщает корреспондент «Хабар 24»", "передает Kazinform", "a Kazinform correspondent reports". */
const outletReports: readonly RegExp[] = [
  /корреспондент\p{L}*\s+(?:агентства\s+|телеканала\s+|портала\s+|издания\s+|газеты\s+)?(«[^»\n]{1,40}»|"[^"\n]{1,40}"|“[^”\n]{1,40}”|\p{Lu}[\p{L}\p{N}.-]+(?:\s\p{N}+)?)/u,
  new RegExp(`\\b(?:an?\\s+)?${outletName}\\s+correspondent\\s+(?:reports|writes|informs)\\b`, 'u'),
];

/** "Akorda press service", "press service of the Tatarstan president", "пресс-служба МВД Киргизии". */
const pressService =
  "((?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}press (?:service|office|centre|center)(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}’'-]+)?)";
const stopAfterService = /\s+(?:on|in|at|that|to|with|and|said|says|reported|reports|informed|as|who)\b.*$/u;
const citeVerb =
  '(?:cites|cited|citing|quotes|quoting|according to|says|said|reports|reported|informs|informed|told)';
const citesPatterns: readonly RegExp[] = [
  new RegExp(
    `\\b(?:cites|quotes|citing|quoting)\\s+(?:the\\s+)?((?:\\p{Lu}|press\\s)[^,.;:!?\\n]{1,80})`,
    'u',
  ),
  new RegExp(`\\b${citeVerb}\\s+(?:the\\s+)?${pressService}`, 'u'),
  new RegExp(
    `\\b(?:the\\s+)?${pressService}\\s+(?:said|says|reported|reports|informed|announced|stated)\\b`,
    'u',
  ),
  /(?:со ссылкой на|ссылаясь на)\s+([^,.;:!?\n«»]{2,80})/u,
  /(пресс-служб\p{L}*(?:\s+[^\s,.;:!?\n«»]+){1,5})/u,
  // "пишет Deutsche Welle", "сообщает «Коммерсантъ»": another outlet the article relies on.
  /(?:сообща\p{L}*|переда[её]т|пишет|информирует)\s+(?:агентство\s+|издание\s+|портал\s+|телеканал\s+|газета\s+)?(«[^»\n]{1,40}»|"[^"\n]{1,40}"|[A-Z][\w&-]*(?:\.[a-z]{2,3})?(?:\s[A-Z][\w&-]*){0,2})(?![\p{L}-])/u,
];

/** Words that make a short closing line the name of a publication rather than of a person. */
const outletWords =
  /\b(?:Analytics|News|Agency|Times|Post|Today|Inform|Press|TV|Radio|Daily|Herald|Journal|Gazette|Review|Media|Online|Tribune|Telegraph|Express|Observer|Magazine|Weekly|Insider|Wire|Channel|Report)\b|(?<!\p{L})(?:Новости|Газета|Известия|Ведомости|Агентство|ТВ|Радио|Медиа|Правда|Коммерсант)(?!\p{L})|\.(?:kz|ru|com|org|net|uz|kg)\b/u;
const personName = "\\p{Lu}[\\p{Ll}’'-]+(?:\\s(?:\\p{Lu}\\.\\s?)*\\p{Lu}[\\p{Ll}’'-]+){1,2}";
const nameList = new RegExp(
  `^(?:${personName})(?:\\s*(?:,|\\band\\b|&|(?<!\\p{L})и(?!\\p{L}))\\s*${personName})*$`,
  'u',
);
const bylinePrefix = /^(?:by|author|authors|text|автор|авторы|текст)\s*:?\s+/iu;

/**
 * Outlet, authors and cited source. The outlet comes from "X cites", a correspondent phrase, the
 * dateline agency, or a closing line naming a publication; authors from a byline at the top or a line
 * of names at the end; the cited source from the first citing phrase anywhere in the text.
 */
export function readSources(text: string, paragraphs: readonly Span[], header: Header): Sources {
  const leadEnd = paragraphs[header.leadParagraph + 1]?.[1] ?? paragraphs[header.leadParagraph]?.[1] ?? 0;
  const opening = text.slice(header.leadStart, Math.min(leadEnd, header.leadStart + 3000));
  let outlet = matchOutlet(opening);
  if (outlet === null && header.datelineAgency !== null) outlet = caseAsInText(text, header.datelineAgency);

  const trailer = closingLines(text, paragraphs);
  const authors: string[] = [];
  for (const line of trailer) {
    const names = bylineNames(line);
    if (names !== null && !outletWords.test(line)) authors.push(...names);
    else if (outlet === null && isOutletLine(line, authors.length > 0))
      outlet = line.replace(sourcePrefix, '');
  }
  const topLine = paragraphs[header.titleParagraph + 1];
  if (authors.length === 0 && topLine !== undefined) {
    const line = text.slice(topLine[0], topLine[1]);
    if (bylinePrefix.test(line)) authors.push(...(bylineNames(line) ?? []));
  }
  return { outlet, authors, cites: matchCites(text) };
}

function matchOutlet(opening: string): string | null {
  const cites = outletCites.exec(opening);
  if (cites?.[1] !== undefined) return cites[1];
  for (const re of outletReports) {
    const m = re.exec(opening);
    if (m?.[1] !== undefined) return m[1].replace(/^[«"“]|[»"”]$/gu, '');
  }
  return null;
}

function matchCites(text: string): string | null {
  let best: { index: number; value: string } | null = null;
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const re of citesPatterns) {
    const m = re.exec(head);
    if (m?.[1] === undefined || (best !== null && m.index >= best.index)) continue;
    const value = m[1]
      .replace(stopAfterService, '')
      .replace(/^the\s+/i, '')
      .replace(/(?:\s+\p{Ll}{1,2})+$/u, '')
      .replace(/^[«"“](.*)[»"”]$/u, '$1')
      .trim();
    if (value.length >= 2) best = { index: m.index, value };
  }
  return best?.value ?? null;
}

/** "KAZINFORM" is written "Kazinform" in the running text; "ТАСС" stays as it is. */
function caseAsInText(text: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').exec(text.replace(name, ''));
  return m !== null && m[0] !== m[0].toUpperCase() ? m[0] : name;
}

/** The last lines of the article when they are short and do not end like sentences. */
function closingLines(text: string, paragraphs: readonly Span[]): string[] {
  const lines: string[] = [];
  for (let i = paragraphs.length - 1; i >= 1 && lines.length < 3; i--) {
    const [s, e] = paragraphs[i] ?? [0, 0];
    const block = text.slice(s, e).split('\n').reverse();
    for (const raw of block) {
      const line = raw.trim();
      if (line.length > 80 || /[.!?:;»”"]$/.test(line) || line.split(/\s+/).length > 8)
        return lines.reverse();
      lines.push(line);
    }
  }
  return lines.reverse();
}

function bylineNames(line: string): string[] | null {
  const body = line.replace(bylinePrefix, '').trim();
  if (!nameList.test(body)) return null;
  return body
    .split(/\s*(?:,|\band\b|&|(?<!\p{L})и(?!\p{L}))\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

const sourcePrefix = /^(?:source|источник)\s*:\s*/iu;

function isOutletLine(line: string, afterAuthors: boolean): boolean {
  if (sourcePrefix.test(line)) return true;
  if (!/^\p{Lu}/u.test(line) || line.split(/\s+/).length > 5) return false;
  return outletWords.test(line) || afterAuthors;
}
