/**
 * The locale checks of `npm run i18n:check`: every locale has every key (with the plural forms its
 * language needs), no locale has keys English lacks, every key is used by the code, and placeholders
 * agree across languages. English (`locales/en`) is the reference: the compiler types keys from it.
 *
 * How "used" is decided, from the sources of src/renderer and src/main:
 * - `t('ns:key')` names its namespace; `t('key')` is looked up in the namespaces the same file passes to
 *   `useTranslation(…)` (or `getFixedT(…)`), `common` when it passes none;
 * - every string literal in `t`'s first argument counts (`t(done ? 'a' : 'b')` uses both), as does
 *   `i18nKey="…"`;
 * - a template such as `` t(`errors:${code}`) `` uses every key under its static prefix (`errors:`), since
 *   which one is decided at run time; a template without a static prefix uses nothing, so give it one;
 * - a plural base (`t('count', { count })`) uses each of its plural forms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** language → namespace → the parsed JSON of `locales/<language>/<namespace>.json`. */
export type Locales = Record<string, Record<string, unknown>>;

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

export type Rule = 'missing' | 'extra' | 'unused' | 'undefined' | 'placeholders' | 'type' | 'format';

export interface Problem {
  readonly rule: Rule;
  readonly language: string;
  readonly key: string;
  readonly message: string;
}

const pluralSuffix = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/;

/** Flattens nested namespaces to `ns:a.b.c` → value; a non-string leaf is kept as it is. */
export function flatten(namespaces: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, key: string, sep: string) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, `${key}${sep}${k}`, '.');
    } else out.set(key, value);
  };
  for (const [ns, content] of Object.entries(namespaces)) walk(content, ns, ':');
  return out;
}

interface PluralKey {
  readonly base: string;
  readonly ordinal: boolean;
  readonly category: string;
}

function parsePlural(key: string): PluralKey | null {
  const m = pluralSuffix.exec(key);
  return m?.[1] && m[3] ? { base: m[1], ordinal: m[2] !== undefined, category: m[3] } : null;
}

/** The CLDR plural categories a language needs, as i18next picks them (`_zero` is always optional). */
export function pluralCategories(language: string, ordinal = false): readonly string[] {
  return new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
    .pluralCategories;
}

/** `{{name}}` and `{{name, format}}` → `name`; sorted, without repeats. */
export function placeholders(value: string): string[] {
  return [...new Set([...value.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** English's plural groups: base (with `_ordinal` when it is one) → the variants English has. */
function pluralGroups(reference: Map<string, unknown>): Map<string, PluralKey> {
  const groups = new Map<string, PluralKey>();
  for (const key of reference.keys()) {
    const plural = parsePlural(key);
    if (plural) groups.set(plural.base + (plural.ordinal ? '_ordinal' : ''), plural);
  }
  return groups;
}

function pluralKeysFor(group: PluralKey, language: string): string[] {
  const mid = group.ordinal ? '_ordinal_' : '_';
  return pluralCategories(language, group.ordinal).map((c) => `${group.base}${mid}${c}`);
}

const languageName = (language: string) =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;

/**
 * Missing and extra keys, wrong value types and placeholder differences, for every language against the
 * reference (itself included: English also needs its own plural forms).
 */
export function checkLocales(locales: Locales, reference = 'en'): Problem[] {
  const problems: Problem[] = [];
  const ref = flatten(locales[reference] ?? {});
  const groups = pluralGroups(ref);
  const refPlaceholders = placeholderSets(ref, groups);

  for (const [language, namespaces] of Object.entries(locales)) {
    const keys = flatten(namespaces);
    const expected = new Set<string>();
    const allowed = new Set<string>();
    for (const key of ref.keys()) if (!parsePlural(key)) expected.add(key);
    for (const group of groups.values()) {
      for (const key of pluralKeysFor(group, language)) expected.add(key);
      allowed.add(`${group.base}${group.ordinal ? '_ordinal' : ''}_zero`);
    }
    for (const key of expected) {
      if (!keys.has(key)) {
        const plural = parsePlural(key);
        const why = plural
          ? ` (${languageName(language)} needs the plural forms ${pluralCategories(language, plural.ordinal).join(', ')})`
          : '';
        problems.push({ rule: 'missing', language, key, message: `missing${why}` });
      }
    }
    for (const [key, value] of keys) {
      if (!expected.has(key) && !allowed.has(key)) {
        const plural = parsePlural(key);
        const why =
          plural && groups.has(plural.base + (plural.ordinal ? '_ordinal' : ''))
            ? ` (${languageName(language)} has no '${plural.category}' plural form)`
            : ` (not in ${reference})`;
        problems.push({ rule: 'extra', language, key, message: `extra key${why}` });
      } else if (typeof value !== 'string' || value.trim() === '') {
        problems.push({ rule: 'type', language, key, message: 'not a translated string' });
      } else if (/\{\{\s*count\s*\}\}/.test(value)) {
        // A bare count prints 12345 in every language; Intl writes 12,345 or 12 345 as the language does.
        const message = 'writes {{count}} bare: use {{count, number}}';
        problems.push({ rule: 'format', language, key, message });
      }
    }
    const own = placeholderSets(keys, groups);
    for (const [key, names] of own) {
      const want = refPlaceholders.get(key);
      if (want === undefined || want.join() === names.join()) continue;
      const list = (n: readonly string[]) => (n.length ? n.map((p) => `{{${p}}}`).join(' ') : 'none');
      problems.push({
        rule: 'placeholders',
        language,
        key,
        message: `placeholders ${list(names)} differ from ${reference}'s ${list(want)}`,
      });
    }
  }
  return problems;
}

/** Placeholders per key; a plural group's forms are pooled, since one form may leave `{{count}}` out. */
function placeholderSets(keys: Map<string, unknown>, groups: Map<string, PluralKey>): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const [key, value] of keys) {
    if (typeof value !== 'string') continue;
    const plural = parsePlural(key);
    const id = plural && groups.has(plural.base + (plural.ordinal ? '_ordinal' : '')) ? plural.base : key;
    const set = sets.get(id) ?? new Set<string>();
    for (const p of placeholders(value)) set.add(p);
    sets.set(id, set);
  }
  return new Map([...sets].map(([k, v]) => [k, [...v].sort()]));
}

type Literal =
  { readonly kind: 'exact'; readonly value: string } | { readonly kind: 'prefix'; readonly value: string };

/** Reads a quoted string starting at `text[i]`; returns its value and the index after it. */
function readQuoted(text: string, i: number): [string, number] {
  const quote = text[i];
  let value = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') {
      value += text[++j] ?? '';
    } else if (c === quote) return [value, j + 1];
    else value += c;
  }
  return [value, text.length];
}

