import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string) =>
  annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}|${m.id}`);

describe('a known surname alone that opens a sentence', () => {
  it('is the common word the dictionary reads first, unless the text named the person before', () => {
    expect(read('Трасса Алматы – Астана открыта.')).toEqual(['Алматы|LOC|Q35493', 'Астана|LOC|Q1520']);
    expect(
      read('Лиз Трасс прибыла в Берлин. Трасс заявила о поддержке.').map((m) => m.split('|')[0]),
    ).toEqual(['Лиз Трасс', 'Берлин', 'Трасс']);
    // (a surname the dictionary reads as readily as the word is the person, and so is one as written)
    expect(read('Путина поддержали в Думе.')[0]).toBe('Путина|PER|Q7747');
    expect(read('Трамп заявил о пошлинах.')).toEqual(['Трамп|PER|Q22686']);
  });
});
