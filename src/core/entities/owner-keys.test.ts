import { describe, expect, it } from 'vitest';
import type { KbEntity } from './kb-schema';
import { noMorphology } from './morphology';
import { knownBodyKeys, knownBodyOfKey, ownerBodyAfter } from './owner-keys';
import { nameWordKey } from './name-words';

const body = (id: string, en: string, ru: string, short: [string, string], country?: string): KbEntity => ({
  id,
  slug: id,
  type: 'ORG',
  names: { en, ru },
  aliases: { en: [short[0]], ru: [short[1]] },
  ...(country ? { country } : {}),
});
const kb = [
  body('cis', 'Commonwealth of Independent States', 'Содружество Независимых Государств', ['CIS', 'СНГ']),
  body('knb', 'National Security Committee', 'Комитет национальной безопасности', ['NSC', 'КНБ'], 'KZ'),
];
const keyed = knownBodyKeys(kb, noMorphology, (keys) => keys);
// (as unknownId gives them: each keyed word's key, and the word, folded)
const keysOf = (words: string[]) => {
  const named = words.filter((w) => nameWordKey(w) !== '');
  return [
    ...keyed(
      named.map((w) => nameWordKey(w)),
      named.map((w) => w.toLowerCase()),
    ),
  ];
};

describe('a known body inside an unknown body’s key', () => {
  it('is its id, for a short name in either script and for its name', () => {
    expect(keysOf(['Совет', 'СНГ'])).toEqual([nameWordKey('Совет'), 'cis']);
    expect(keysOf(['CIS', 'Council'])).toEqual(['cis', nameWordKey('Council')]);
    expect(keysOf(['Council', 'of', 'the', 'Commonwealth', 'of', 'Independent', 'States'])).toEqual([
      nameWordKey('Council'),
      'cis',
    ]);
    expect(knownBodyOfKey(keyed, 'x:cis')).toBe('cis');
    expect(knownBodyOfKey(keyed, 'x:ss')).toBeUndefined();
  });

  it('is left as it sounds for a country’s body, of which every country has one', () => {
    expect(keysOf(['Служба', 'КНБ'])).toEqual([nameWordKey('Служба'), nameWordKey('КНБ')]);
    expect(keysOf(['Служба', 'Комитет', 'национальной', 'безопасности'])).not.toContain('knb');
  });
});

describe('the known body that owns an unknown one', () => {
  const cis = kb[0] ?? null;
  it('is the known body right after it, or after "of the"', () => {
    const text = 'the Council of Defence Ministers of the CIS';
    const council = { end: text.indexOf(' of the CIS') };
    const next = { start: text.indexOf('CIS'), type: 'ORG', entity: cis };
    expect(ownerBodyAfter(text, council, next)).toEqual(['Commonwealth', 'of', 'Independent', 'States']);
    expect(ownerBodyAfter(text, council, { ...next, entity: null })).toBeNull();
    expect(ownerBodyAfter('the Council met the CIS', { end: 11 }, { ...next, start: 20 })).toBeNull();
  });
});
