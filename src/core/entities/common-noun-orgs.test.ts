import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';
import { nerelOptions } from './recognize';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const bodies = (text: string, options = nerelOptions) =>
  annotator
    .annotate(text, 'ru', options)
    .mentions.filter((m) => m.type === 'ORG')
    .map((m) => m.text);

describe('body nouns that head a capitalised name, in the app', () => {
  it('reads a society, a philharmonic and a dispensary as bodies, not a person or a place', () => {
    const read = (text: string) => annotator.annotate(text, 'ru').mentions.map((m) => `${m.text}|${m.type}`);
    expect(read('Голдсмит, председатель Общества памяти Кромвеля, выступил.')).toContain(
      'Общества памяти Кромвеля|ORG',
    );
    expect(read('Он стал артистом Татарской государственной филармонии.')).toEqual([
      'Татарской государственной филармонии|ORG',
    ]);
    expect(read('Так сказал главный врач Тамбовского областного онкологического диспансера.')).toEqual([
      'Тамбовского областного онкологического диспансера|ORG',
    ]);
  });

  it('leaves "society" opening a sentence as a common noun', () => {
    expect(bodies('Российское общество разделилось.', {})).toEqual([]);
  });
});
