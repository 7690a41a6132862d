/**
 * A known body inside an unknown body's name: "Совет министров обороны СНГ" and "the Council of Defence
 * Ministers of the CIS", "Совета министров иностранных дел ОТГ" and "OTS Council of Foreign Ministers".
 * The known body's short names differ from one script to the other (СНГ and CIS, ОТГ and OTS), so
 * its names key as its id, and the unknown body's words around them as they always did.
 */
import type { CountryKeys } from './country-bodies';
import { normalForm } from './country-bodies';
import { namesOf, type KbEntity } from './kb-schema';
import type { Morphology } from './morphology';
import { isCommonNameWord, nameWordKey } from './name-words';
import { fold } from './text-keys';

const words = (name: string): string[] => name.split(/\s+/).filter((w) => w !== '');

/** "СНГ", "CIS", "ОДКБ", "EAEU": a short name in capitals, as the knowledge base writes it. */
const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);

/** Keys with known bodies' names as their ids, and the ids they may hold. */
export type KnownBodyKeys = CountryKeys & { readonly ids: ReadonlySet<string> };

/**
 * The known bodies' names and short names an unknown body's key takes as the body's id, since entity
 * ids version 143, for bodies of no country (a country's, "МВД", "Комитет национальной безопасности",
 * is one of many of its kind, and a body named after it is no part of it): a short name one body alone
 * has, and a name of two keyed words or more that is not all common words (or of three or more:
 * "Организация тюркских государств"), read as written, as its words' normal forms, and with a place's
 * adjective as the place's English name, as an unknown body's words have it ("Евразийской" as
 * "Eurasia"). Countries' names are keyed by `countries` first, as before; the known bodies' in what
 * is left. A key that is one known body's name and nothing more is that body, spelled as the
 * knowledge base does not ("Cooperation Council of Turkic-Speaking States", hyphenated): see
 * knownBodyOfKey.
 */
export function knownBodyKeys(
  kb: readonly KbEntity[],
  morph: Morphology,
  countries: CountryKeys,
  placeWords: (word: string) => readonly string[] | undefined = () => undefined,
): KnownBodyKeys {
  const acronymOwners = new Map<string, Set<string>>();
  const nameOwners = new Map<string, Set<string>>();
  let longest = 0;
  const add = (map: Map<string, Set<string>>, key: string, id: string) =>
    map.set(key, new Set([...(map.get(key) ?? []), id]));
  for (const e of kb) {
    if (e.type !== 'ORG' || e.country) continue;
    for (const name of namesOf(e)) {
      if (isAcronym(name)) {
        add(acronymOwners, fold(name), e.id);
        continue;
      }
      const written = words(fold(name));
      const normal = written.map((w) => normalForm(morph, w));
      const placed = normal.flatMap((w) => placeWords(w) ?? [w]);
      for (const ws of [written, normal, placed]) {
        const named = ws.filter((w) => nameWordKey(w) !== '');
        const common = named.every(isCommonNameWord);
        if (named.length < 2 || (common && named.length < 3)) continue;
        const split = named.map((w) => nameWordKey(w).split('.'));
        const seq = countries(
          split.flat(),
          split.flatMap((ps, n) => ps.map(() => fold(named[n] ?? ''))),
        );
        add(nameOwners, seq.join(' '), e.id);
        longest = Math.max(longest, seq.length);
      }
    }
  }
  const single = (owners: ReadonlyMap<string, Set<string>>) =>
    new Map([...owners].flatMap(([key, ids]) => (ids.size === 1 ? [[key, [...ids][0] ?? '']] : [])));
  const acronyms = single(acronymOwners);
  const names = single(nameOwners);
  const ids = new Set([...acronyms.values(), ...names.values()]);
  const bodyKeys: CountryKeys = (keys, ws) => {
    // (a short name is told by its word: "cis" is the body, not the sound of "Сис")
    const parts: string[] = [];
    const partWords: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      const word = ws?.[i] ?? '';
      const id = acronyms.get(word);
      parts.push(id ?? keys[i] ?? '');
      partWords.push(id ? '' : word);
      // (the rest of the same word's parts)
      while (id && ws?.[i + 1] === word) i++;
    }
    const coded = countries(parts, ws ? partWords : undefined);
    const out: string[] = [];
    // (the longest known name that starts here wins)
    for (let i = 0; i < coded.length;) {
      let n = Math.min(longest, coded.length - i);
      while (n > 1 && !names.has(coded.slice(i, i + n).join(' '))) n--;
      const id = n > 1 ? names.get(coded.slice(i, i + n).join(' ')) : undefined;
      out.push(id ?? coded[i] ?? '');
      i += id ? n : 1;
    }
    return out;
  };
  return Object.assign(bodyKeys, { ids });
}

/**
 * The words of the known body that owns an unknown one named just before it, "the Council of Defence
 * Ministers | of the Commonwealth of Independent States", where English reads the two as two mentions
 * and Russian as one ("Совета министров обороны СНГ"): the unknown body is keyed with its owner's
 * name, as the Russian one is. Null when the next mention is no known body right after.
 */
export function ownerBodyAfter(
  text: string,
  body: { readonly end: number },
  next: { readonly start: number; readonly type: string; readonly entity: KbEntity | null } | undefined,
): readonly string[] | null {
  if (next?.type !== 'ORG' || !next.entity) return null;
  if (!/^\s+(?:of\s+(?:the\s+)?)?$/.test(text.slice(body.end, next.start))) return null;
  return words(next.entity.names.en ?? next.entity.names.ru ?? '');
}

/** The known body an unknown name's whole key is (see knownBodyKeys), or undefined. */
export function knownBodyOfKey(keyed: KnownBodyKeys, id: string): string | undefined {
  const key = id.startsWith('x:') ? id.slice(2) : '';
  return keyed.ids.has(key) ? key : undefined;
}
