import { surnameKey, type PersonMention } from './find-people';
import { indexKey } from './index-key';
import { roleFits, type Role } from './roles';

interface Person {
  /** The longest way the article writes the person: "Kassym-Jomart Tokayev" over "Tokayev". */
  fullest: string;
  fullestWords: number;
  /**
   * The longest full name per surname form. Russian names inflect: "Александра Брода" is not what
   * to call the speaker of "— продолжил Брод".
   */
  readonly byForm: Map<string, { name: string; count: number }>;
  /** Surnames exactly as written in full-name mentions: the case the person was introduced in. */
  readonly introducedAs: Set<string>;
  readonly roles: Role[];
}

/** How far back a description looks for its person; articles introduce people far closer than this. */
const lookBack = 500;

/**
 * The people of one article, grouped by surname across case forms, for resolving speakers in time
 * linear in the number of quotes (a 2 MB file can hold tens of thousands of both).
 */
export class PeopleIndex {
  private readonly people = new Map<string, Person>();
  private readonly givenNames = new Map<string, Map<string, string>>();

  constructor(private readonly mentions: readonly PersonMention[]) {
    for (const mention of mentions) {
      const key = surnameKey(mention.surname);
      let person = this.people.get(key);
      if (person === undefined) {
        person = {
          fullest: mention.name,
          fullestWords: 0,
          byForm: new Map(),
          introducedAs: new Set(),
          roles: [],
        };
        this.people.set(key, person);
      }
      const words = mention.name.split(/\s+/);
      if (
        words.length > person.fullestWords ||
        (words.length === person.fullestWords && mention.name.length > person.fullest.length)
      ) {
        person.fullest = mention.name;
        person.fullestWords = words.length;
      }
      const form = person.byForm.get(mention.surname);
      if (form === undefined || longer(mention.name, form.name)) {
        person.byForm.set(mention.surname, { name: mention.name, count: (form?.count ?? 0) + 1 });
      } else {
        form.count++;
      }
      if (words.length > 1) {
        person.introducedAs.add(mention.surname);
        const given = indexKey(words[0] ?? '');
        const keys = this.givenNames.get(given) ?? new Map<string, string>();
        const known = keys.get(key);
        if (known === undefined || longer(mention.name, known)) keys.set(key, mention.name);
        this.givenNames.set(given, keys);
      }
      if (mention.role !== null) person.roles.push(mention.role);
    }
  }

  /**
   * The fullest name of the person with this surname, in the same form when the surname inflects;
   * null when the article never writes it in full in that form.
   */
  fullestName(surname: string): string | null {
    const person = this.people.get(surnameKey(surname));
    if (person === undefined) return null;
    if (!/[а-яё]/.test(surname)) return person.fullest;
    const form = person.byForm.get(surname);
    return form !== undefined && form.name.includes(' ') ? form.name : null;
  }

  /** How to call a person found through a description or a pronoun: the fullest name in its commonest form. */
  private nameOf(mention: PersonMention): string {
    const person = this.people.get(surnameKey(mention.surname));
    if (person === undefined) return mention.name;
    if (!/[а-яё]/.test(mention.surname)) return person.fullest;
    let best: { name: string; count: number } | null = null;
    for (const form of person.byForm.values()) {
      if (
        best === null ||
        form.count > best.count ||
        (form.count === best.count && longer(form.name, best.name))
      ) {
        best = form;
      }
    }
    return best?.name ?? mention.name;
  }

  /**
   * True when a lone Russian surname stands in another case than the one the person was introduced in
   * ("представитель Обамы" after "Барак Обама"): then it is a complement, not the speaker.
   */
  inOtherCase(surname: string): boolean {
    const introduced = this.people.get(surnameKey(surname))?.introducedAs;
    return introduced !== undefined && introduced.size > 0 && !introduced.has(surname);
  }

  /** "Андрей" for "Андрей Варичев", when the article names one person with that given name. */
  byGivenName(name: string): string | null {
    const keys = this.givenNames.get(indexKey(name));
    const [only] = keys?.values() ?? [];
    return keys?.size === 1 && only !== undefined ? only : null;
  }

  /** The last person named before `at`. */
  lastBefore(at: number): string | null {
    const mention = this.mentions[this.lastIndexBefore(at)];
    return mention === undefined ? null : this.nameOf(mention);
  }

  /** The last person named as the subject of a sentence between `after` and `at`. */
  lastSubject(after: number, at: number): string | null {
    const last = this.lastIndexBefore(at);
    for (let i = last; i >= 0 && i > last - lookBack; i--) {
      const mention = this.mentions[i];
      if (mention === undefined || mention.start < after) break;
      if (mention.subject) return this.nameOf(mention);
    }
    return null;
  }

  /** The last person named before `at` who was introduced with a role the description fits. */
  lastFitting(description: Role, at: number): string | null {
    const last = this.lastIndexBefore(at);
    for (let i = last; i >= 0 && i > last - lookBack; i--) {
      const mention = this.mentions[i];
      const person = mention === undefined ? undefined : this.people.get(surnameKey(mention.surname));
      if (mention !== undefined && person?.roles.some((role) => roleFits(description, role)))
        return this.nameOf(mention);
    }
    return null;
  }

  /** Index of the last mention ending at or before `at`, or -1 (mentions are in document order). */
  private lastIndexBefore(at: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.mentions[mid]?.end ?? Infinity) <= at) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }
}

function longer(a: string, b: string): boolean {
  const wordsA = a.split(/\s+/).length;
  const wordsB = b.split(/\s+/).length;
  return wordsA > wordsB || (wordsA === wordsB && a.length > b.length);
}
