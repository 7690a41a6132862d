/**
 * The name the reader is shown for an entity the knowledge base does not know, in both languages, and
 * the words its older ids are read from (keyNames).
 */
import type { EntityName } from '../../shared/entities';
import type { AsianName } from './asian-names';
import { hasPalladiusLetters, pinyinOfName } from './chinese-names';
import type { Morphology } from './morphology';
import { shownInLowerCase } from './name-particles';
import { orgDescriptors } from './quote-cues';
import type { Recognized } from './recognize';
import { feminine, femaleGivenName, womansBySheVerb, womansSkySurname, womansSurname } from './russian-names';
import { shownUnknownName } from './shown-names';
import { patronymicKey, patronymicSex } from './surname-or-patronymic';
import { fold, hasCyrillic, toLatin } from './text-keys';
import { openQuotes } from './tokenize';
import { keyNames } from './unknown-ids';

// (a name's particle stays in lower case: "Людвиг ван Бетховен")
const capitalize = (w: string) =>
  w.replace(/(^|[-\s])(\p{L}+)/gu, (_, sep: string, word: string) =>
    sep !== '' && sep !== '-' && shownInLowerCase(word)
      ? sep + word
      : sep + word.charAt(0).toUpperCase() + word.slice(1),
  );

/** A Chinese or Japanese name in both spellings; older ids are read from the words as recognized. */
export function asianNameOf(r: Recognized, shown: NonNullable<AsianName['shown']>): EntityName {
  const name = { ...shown };
  keyNames.set(name, capitalize(r.words.join(' ')));
  return name;
}

/** A person's words as the text writes them, a possessive set aside ("Koizumi's"). */
export const writtenWords = (r: Recognized, text: string) =>
  text
    .slice(r.start, r.end)
    .replace(/['’]s$/, '')
    .split(/\s+/);

/** The name shown for an unknown entity, Russian and Latin, or English alone. */
export function unknownName(
  r: Recognized,
  text: string,
  morph: Morphology,
  english: string | null = null,
): EntityName {
  const surface = text.slice(r.start, r.end);
  const written = surface.split(/\s+/);
  // (the surname as written, first in the official order: "Сурковой Зое Антоновне")
  const surname = written.length === 3 && patronymicKey(written[2] ?? '') ? written[0] : written.at(-1);
  // (a woman by her given name, by her patronymic, "Марина Филипповна Ходорковская", or by a surname
  // only a woman's ends so, "Валерии Рашкиной"; alone too where no man's form ends so, "Ковальская")
  // (the subject of a verb in the feminine is in the nominative: "Диляра Кайдарова рассказала" is
  // Диляра, not a Диляр in the genitive)
  const sheVerb =
    r.type === 'PER' &&
    written.length > 1 &&
    womansBySheVerb(morph, surname ?? '', text.slice(r.end, r.end + 40));
  const woman =
    femaleGivenName(morph, r.words) ||
    written.some((w) => patronymicSex(w) === 'femn') ||
    (written.length > 1 && womansSurname(surname ?? '')) ||
    womansSkySurname(surname ?? '') ||
    sheVerb;
  const female = r.type === 'PER' && woman ? feminine(r.words, surname ?? '') : r.words;
  const given = written[0] ?? '';
  const words =
    sheVerb &&
    written.length === 2 &&
    /[ая]$/.test(given) &&
    fold(given).slice(0, -1) === fold(female[0] ?? '')
      ? [given, ...female.slice(1)]
      : female;
  const keyName = capitalize(words.join(' '));
  const russian = hasCyrillic(surface);
  const quoted = openQuotes.has(text.charAt(r.start - 1));
  // "товарищества «Глиссада»": a name in quotes after a noun for a body stands beside it, as written
  // (after "солистка" or "игрок" it is the body's genitive: "солистка «Ленинграда»")
  const before = quoted ? /([а-яё-]+)\s*$/.exec(text.slice(Math.max(0, r.start - 41), r.start - 1)) : null;
  const beside = !!before?.[1] && orgDescriptors.has(morph.parse(before[1])[0]?.lemma ?? '');
  // ("Мухаммед VI": a monarch's number keeps its capitals)
  const shown =
    (r.type !== 'PER' && shownUnknownName(surface, russian, quoted, morph, beside)) ||
    keyName.replace(/ ([IVX][ivx]{0,4})$/, (n) => n.toUpperCase());
  const latin =
    english ??
    (hasPalladiusLetters(shown)
      ? shown.replace(/[\p{L}-]+/gu, (w) => capitalize(pinyinOfName(w) ?? '') || toLatin(w))
      : toLatin(shown));
  const name = russian ? { ru: shown, en: latin } : { en: shown, ru: null };
  keyNames.set(name, keyName);
  return name;
}
