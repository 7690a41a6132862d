/**
 * The bilingual knowledge base (gazetteer) in `resources/kb/*.json`: its types and the validator that
 * every loader runs before trusting the data. The format is documented in `resources/kb/README.md`.
 */
import { hasKazakhLetter } from '../language/letters';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'EVENT';

/** Languages the gazetteer names things in. Kazakh is optional everywhere. */
export type KbLang = 'en' | 'ru' | 'kk';

export interface KbNames {
  readonly en: string;
  readonly ru: string;
  readonly kk?: string;
}

/** Further surface forms per language. Russian ones are in the nominative: case forms are generated. */
export interface KbAliases {
  readonly en?: readonly string[];
  readonly ru?: readonly string[];
  readonly kk?: readonly string[];
}

/**
 * A post or title held. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `to: null` means the role is
 * still held, and a missing `from` or `to` means the date is not known.
 */
export interface KbRole {
  readonly en: string;
  readonly ru: string;
  readonly kk?: string;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface KbEntity {
  /** A Wikidata QID where it is known for certain, otherwise equal to `slug`. */
  readonly id: string;
  /** Stable, lowercase ASCII, unique across the whole knowledge base. */
  readonly slug: string;
  /**
   * Wikidata ids the entry once carried by mistake: an id a reader's store saved with one of them
   * names this entity now. None is any entry's id.
   */
  readonly formerIds?: readonly string[];
  readonly type: EntityType;
  readonly names: KbNames;
  readonly aliases: KbAliases;
  readonly roles?: readonly KbRole[];
  /** People only (required for them): drives the generation of Russian case forms. */
  readonly gender?: 'm' | 'f';
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  /**
   * Places only: a building that also names the body seated in it (the White House). A mention after
   * a preposition of place is the building; otherwise ("the White House said") it is the body.
   */
  readonly seat?: true;
  /**
   * Places only: the entry is a country or territory of ISO 3166-1 itself (`countries.json`), not a
   * region or a city in it. "МВД по Татарстану" is a ministry's office for a region; "МИД России по
   * Сирии" is no office of it.
   */
  readonly kind?: 'country';
  /**
   * People only: a surname many people share (Иванов, Miller). Alone it names this person only in a
   * text that names them in full or right after a post of theirs ("президент Картер"); elsewhere it
   * is someone the text does not say.
   */
  readonly commonSurname?: true;
  /**
   * Places only: a town named after a person (Сатпаев, Курчатов). Right after a given name its name is
   * that person's surname ("Нурлан Сатбаев", "Nurlan Kurchatov").
   */
  readonly namedAfterPerson?: true;
}

/** Every name and alias of an entity, in its three languages, without blanks or repeats. */
export function namesOf(entity: KbEntity): string[] {
  const { names, aliases } = entity;
  const all = [
    names.en,
    names.ru,
    names.kk,
    ...(aliases.en ?? []),
    ...(aliases.ru ?? []),
    ...(aliases.kk ?? []),
  ];
  return [
    ...new Set(all.filter((s): s is string => s !== undefined && s.trim() !== '').map((s) => s.trim())),
  ];
}

/** Whether `word` is the last word of one of a person's names of two words or more: their surname. */
export function isSurnameOf(entity: KbEntity, word: string): boolean {
  const low = word.toLowerCase();
  return (
    entity.type === 'PER' &&
    namesOf(entity).some((name) => {
      const words = name.split(/\s+/);
      return words.length >= 2 && words.at(-1)?.toLowerCase() === low;
    })
  );
}

/**
 * The ids an older version saved, each with the entity's id now: its slug, before the knowledge base
 * knew its Wikidata id, and a Wikidata id it carried by mistake (`formerIds`).
 */
export function idsNow(kb: readonly KbEntity[]): ReadonlyMap<string, string> {
  return new Map(
    kb.flatMap((e) => [
      ...(e.id !== e.slug ? [[e.slug, e.id] as const] : []),
      ...(e.formerIds ?? []).map((old) => [old, e.id] as const),
    ]),
  );
}

/** The shape of one file in `resources/kb/`. */
export interface KbFile {
  readonly entities: readonly KbEntity[];
}

const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['PER', 'ORG', 'LOC', 'EVENT']);
const LANGS: readonly KbLang[] = ['en', 'ru', 'kk'];
const ENTITY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'slug',
  'formerIds',
  'type',
  'names',
  'aliases',
  'roles',
  'gender',
  'country',
  'seat',
  'kind',
  'commonSurname',
  'namedAfterPerson',
]);
const ROLE_KEYS: ReadonlySet<string> = new Set(['en', 'ru', 'kk', 'from', 'to']);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID = /^Q[1-9][0-9]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const DATE = /^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;
const CYRILLIC = /[\u0400-\u04FF]/;