/** Reads a template literal at `text[i]`: its static text before the first `${`, and whether it had one. */
function readTemplate(text: string, i: number): [Literal, number] {
  let head = '';
  let dynamic = false;
  let j = i + 1;
  while (j < text.length && text[j] !== '`') {
    if (text[j] === '\\') {
      if (!dynamic) head += text[j + 1] ?? '';
      j += 2;
    } else if (text[j] === '$' && text[j + 1] === '{') {
      dynamic = true;
      j = skipExpression(text, j + 2, '}');
    } else {
      if (!dynamic) head += text[j];
      j++;
    }
  }
  return [dynamic ? { kind: 'prefix', value: head } : { kind: 'exact', value: head }, j + 1];
}

/** Skips to just past the `close` that ends an expression, stepping over strings and brackets. */
function skipExpression(text: string, i: number, close: string): number {
  let j = i;
  while (j < text.length) {
    const c = text[j] ?? '';
    if (c === close) return j + 1;
    if (c === "'" || c === '"') j = readQuoted(text, j)[1];
    else if (c === '`') j = readTemplate(text, j)[1];
    else if (c === '(') j = skipExpression(text, j + 1, ')');
    else if (c === '[') j = skipExpression(text, j + 1, ']');
    else if (c === '{') j = skipExpression(text, j + 1, '}');
    else j++;
  }
  return j;
}

/** The string literals and template prefixes of the first argument of a call whose `(` is at `i - 1`. */
function firstArgumentLiterals(text: string, i: number): Literal[] {
  const literals: Literal[] = [];
  let j = i;
  while (j < text.length) {
    const c = text[j] ?? '';
    if (c === ',' || c === ')') break;
    if (c === "'" || c === '"') {
      const [value, next] = readQuoted(text, j);
      literals.push({ kind: 'exact', value });
      j = next;
    } else if (c === '`') {
      const [literal, next] = readTemplate(text, j);
      literals.push(literal);
      j = next;
    } else if (c === '(') j = skipExpression(text, j + 1, ')');
    else if (c === '[') j = skipExpression(text, j + 1, ']');
    else if (c === '{') j = skipExpression(text, j + 1, '}');
    else j++;
  }
  return literals;
}

export interface Usage {
  /** `ns:key` of every key used by name (a plural base stands for its forms). */
  readonly exact: ReadonlySet<string>;
  /** `ns:prefix` of every template whose end is chosen at run time. */
  readonly prefixes: ReadonlySet<string>;
  /** Keys named with an explicit namespace, with the file, to report the ones English lacks. */
  readonly explicit: readonly { readonly key: string; readonly file: string }[];
}

