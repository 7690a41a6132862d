import type { ArticleLang } from '../../shared/article';
import type { SearchDocument, SearchEntity } from '../../shared/search';

const langs: ReadonlySet<string> = new Set<ArticleLang>(['ru', 'en', 'kk', 'und']);

const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isEntity(value: unknown): value is SearchEntity {
  const e = value as Partial<SearchEntity> | null;
  return (
    !!e && typeof e.id === 'string' && Array.isArray(e.names) && e.names.every((n) => typeof n === 'string')
  );
}

/** One line of a segment store read back, or null when the line is damaged. */
export function parseStoreLine(line: string): SearchDocument | null {
  let value: Partial<Record<keyof SearchDocument, unknown>>;
  try {
    value = JSON.parse(line) as typeof value;
  } catch {
    return null;
  }
  if (
    !value ||
    typeof value.id !== 'string' ||
    typeof value.file !== 'string' ||
    typeof value.text !== 'string' ||
    typeof value.lang !== 'string' ||
    !langs.has(value.lang) ||
    !stringOrNull(value.title) ||
    !stringOrNull(value.date) ||
    !stringOrNull(value.outlet) ||
    !Array.isArray(value.entities) ||
    !value.entities.every(isEntity)
  )
    return null;
  return {
    id: value.id,
    file: value.file,
    title: value.title,
    text: value.text,
    lang: value.lang as ArticleLang,
    date: value.date,
    outlet: value.outlet,
    entities: value.entities,
  };
}

/** Every intact document of a store, and how many lines were damaged. */
export function parseStore(text: string): { docs: SearchDocument[]; damaged: number } {
  const docs: SearchDocument[] = [];
  let damaged = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const doc = parseStoreLine(line);
    if (doc) docs.push(doc);
    else damaged++;
  }
  return { docs, damaged };
}

/**
 * A short hash of a set of article ids, the same whatever their order: callers compare it with their
 * own library to tell whether the index holds exactly those articles.
 */
export function fingerprintOf(ids: Iterable<string>): string {
  let a = 0;
  let b = 0;
  let count = 0;
  for (const id of ids) {
    let h1 = 0x811c9dc5;
    let h2 = 0x1b873593;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    // Addition commutes: the order of ids does not matter.
    a = (a + (h1 >>> 0)) >>> 0;
    b = (b + (h2 >>> 0)) >>> 0;
    count++;
  }
  return `${count.toString(16)}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
