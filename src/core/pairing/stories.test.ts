import { describe, expect, it } from 'vitest';
import type { PairEvidence } from './compare-docs';
import type { PairingDoc } from './pairing-doc';
import { createPairingIndex } from './pairing-index';
import { groupStories, linkKind } from './stories';

function doc(id: string, people: string[], extra: Partial<PairingDoc> = {}): PairingDoc {
  return {
    id,
    lang: 'en',
    date: null,
    title: null,
    length: 200,
    sentences: [[0, 200]],
    entities: people.map((p) => ({ id: p, count: 2, type: 'PER' as const, name: { en: p, ru: null } })),
    figures: [],
    names: [],
    cognates: [],
    words: [],
    titleKeys: [],
    quotes: [],
    ...extra,
  };
}

const evidence = (e: Partial<PairEvidence>): PairEvidence => ({
  score: 0.4,
  cosine: 0.4,
  days: null,
  figures: 0,
  quotes: 0,
  parties: 0,
  title: 0,
  structure: 0,
  reasons: [],
  ...e,
});

describe('linkKind', () => {
  it('needs a shared figure or quotation for one event, unless the articles are nearly the same', () => {
    expect(linkKind(evidence({ figures: 1 }))).toBe('event');
    expect(linkKind(evidence({ quotes: 1 }))).toBe('event');
    expect(linkKind(evidence({ score: 0.7 }))).toBe('event');
    expect(linkKind(evidence({ structure: 1.2 }))).toBe('event');
    expect(linkKind(evidence({ parties: 2 }))).toBe('thread');
    expect(linkKind(evidence({ parties: 1 }))).toBeNull();
  });

  it('keeps reports dated far apart out of one event', () => {
    expect(linkKind(evidence({ figures: 2, days: 40, parties: 2 }))).toBe('thread');
    expect(linkKind(evidence({ figures: 2, days: 2 }))).toBe('event');
  });
});

describe('groupStories', () => {
  const trade = { type: 'PERCENT' as const, value: 26, text: '26%' };
  it('separates an event from a thread of meetings with the same parties and leaves loners out', () => {
    const index = createPairingIndex([
      doc('visit-1', ['tokayev', 'minnikhanov', 'maganov']),
      doc('visit-2', ['tokayev', 'minnikhanov', 'kogogin']),
      doc('talks-a', ['tokayev', 'mishustin', 'putin'], { figures: [trade], date: '--08-19' }),
      doc('talks-b', ['tokayev', 'mishustin', 'putin', 'mamin'], { figures: [trade], date: '2021-08-19' }),
      doc('alone', ['macron']),
      ...Array.from({ length: 6 }, (_, i) => doc(`other-${i}`, ['tokayev', `someone-${i}`])),
    ]);
    const stories = groupStories(index);
    expect(stories).toContainEqual({ ids: ['talks-a', 'talks-b'], sameEvent: true });
    expect(stories).toContainEqual({ ids: ['visit-1', 'visit-2'], sameEvent: false });
    expect(stories.flatMap((s) => s.ids)).not.toContain('alone');
  });
});
