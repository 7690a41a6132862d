import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestAnnotator } from '../../node/test-annotator';
import type { Annotator } from './annotator';

let annotator: Annotator;

beforeAll(async () => {
  annotator = await loadTestAnnotator();
});

const read = (text: string, lang: 'ru' | 'en') =>
  annotator.annotate(text, lang).mentions.map((m) => `${m.text}|${m.type}`);

describe('a team named after its place', () => {
  it('in Russian quotes, a known place and the words after it are one body', () => {
    expect(read('В матче «Сан-Антонио Спёрс» — «Торонто Рэпторс» обе команды забили.', 'ru')).toEqual([
      'Сан-Антонио Спёрс|ORG',
      'Торонто Рэпторс|ORG',
    ]);
    // the place outside the quotes is the place
    expect(read('Игроки «Бостон Селтикс» прилетели в Бостон.', 'ru')).toEqual([
      'Бостон Селтикс|ORG',
      'Бостон|LOC',
    ]);
  });

  it('in English, a known place then a plural is the team, even where the place is a given name too', () => {
    expect(
      read('The Boston Celtics beat the Denver Nuggets, and the Colorado Rockies lost in Denver.', 'en'),
    ).toEqual(['Boston Celtics|ORG', 'Denver Nuggets|ORG', 'Colorado Rockies|ORG', 'Denver|LOC']);
  });

  it('a plural that names a place keeps the place', () => {
    expect(read('Troops left the Golan Heights.', 'en')).toEqual(['Golan Heights|LOC']);
  });
});
