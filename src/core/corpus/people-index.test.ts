import { describe, expect, it } from 'vitest';
import { findPeople } from './find-people';
import { PeopleIndex } from './people-index';
import { roleOf, type Role } from './roles';

const role = (phrase: string): Role => {
  const found = roleOf(phrase);
  if (found === null) throw new Error(`no role in ${phrase}`);
  return found;
};

describe('PeopleIndex', () => {
  const text =
    'Kazakh President Kassym-Jomart Tokayev received Head of Tatarstan Rustam Minnikhanov. ' +
    'Prime Minister of Russia Mikhail Mishustin joined. Tokayev spoke first.';
  const people = new PeopleIndex(findPeople(text));

  it('gives the fullest name for a surname', () => {
    expect(people.fullestName('tokayev')).toBe('Kassym-Jomart Tokayev');
    expect(people.fullestName('putin')).toBeNull();
  });

  it('finds the last person introduced with a fitting role', () => {
    expect(people.lastFitting(role('the Tatar President'), text.length)).toBe('Rustam Minnikhanov');
    expect(people.lastFitting(role('the President of Kazakhstan'), text.length)).toBe(
      'Kassym-Jomart Tokayev',
    );
    expect(people.lastFitting(role('the Russian PM'), text.length)).toBe('Mikhail Mishustin');
    expect(people.lastFitting(role('the Russian PM'), text.indexOf('Prime'))).toBeNull();
  });

  it('knows who was named last, and who was last the subject of a sentence', () => {
    expect(people.lastBefore(text.indexOf('Prime'))).toBe('Rustam Minnikhanov');
    expect(people.lastSubject(0, text.length)).toBe('Kassym-Jomart Tokayev');
    expect(people.lastSubject(text.length - 5, text.length)).toBeNull();
  });

  it('resolves a given name when one person has it', () => {
    expect(people.byGivenName('Rustam')).toBe('Rustam Minnikhanov');
    expect(people.byGivenName('Sergey')).toBeNull();
  });

  it('tells a Russian surname in another case than the one it was introduced in', () => {
    const russian = new PeopleIndex(findPeople('Барак Обама купил дом. Соседи Обамы рады.'));
    expect(russian.inOtherCase('обамы')).toBe(true);
    expect(russian.inOtherCase('обама')).toBe(false);
    expect(russian.fullestName('обама')).toBe('Барак Обама');
    expect(russian.fullestName('обамы')).toBeNull();
  });
});
