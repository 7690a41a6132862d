import { describe, expect, it } from 'vitest';
import { officeOf, roleFits, roleOf } from './roles';

describe('roles', () => {
  it('names offices, multi-word ones first', () => {
    expect(officeOf('Prime Minister of Russian')).toBe('prime-minister');
    expect(officeOf('the Russian PM')).toBe('prime-minister');
    expect(officeOf('Russian Government Chairman')).toBe('prime-minister');
    expect(officeOf('Head of Tatarstan')).toBe('head');
    expect(officeOf('Minister of Foreign Affairs of Kazakhstan')).toBe('foreign-minister');
    expect(officeOf('Deputy Prime Minister')).toBe('deputy-prime-minister');
    expect(officeOf('Президент Республики Казахстан')).toBe('head');
    expect(officeOf('премьер-министр России')).toBe('prime-minister');
    expect(officeOf('the sides')).toBeNull();
  });

  it('matches descriptions to the roles people were introduced with', () => {
    const fits = (description: string, introduced: string): boolean => {
      const d = roleOf(description);
      const r = roleOf(introduced);
      return d !== null && r !== null && roleFits(d, r);
    };
    expect(fits('the Tatar President', 'Head of Tatarstan')).toBe(true);
    expect(fits('the Tatarstan president', 'Tatarstan President')).toBe(true);
    expect(fits('the Russian PM', 'Prime Minister of Russian')).toBe(true);
    expect(fits('the President of Kazakhstan', 'Kazakh President')).toBe(true);
    expect(fits('президент Казахстана', 'Президент Республики Казахстан')).toBe(true);
    expect(fits('the Tatar President', 'Kazakh President')).toBe(false);
    expect(fits('the Russian PM', 'Russian Minister of Foreign Affairs')).toBe(false);
    expect(fits('the President', 'President')).toBe(true);
  });
});
