import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { lexiconOf } from './lexicon';

let annotator: Annotator;

beforeAll(async () => {
  const lexicon = lexiconOf(
    ['igor', 'sergei'],
    [['Moscow', 13_000_000]],
    'the said he met with and'.split(' '),
  );
  annotator = await loadTestAnnotator(lexicon);
});

const people = (text: string) =>
  annotator
    .annotate(text, 'en')
    .mentions.filter((m) => m.type === 'PER')
    .map((m) => `${m.text}|${m.id}`);

describe('a known surname after a given name of another language', () => {
  it('reads a foreign given name and the surname as someone else’s full name', () => {
    const found = people(
      'Macedonian President Gjorge Ivanov said he would boycott the vote. Ivanov said so.',
    );
    const ivanov = found.find((m) => m.startsWith('Gjorge Ivanov|'));
    expect(found).toHaveLength(2);
    expect(ivanov).toMatch(/^Gjorge Ivanov\|x:/);
    // the surname alone then repeats him, not the known Igor Ivanov
    expect(found[1]).toBe(`Ivanov|${ivanov?.split('|')[1]}`);
  });

  it('keeps the known person where the word before is his own given name, a place or a post', () => {
    expect(people('Igor Ivanov met the press.')).toEqual(['Igor Ivanov|igor-ivanov']);
    expect(people('In Moscow Ivanov met the press.')).toEqual(['Ivanov|igor-ivanov']);
    expect(people('Minister Ivanov met the press.')).toEqual(['Ivanov|igor-ivanov']);
  });
});
