import { describe, expect, it } from 'vitest';
import type { MentionType } from '../../shared/entities';
import type { PairingDoc, PairingFigure } from './pairing-doc';
import { createPairingIndex } from './pairing-index';
import { describeReasons } from './reasons';

interface Spec {
  id: string;
  lang?: 'en' | 'ru';
  date?: string;
  people?: string[];
  places?: string[];
  figures?: PairingFigure[];
  sentences?: number[];
}

const name = (id: string) => ({ en: id.charAt(0).toUpperCase() + id.slice(1), ru: null });

/** A hand-made article: features only, as any producer could give them. */
function doc(s: Spec): PairingDoc {
  const entity = (id: string, type: MentionType) => ({ id, count: 1, type, name: name(id) });
  let offset = 0;
  const sentences = (s.sentences ?? [100, 100]).map((len): [number, number] => {
    const span: [number, number] = [offset, offset + len];
    offset += len + 1;
    return span;
  });
  return {
    id: s.id,
    lang: s.lang ?? 'en',
    date: s.date ?? null,
    title: null,
    length: offset,
    sentences,
    entities: [
      ...(s.people ?? []).map((p) => entity(p, 'PER')),
      ...(s.places ?? []).map((p) => entity(p, 'LOC')),
    ],
    figures: s.figures ?? [],
    names: [],
    cognates: [],
    words: [],
    titleKeys: [],
    quotes: [],
  };
}

const percent = (value: number): PairingFigure => ({ type: 'PERCENT', value, text: `${value}%` });

describe('pairing index', () => {
  const corpus = [
    doc({
      id: 'ru-meeting',
      lang: 'ru',
      people: ['tokayev', 'mishustin'],
      places: ['kazakhstan'],
      figures: [percent(26)],
    }),
    doc({
      id: 'en-meeting',
      people: ['tokayev', 'mishustin'],
      places: ['kazakhstan'],
      figures: [percent(26)],
    }),
    doc({ id: 'en-other-visit', people: ['tokayev', 'minnikhanov'], places: ['kazakhstan'] }),
    doc({ id: 'en-unrelated', people: ['macron'], places: ['france'] }),
    ...Array.from({ length: 20 }, (_, i) =>
      doc({ id: `filler-${i}`, lang: i % 2 ? 'ru' : 'en', places: ['kazakhstan'], people: [`p${i}`] }),
    ),
  ];
  const index = createPairingIndex(corpus);

  it('ranks the article sharing rare entities and figures first, and never the article itself', () => {
    const ranked = index.rank('ru-meeting');
    expect(ranked[0]?.id).toBe('en-meeting');
    expect(ranked.map((c) => c.id)).not.toContain('ru-meeting');
    expect(ranked.map((c) => c.id)).not.toContain('en-unrelated');
  });

  it('weighs a common entity by its rarity: sharing only Kazakhstan scores far below sharing people', () => {
    const ranked = index.rank('en-other-visit');
    const viaTokayev = ranked.find((c) => c.id === 'en-meeting')?.score ?? 0;
    const viaCountry = ranked.find((c) => c.id === 'filler-0')?.score ?? 0;
    expect(viaTokayev).toBeGreaterThan(viaCountry * 2);
  });

  it('gives reasons as data and as a plain sentence', () => {
    const best = index.rank('ru-meeting')[0];
    expect(best?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'figure', label: '26%', type: 'PERCENT', value: 26 }),
    );
    expect(best?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'entity', id: 'mishustin', label: 'Mishustin' }),
    );
    const plain = describeReasons(best?.reasons ?? []);
    expect(plain).toMatch(/^shared: /u);
    expect(plain).toContain('Mishustin');
    expect(plain).toContain('26%');
  });

  it('splits counterparts in the other language from other reports in the same language', () => {
    const lists = index.counterparts('en-meeting');
    expect(lists.counterparts[0]?.id).toBe('ru-meeting');
    expect(lists.counterparts.every((c) => c.lang === 'ru')).toBe(true);
    expect(lists.otherReports[0]?.id).toBe('en-other-visit');
    expect(lists.otherReports.every((c) => c.lang === 'en')).toBe(true);
  });

  it('prefers the report of the same day and adds the date to the reasons', () => {
    const dated = createPairingIndex([
      doc({ id: 'a', lang: 'ru', date: '2021-08-19', people: ['tokayev'] }),
      doc({ id: 'same-day', date: '--08-19', people: ['tokayev'] }),
      doc({ id: 'months-later', date: '2021-12-01', people: ['tokayev'] }),
    ]);
    const ranked = dated.rank('a');
    expect(ranked.map((c) => c.id)).toEqual(['same-day', 'months-later']);
    expect(ranked[0]?.reasons).toContainEqual({ kind: 'date', label: '19 August 2021', value: '2021-08-19' });
  });

  it('favours the translation whose sentence lengths fit, other things equal', () => {
    const lens = [80, 200, 120, 60, 150, 90, 110, 70];
    const fit = createPairingIndex([
      doc({ id: 'en', people: ['tokayev'], sentences: lens }),
      doc({
        id: 'ru-translation',
        lang: 'ru',
        people: ['tokayev'],
        sentences: lens.map((l) => Math.round(l * 1.1)),
      }),
      doc({
        id: 'ru-report',
        lang: 'ru',
        people: ['tokayev'],
        sentences: [300, 40, 250, 45, 260, 30, 40, 200],
      }),
    ]);
    expect(fit.rank('en').map((c) => c.id)).toEqual(['ru-translation', 'ru-report']);
    expect(fit.compare('en', 'ru-translation').structure).toBeGreaterThan(1);
  });

  it('ranks an article from outside the index, and replaces an article added again', () => {
    const outside = doc({ id: 'new', people: ['macron'], places: ['france'] });
    expect(index.rank(outside)[0]?.id).toBe('en-unrelated');
    const growing = createPairingIndex([doc({ id: 'x', people: ['a'] }), doc({ id: 'y', people: ['a'] })]);
    expect(growing.rank('x').map((c) => c.id)).toEqual(['y']);
    growing.add(doc({ id: 'y', people: ['b'] }));
    expect(growing.size).toBe(2);
    expect(growing.rank('x')).toEqual([]);
    expect(() => growing.rank('missing')).toThrow(/No article missing/u);
  });
});