type Dict = Readonly<Record<string, unknown>>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class EntryChecker {
  constructor(private readonly where: string) {}

  fail(message: string): never {
    throw new Error(`Invalid knowledge-base entry ${this.where}: ${message}`);
  }

  text(value: unknown, field: string, lang: KbLang): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(`${field} must be a non-empty string`);
    if (value !== value.trim() || /\s{2}/.test(value)) this.fail(`${field} has stray whitespace: "${value}"`);
    if (lang === 'en' && CYRILLIC.test(value))
      this.fail(`${field} is English but holds Cyrillic: "${value}"`);
    // (a Russian name holding a letter Russian lacks is a Kazakh name misfiled)
    if (lang === 'ru' && hasKazakhLetter(value)) {
      this.fail(`${field} is Russian but holds Kazakh letters: "${value}"`);
    }
    return value;
  }

  keys(value: Dict, allowed: ReadonlySet<string>, field: string): void {
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.fail(`${field} has an unknown field "${key}"`);
    }
  }

  date(value: unknown, field: string): string | null | undefined {
    if (value === undefined || value === null) return value;
    if (typeof value !== 'string' || !DATE.test(value)) {
      this.fail(`${field} must be YYYY, YYYY-MM or YYYY-MM-DD (or null), got ${JSON.stringify(value)}`);
    }
    return value;
  }
}

function checkNames(check: EntryChecker, value: unknown): KbNames {
  if (!isDict(value)) check.fail('names must be an object with en and ru');
  check.keys(value, new Set(LANGS), 'names');
  const en = check.text(value['en'], 'names.en', 'en');
  const ru = check.text(value['ru'], 'names.ru', 'ru');
  if (value['kk'] === undefined) return { en, ru };
  return { en, ru, kk: check.text(value['kk'], 'names.kk', 'kk') };
}

function checkAliases(check: EntryChecker, value: unknown): KbAliases {
  if (!isDict(value)) check.fail('aliases must be an object (it may be empty)');
  check.keys(value, new Set(LANGS), 'aliases');
  const out: { en?: string[]; ru?: string[]; kk?: string[] } = {};
  for (const lang of LANGS) {
    const list = value[lang];
    if (list === undefined) continue;
    if (!Array.isArray(list)) check.fail(`aliases.${lang} must be an array of strings`);
    const seen = new Set<string>();
    out[lang] = list.map((item: unknown, i) => {
      const alias = check.text(item, `aliases.${lang}[${i}]`, lang);
      if (seen.has(alias)) check.fail(`aliases.${lang} repeats "${alias}"`);
      seen.add(alias);
      return alias;
    });
  }
  return out;
}

function checkRoles(check: EntryChecker, value: unknown): KbRole[] {
  if (!Array.isArray(value)) check.fail('roles must be an array');
  return value.map((item: unknown, i) => {
    const field = `roles[${i}]`;
    if (!isDict(item)) check.fail(`${field} must be an object`);
    check.keys(item, ROLE_KEYS, field);
    const role: { en: string; ru: string; kk?: string; from?: string | null; to?: string | null } = {
      en: check.text(item['en'], `${field}.en`, 'en'),
      ru: check.text(item['ru'], `${field}.ru`, 'ru'),
    };
    if (item['kk'] !== undefined) role.kk = check.text(item['kk'], `${field}.kk`, 'kk');
    const from = check.date(item['from'], `${field}.from`);
    const to = check.date(item['to'], `${field}.to`);
    if (from !== undefined) role.from = from;
    if (to !== undefined) role.to = to;
    // Compare only the precision both dates share: 2019 and 2019-03-20 do not contradict each other.
    if (typeof from === 'string' && typeof to === 'string') {
      const n = Math.min(from.length, to.length);
      if (from.slice(0, n) > to.slice(0, n)) check.fail(`${field} ends (${to}) before it starts (${from})`);
    }
    return role;
  });
}

