import { describe, expect, it } from 'vitest';
import { findPeople, isNotName, sameSurname } from './find-people';

describe('findPeople', () => {
  it('separates names from the offices and places before them', () => {
    const people = findPeople(
      'Kazakh President Kassym-Jomart Tokayev received Head of Tatarstan Rustam Minnikhanov. Tokayev said more.',
    );
    expect(people.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev', 'Rustam Minnikhanov', 'Tokayev']);
    expect(people[0]?.role).toEqual({ office: 'head', places: ['kazak'] });
    expect(people[1]?.role).toEqual({ office: 'head', places: ['tatar'] });
    expect(people[2]?.surname).toBe('tokayev');
  });

  it('reads a role given after the name', () => {
    const [person] = findPeople('Касым-Жомарт Токаев, Президент Республики Казахстан:');
    expect(person?.name).toBe('Касым-Жомарт Токаев');
    expect(person?.role?.office).toBe('head');
    expect(person?.role?.places).toContain('казах');
  });

  it('needs two name words, or a surname already seen in full', () => {
    expect(findPeople('Tokayev spoke. Then Innoprom opened.').map((p) => p.name)).toEqual([]);
    expect(findPeople('Eurasian Economic Union members met.').map((p) => p.name)).toEqual([]);
  });

  it('does not take a common word opening a sentence for a given name', () => {
    const text = 'Барак Обама купил дом. Семья Обамы переехала, вся семья рада. Выступление Обамы прошло.';
    expect(findPeople(text).map((p) => p.name)).toEqual(['Барак Обама', 'Обамы', 'Обамы']);
  });

  it('folds look-alike letters in surnames', () => {
    const people = findPeople('Касым-Жомарт Токаев прибыл. Тoкaев сказал.');
    expect(people.map((p) => p.surname)).toEqual(['токаев', 'токаев']);
  });
});

describe('sameSurname', () => {
  it('matches Russian case forms and nothing looser', () => {
    expect(sameSurname('токаев', 'токаева')).toBe(true);
    expect(sameSurname('токаев', 'токаевым')).toBe(true);
    expect(sameSurname('обама', 'обамы')).toBe(true);
    expect(sameSurname('tokayev', 'tokayeva')).toBe(false);
    expect(sameSurname('мамин', 'маминский')).toBe(false);
  });
});

describe('isNotName', () => {
  it('knows offices, places and their Russian forms', () => {
    expect(isNotName('President')).toBe(true);
    expect(isNotName('Kazakhstan’s')).toBe(true);
    expect(isNotName('Казахстана')).toBe(true);
    expect(isNotName('Федерацией')).toBe(true);
    expect(isNotName('Minnikhanov')).toBe(false);
  });
});
