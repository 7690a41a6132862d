import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { idsNow, validateKb, type EntityType, type KbEntity } from './kb-schema';

const kbDir = fileURLToPath(new URL('../../../resources/kb/', import.meta.url));
const goldPath = fileURLToPath(new URL('../../../../shared/eval/seed-gold.json', import.meta.url));

const FILE_TYPES: Record<string, EntityType[]> = {
  'people.json': ['PER'],
  'organisations.json': ['ORG'],
  'media.json': ['ORG'],
  'places.json': ['LOC'],
  'countries.json': ['LOC'],
  'regions.json': ['LOC'],
  'events.json': ['EVENT'],
  'world.json': ['ORG', 'LOC', 'PER'],
};

const files = readdirSync(kbDir)
  .filter((name) => name.endsWith('.json'))
  .sort();
const raw: unknown[] = files.map((name) => JSON.parse(readFileSync(kbDir + name, 'utf8')) as unknown);

function forms(entity: KbEntity, lang: 'en' | 'ru' | 'kk'): string[] {
  const name = entity.names[lang];
  return [...(name === undefined ? [] : [name]), ...(entity.aliases[lang] ?? [])];
}

describe('knowledge base data', () => {
  const entities = validateKb(raw);
  const bySlug = new Map(entities.map((e) => [e.slug, e]));

  it('has exactly the expected files, each holding its kinds of entity', () => {
    expect(files).toEqual(Object.keys(FILE_TYPES).sort());
    files.forEach((name, i) => {
      const types = new Set(validateKb(raw[i]).map((e) => e.type));
      expect([...types], name).toEqual(FILE_TYPES[name]);
    });
  });

  it('holds hundreds of entities with unique slugs and ids', () => {
    expect(entities.length).toBeGreaterThanOrEqual(500);
    expect(bySlug.size).toBe(entities.length);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('links the spellings the brief names to one entity each', () => {
    const owner = (form: string): string[] =>
      entities
        .filter((e) => (['en', 'ru', 'kk'] as const).some((l) => forms(e, l).includes(form)))
        .map((e) => e.slug);
    for (const form of ['Tokayev', 'Tokaev', 'Токаев', 'Тоқаев', 'Kassym-Jomart Tokayev']) {
      expect(owner(form), form).toEqual(['tokayev']);
    }
    for (const form of ['KazMunayGas', 'KazMunaiGas', 'KMG', 'KazMunayFaz']) {
      expect(owner(form), form).toEqual(['kazmunaygas']);
    }
    expect(owner('Michail Mishustin')).toEqual(['mishustin']);
    expect(owner('ЕАЭС')).toEqual(['eaeu']);
    expect(owner('ОДКБ')).toEqual(['csto']);
    expect(owner('Ресей')).toEqual(['russia']);
    expect(owner('РФ')).toEqual(['russia']);
  });

  it('knows the world beyond the region in both languages', () => {
    const owner = (lang: 'en' | 'ru', form: string): string[] =>
      entities.filter((e) => forms(e, lang).includes(form)).map((e) => e.slug);
    expect(owner('en', 'NASA')).toEqual(['nasa']);
    expect(owner('ru', 'НАСА')).toEqual(['nasa']);
    expect(owner('en', 'State Department')).toEqual(['us-state-department']);
    expect(owner('ru', 'Госдепартамент')).toEqual(['us-state-department']);
    expect(owner('en', 'Justin Trudeau')).toEqual(['justin-trudeau']);
    expect(owner('ru', 'Мехико')).toEqual(['mexico-city']);
    expect(owner('ru', 'Калифорния')).toEqual(['california']);
    expect(owner('en', 'Lombardia')).toEqual(['lombardy']);
    expect(owner('en', 'NSW')).toEqual(['new-south-wales']);
    expect(owner('en', 'Georgia')).toEqual(['georgia']);
  });

  it('gives every person a gender', () => {
    for (const e of entities.filter((x) => x.type === 'PER')) expect(e.gender, e.slug).toMatch(/^[mf]$/);
  });

  describe.skipIf(!existsSync(goldPath))('against the seed gold (shared/eval/seed-gold.json)', () => {
    interface GoldEntity {
      id: string;
      type: EntityType;
      en: string | null;
      ru: string | null;
      mentions: Record<string, string[]>;
    }
    interface Gold {
      articles: Record<string, { lang: string }>;
      entities: GoldEntity[];
    }
    const gold = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')) as Gold) : undefined;

    it('holds every gold entity under its gold slug, type and names', () => {
      for (const g of gold?.entities ?? []) {
        const e = bySlug.get(g.id);
        expect(e, g.id).toBeDefined();
        if (e === undefined) continue;
        expect(e.type, g.id).toBe(g.type);
        if (g.en !== null) expect(forms(e, 'en'), g.id).toContain(g.en);
        if (g.ru !== null) expect(forms(e, 'ru'), g.id).toContain(g.ru);
      }
    });

    it('covers every surface of the English seed articles (case aside)', () => {
      for (const g of gold?.entities ?? []) {
        const e = bySlug.get(g.id);
        if (e === undefined) continue;
        const known = new Set(forms(e, 'en').map((f) => f.toLowerCase()));
        for (const [file, surfaces] of Object.entries(g.mentions)) {
          if (gold?.articles[file]?.lang !== 'en') continue;
          for (const s of surfaces) expect(known.has(s.toLowerCase()), `${g.id}: ${s}`).toBe(true);
        }
      }
    });
  });
});

describe('validateKb', () => {
  const person = {
    id: 'tokayev',
    slug: 'tokayev',
    type: 'PER',
    names: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' },
    aliases: { en: ['Tokayev'], ru: ['Токаев'] },
    roles: [{ en: 'President of Kazakhstan', ru: 'Президент Казахстана', from: '2019-03-20', to: null }],
    gender: 'm',
    country: 'KZ',
  };
  const file = (...entities: unknown[]): unknown => ({ entities });
  const withField = (field: string, value: unknown): unknown => file({ ...person, [field]: value });

  it('accepts a well-formed file and a list of files', () => {
    expect(validateKb(file(person))).toHaveLength(1);
    expect(validateKb([file(person), file({ ...person, slug: 'putin', id: 'Q7747' })])).toHaveLength(2);
  });

  it('names the bad entry and what is wrong with it', () => {
    expect(() => validateKb(withField('slug', 'Tokayev'))).toThrow(/entry #0: slug must be lowercase/);
    expect(() => validateKb(withField('id', 'Q12x'))).toThrow(/slug "tokayev".*id must be a Wikidata QID/);
    expect(() => validateKb(withField('type', 'PERSON'))).toThrow(/slug "tokayev".*type must be/);
    expect(() => validateKb(withField('names', { en: 'Tokayev' }))).toThrow(
      /names\.ru must be a non-empty string/,
    );
    expect(() => validateKb(withField('names', { en: 'Токаев', ru: 'Токаев' }))).toThrow(
      /English but holds Cyrillic/,
    );
    expect(() => validateKb(withField('names', { en: 'Tokayev', ru: 'Тоқаев' }))).toThrow(
      /Russian but holds Kazakh/,
    );
    expect(() => validateKb(withField('aliases', { en: 'Tokayev' }))).toThrow(/aliases\.en must be an array/);
    expect(() => validateKb(withField('aliases', { en: ['Tokayev', 'Tokayev'] }))).toThrow(
      /repeats "Tokayev"/,
    );
    expect(() => validateKb(withField('aliases', { de: ['Tokajew'] }))).toThrow(
      /aliases has an unknown field "de"/,
    );
    expect(() => validateKb(withField('gender', undefined))).toThrow(/a person needs gender/);
    expect(() => validateKb(withField('country', 'KAZ'))).toThrow(/country must be an ISO 3166-1 alpha-2/);
    expect(() => validateKb(withField('alias', []))).toThrow(/unknown field "alias"/);
    expect(() => validateKb(file({ ...person, type: 'ORG' }))).toThrow(/gender is for people only/);
    const building = { ...person, type: 'LOC', gender: undefined };
    expect(validateKb(file({ ...building, seat: true }))[0]?.seat).toBe(true);
    expect(() => validateKb(file({ ...building, seat: 'yes' }))).toThrow(/seat must be true/);
    expect(() => validateKb(file({ ...person, seat: true }))).toThrow(/seat is for places only/);
    const country = { ...building, country: 'KZ', kind: 'country' };
    expect(validateKb(file(country))[0]?.kind).toBe('country');
    expect(() => validateKb(file({ ...country, kind: 'city' }))).toThrow(/kind must be "country"/);
    expect(() => validateKb(file({ ...country, country: undefined }))).toThrow(/places with a country code/);
    expect(validateKb(file({ ...person, commonSurname: true }))[0]?.commonSurname).toBe(true);
    expect(() => validateKb(file({ ...person, commonSurname: 'yes' }))).toThrow(/commonSurname must be true/);
    expect(() => validateKb(file({ ...building, commonSurname: true }))).toThrow(/people only/);
    expect(validateKb(file({ ...building, namedAfterPerson: true }))[0]?.namedAfterPerson).toBe(true);
    expect(() => validateKb(file({ ...building, namedAfterPerson: 1 }))).toThrow(
      /namedAfterPerson must be true/,
    );
    expect(() => validateKb(file({ ...person, namedAfterPerson: true }))).toThrow(/places only/);
  });

  it('checks former ids and maps them, with slugs, to the id now', () => {
    const moved = { ...person, id: 'Q2', formerIds: ['Q1'] };
    expect(validateKb(file(moved))[0]?.formerIds).toEqual(['Q1']);
    expect(idsNow(validateKb(file(moved)))).toEqual(
      new Map([
        ['tokayev', 'Q2'],
        ['Q1', 'Q2'],
      ]),
    );
    expect(() => validateKb(file({ ...moved, formerIds: [] }))).toThrow(/formerIds must be a non-empty list/);
    expect(() => validateKb(file({ ...moved, formerIds: ['tokaev'] }))).toThrow(/formerIds must be/);
    expect(() => validateKb(file({ ...moved, formerIds: ['Q2'] }))).toThrow(/the entry's own id Q2/);
    const other = { ...person, slug: 'tokaev', id: 'Q1' };
    expect(() => validateKb([file(moved), file(other)])).toThrow(/former id Q1 is used by/);
    const again = { ...person, slug: 'tokaev', id: 'Q3', formerIds: ['Q1'] };
    expect(() => validateKb(file(moved, again))).toThrow(/former id Q1 is used by \(slug "tokayev"\)/);
  });

  it('checks role dates', () => {
    const role = (r: object): unknown => withField('roles', [{ en: 'x', ru: 'х', ...r }]);
    expect(validateKb(role({ from: '2019', to: '2019-03-20' }))).toHaveLength(1);
    expect(() => validateKb(role({ from: '20 March 2019' }))).toThrow(/roles\[0\]\.from must be YYYY/);
    expect(() => validateKb(role({ from: '2019-13' }))).toThrow(/roles\[0\]\.from must be YYYY/);
    expect(() => validateKb(role({ from: '2020', to: '2019' }))).toThrow(
      /ends \(2019\) before it starts \(2020\)/,
    );
  });

  it('rejects slugs and ids used twice across files, and files of the wrong shape', () => {
    expect(() => validateKb([file(person), file({ ...person })])).toThrow(
      /entry #0 file #1.*slug already used/,
    );
    const twice = file({ ...person, id: 'Q1' }, { ...person, slug: 'tokaev', id: 'Q1' });
    expect(() => validateKb(twice)).toThrow(/slug "tokaev".*id Q1 already used/);
    expect(() => validateKb({ entity: [] })).toThrow(/expected \{ "entities": \[ \.\.\. \] \}/);
    expect(() => validateKb([file(person), []])).toThrow(/file #1/);
  });
});