function checkEntity(value: unknown, where: string): KbEntity {
  const bare: EntryChecker = new EntryChecker(where);
  if (!isDict(value)) bare.fail('must be an object');
  const slug = value['slug'];
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    bare.fail(`slug must be lowercase ASCII words joined by "-", got ${JSON.stringify(slug)}`);
  }
  const check: EntryChecker = new EntryChecker(`${where} (slug "${slug}")`);
  check.keys(value, ENTITY_KEYS, 'the entry');

  const id = value['id'];
  if (typeof id !== 'string' || (id !== slug && !QID.test(id))) {
    check.fail(`id must be a Wikidata QID (Q123) or equal to the slug, got ${JSON.stringify(id)}`);
  }
  const type = value['type'];
  if (typeof type !== 'string' || !ENTITY_TYPES.has(type)) {
    check.fail(`type must be PER, ORG, LOC or EVENT, got ${JSON.stringify(type)}`);
  }
  const entity: {
    -readonly [K in keyof KbEntity]: KbEntity[K];
  } = {
    id,
    slug,
    type: type as EntityType,
    names: checkNames(check, value['names']),
    aliases: checkAliases(check, value['aliases']),
  };
  if (value['roles'] !== undefined) entity.roles = checkRoles(check, value['roles']);
  const former = value['formerIds'];
  if (former !== undefined) {
    const ok =
      Array.isArray(former) && former.length > 0 && former.every((q) => typeof q === 'string' && QID.test(q));
    if (!ok) check.fail(`formerIds must be a non-empty list of Wikidata QIDs, got ${JSON.stringify(former)}`);
    if (former.includes(id)) check.fail(`formerIds holds the entry's own id ${id}`);
    entity.formerIds = former as string[];
  }

  const gender = value['gender'];
  if (type === 'PER') {
    if (gender !== 'm' && gender !== 'f') check.fail('a person needs gender "m" or "f"');
    entity.gender = gender;
  } else if (gender !== undefined) {
    check.fail('gender is for people only');
  }
  const country = value['country'];
  if (country !== undefined) {
    if (typeof country !== 'string' || !COUNTRY.test(country)) {
      check.fail(`country must be an ISO 3166-1 alpha-2 code, got ${JSON.stringify(country)}`);
    }
    entity.country = country;
  }
  // (a flag is true or absent, and marks one type of entity only)
  const flag = (key: 'seat' | 'commonSurname' | 'namedAfterPerson', only: 'PER' | 'LOC', whose: string) => {
    const given = value[key];
    if (given === undefined) return;
    if (given !== true) check.fail(`${key} must be true when given, got ${JSON.stringify(given)}`);
    if (type !== only) check.fail(`${key} is for ${whose}`);
    entity[key] = true;
  };
  flag('seat', 'LOC', 'places only (a building that names a body)');
  const kind = value['kind'];
  if (kind !== undefined) {
    if (kind !== 'country') check.fail(`kind must be "country" when given, got ${JSON.stringify(kind)}`);
    if (type !== 'LOC' || country === undefined)
      check.fail('kind "country" is for places with a country code');
    entity.kind = 'country';
  }
  flag('commonSurname', 'PER', 'people only');
  flag('namedAfterPerson', 'LOC', 'places only');
  return entity;
}

function checkFile(value: unknown, where: string): unknown[] {
  if (!isDict(value) || !Array.isArray(value['entities'])) {
    throw new Error(`Invalid knowledge base${where}: expected { "entities": [ ... ] }`);
  }
  const extra = Object.keys(value).filter((key) => key !== 'entities');
  if (extra.length > 0) throw new Error(`Invalid knowledge base${where}: unknown field "${extra[0]}"`);
  return value['entities'];
}

/**
 * Checks knowledge-base data and returns its entities. Accepts one file's content
 * (`{ "entities": [...] }`) or an array of them (the whole knowledge base, so that slugs and ids are
 * checked for uniqueness across files). Throws an Error naming the first bad entry.
 */
export function validateKb(data: unknown): KbEntity[] {
  const files = Array.isArray(data)
    ? data.map((file, f) => ({ where: ` file #${f}`, entries: checkFile(file, ` (file #${f})`) }))
    : [{ where: '', entries: checkFile(data, '') }];

  const out: KbEntity[] = [];
  const bySlug = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const { where, entries } of files) {
    entries.forEach((entry, i) => {
      const here = `#${i}${where}`;
      const entity = checkEntity(entry, here);
      const label = `${here} (slug "${entity.slug}")`;
      const slugOwner = bySlug.get(entity.slug);
      if (slugOwner !== undefined) {
        throw new Error(`Invalid knowledge-base entry ${label}: slug already used by entry ${slugOwner}`);
      }
      bySlug.set(entity.slug, here);
      const idOwner = byId.get(entity.id);
      if (idOwner !== undefined) {
        throw new Error(`Invalid knowledge-base entry ${label}: id ${entity.id} already used by ${idOwner}`);
      }
      byId.set(entity.id, label);
      out.push(entity);
    });
  }
  // a former id names one entity: no entry carries it now, and no other entry carried it before
  const formerOwner = new Map<string, string>();
  for (const entity of out) {
    for (const old of entity.formerIds ?? []) {
      const owner = byId.get(old) ?? formerOwner.get(old);
      if (owner !== undefined)
        throw new Error(
          `Invalid knowledge-base entry (slug "${entity.slug}"): former id ${old} is used by ${owner}`,
        );
      formerOwner.set(old, `(slug "${entity.slug}") as a former id`);
    }
  }
  return out;
}