/** What the sources use; see the header of this file for the rules. */
export function findUsage(
  sources: readonly SourceFile[],
  namespaces: readonly string[],
  defaultNS = 'common',
): Usage {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  const explicit: { key: string; file: string }[] = [];
  const known = new Set(namespaces);
  for (const { file, text } of sources) {
    const fileNamespaces = new Set<string>();
    for (const m of text.matchAll(/\b(?:useTranslation|getFixedT)\s*\(/g)) {
      const args = text.slice(m.index + m[0].length, skipExpression(text, m.index + m[0].length, ')'));
      for (const s of args.matchAll(/['"]([\w-]+)['"]/g))
        if (s[1] && known.has(s[1])) fileNamespaces.add(s[1]);
    }
    if (fileNamespaces.size === 0) fileNamespaces.add(defaultNS);
    const literals: Literal[] = [];
    for (const m of text.matchAll(/(?:^|[^\w$])t\s*\(/g)) {
      literals.push(...firstArgumentLiterals(text, m.index + m[0].length));
    }
    for (const m of text.matchAll(/\bi18nKey\s*=\s*\{?\s*(['"`])/g)) {
      const start = m.index + m[0].length - 1;
      literals.push(
        m[1] === '`' ? readTemplate(text, start)[0] : { kind: 'exact', value: readQuoted(text, start)[0] },
      );
    }
    for (const literal of literals) {
      const colon = literal.value.indexOf(':');
      const ns = colon > 0 ? literal.value.slice(0, colon) : '';
      const target = literal.kind === 'exact' ? exact : prefixes;
      if (known.has(ns)) {
        target.add(literal.value);
        if (literal.kind === 'exact') explicit.push({ key: literal.value, file });
      } else if (literal.value !== '') {
        for (const fileNs of fileNamespaces) target.add(`${fileNs}:${literal.value}`);
      }
    }
  }
  return { exact, prefixes, explicit };
}

/** Reference keys no source uses, and explicitly namespaced keys the reference lacks. */
export function checkUsage(locales: Locales, usage: Usage, reference = 'en'): Problem[] {
  const problems: Problem[] = [];
  const ref = flatten(locales[reference] ?? {});
  const defined = new Set<string>();
  for (const key of ref.keys()) {
    const plural = parsePlural(key);
    defined.add(key);
    if (plural) defined.add(plural.base);
    const used =
      usage.exact.has(key) ||
      (plural !== null && usage.exact.has(plural.base)) ||
      [...usage.prefixes].some((p) => key.startsWith(p));
    if (!used)
      problems.push({ rule: 'unused', language: reference, key, message: 'unused: no source uses it' });
  }
  for (const { key, file } of usage.explicit) {
    if (!defined.has(key) && ![...defined].some((d) => d.startsWith(`${key}.`)))
      problems.push({
        rule: 'undefined',
        language: reference,
        key,
        message: `used in ${file} but not defined`,
      });
  }
  return problems;
}

/** Reads every `locales/<language>/<namespace>.json`. */
export function readLocales(dir: string): Locales {
  const locales: Locales = {};
  for (const language of readdirSync(dir, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const namespaces: Record<string, unknown> = {};
    for (const file of readdirSync(path.join(dir, language.name))) {
      if (!file.endsWith('.json')) continue;
      const full = path.join(dir, language.name, file);
      try {
        namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(full, 'utf8'));
      } catch (error) {
        throw new Error(`${full}: not valid JSON (${String(error)})`, { cause: error });
      }
    }
    locales[language.name] = namespaces;
  }
  return locales;
}

/** The TypeScript sources under `dirs`, tests left out (they may name keys that do not exist). */
export function readSources(root: string, dirs: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const full = path.join(entry.parentPath, entry.name);
      out.push({ file: path.relative(root, full), text: readFileSync(full, 'utf8') });
    }
  }
  return out;
}

/** A problem as a line that says where to fix it. */
export function formatProblem(p: Problem): string {
  if (p.key === '') return `locales/${p.language}: ${p.message}`;
  const colon = p.key.indexOf(':');
  const file = `locales/${p.language}/${p.key.slice(0, colon)}.json`;
  return `${file}: "${p.key.slice(colon + 1)}": ${p.message}`;
}

export function runCheck(root: string, languages: readonly string[]): Problem[] {
  const locales = readLocales(path.join(root, 'locales'));
  const problems: Problem[] = [];
  for (const language of languages) {
    if (!(language in locales))
      problems.push({ rule: 'missing', language, key: '', message: 'no such folder' });
  }
  problems.push(...checkLocales(locales));
  const usage = findUsage(readSources(root, ['src/renderer', 'src/main']), Object.keys(locales.en ?? {}));
  problems.push(...checkUsage(locales, usage));
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { uiLanguages } = await import('../src/shared/article');
  const problems = runCheck(path.resolve(import.meta.dirname, '..'), uiLanguages);
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length > 0) {
    console.error(`\ni18n: ${problems.length} problem(s) in locales/.`);
    process.exitCode = 1;
  } else {
    console.log(`i18n: locales ${uiLanguages.join(', ')} are complete, used and consistent.`);
  }
}
