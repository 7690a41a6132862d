/**
 * A name the aliases lack, linked to the one entity whose name it spells otherwise ("Tokaev": Tokayev),
 * with the checks that keep a namesake or a common word from taking that entity.
 */
import type { Gazetteer } from './gazetteer';
import { namesOf, type KbEntity } from './kb-schema';
import { isNameParticle } from './name-particles';
import type { Recognized } from './recognize';
import { hasCyrillic, skeleton, toLatin } from './text-keys';

/**
 * "Tokaev": a spelling the aliases lack still links when it is another spelling of one entity's name.
 * Common words link only to a whole name in their own script: "талибы" are the Taliban, but
 * "власти" are not the outlet Vlast.kz, nor "Церкви" the synod of "… православной церкви".
 */
export function spellingOf(gazetteer: Gazetteer, r: Recognized, ofCommonWords = false): KbEntity | null {
  const surnameOrName = r.type === 'PER' ? (r.words.at(-1) ?? '') : r.words.join(' ');
  const found = gazetteer.bySpelling(surnameOrName, r.type);
  if (!found || (r.type === 'PER' && !sameGivenName(found, r.words))) return null;
  // ("Иванов" alone, which the aliases did not take: a namesake's, as the text has not named Igor Ivanov)
  if (found.commonSurname && r.words.length < 2) return null;
  if (ofCommonWords && !namesOf(found).some((n) => sameScriptSpelling(n, surnameOrName))) return null;
  return sameOnset(surnameOrName, found, r.type) ? found : null;
}

const sameScriptSpelling = (a: string, b: string) =>
  hasCyrillic(a) === hasCyrillic(b) && skeleton(a) === skeleton(b);

/**
 * A surname's skeleton links "Tokaev" to Tokayev, but "Тимур Шаймиев" is not Mintimer Shaimiev: with a
 * given name in the text, one of the entity's full names must start with the same given name.
 */
function sameGivenName(entity: KbEntity, words: readonly string[]): boolean {
  if (words.length < 2) return true;
  const given = skeleton(words[0] ?? '');
  const full = namesOf(entity)
    .filter((n) => /\s/.test(n))
    .map((n) => n.split(/\s+/));
  // (a part after a particle is the father's name: "Tamim bin Hamad Al Thani" is no Hamad)
  return (
    full.length === 0 ||
    full.some((w) => w.some((part, n) => !isNameParticle(w[n - 1] ?? '') && skeleton(part) === given))
  );
}

const startsWithVowel = (name: string) => /^[aeiouy]/i.test(toLatin(name.trim()));

/**
 * The skeleton leaves vowels out, a first one too: Аризона and Рязань are both "rzn". A spelling
 * variant keeps its first sound, so a name that starts with a vowel links only to a name that does.
 */
function sameOnset(name: string, entity: KbEntity, type: string): boolean {
  const known = type === 'PER' ? (entity.names.en.split(/\s+/).at(-1) ?? '') : entity.names.en;
  return startsWithVowel(name) === startsWithVowel(known);
}
