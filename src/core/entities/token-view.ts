import type { TokenView } from './gazetteer';
import { nameTags, namedReading, type Morphology, type MorphParse } from './morphology';
import { kazakhStems, looksLikePatronymic, nominativeCandidates } from './russian-names';
import { fold, sharesStem } from './text-keys';
import type { Token } from './tokenize';

/** Name-bearing grammemes of az, read once per token. */
export interface NameFlags {
  readonly name: boolean;
  readonly surname: boolean;
  readonly patronymic: boolean;
  readonly place: boolean;
  readonly org: boolean;
  /** A dictionary reading that is none of the above outscores them (Президент, Мы, Банк). */
  readonly common: boolean;
}

export interface RecognizerView extends TokenView {
  parses(index: number): readonly MorphParse[];
  flags(index: number): NameFlags;
  /** The best lemma of a Cyrillic word, or its folded surface. */
  lemma(index: number): string;
}

/** Latin letters that look like Cyrillic ones, which typists and OCR slip into Russian words. */
/** A verb's readings: a finite form, an infinitive, a gerund. */
const verbTags = ['VERB', 'INFN', 'GRND'];

const homoglyphs: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

/** "Католичеcкой" with a Latin c reads as the Cyrillic word it is meant to be. */
function cyrillicSpelling(word: string): string {
  return /[A-Za-z]/.test(word) ? word.replace(/[aceopxyABCEHKMOPTX]/g, (c) => homoglyphs[c] ?? c) : word;
}

/** Lazily computed, memoized per token: most tokens never need their lemmas. */
export function createView(tokens: readonly Token[], morph: Morphology, kazakh = false): RecognizerView {
  const keyCache = new Map<number, ReadonlySet<string>>();
  const flagCache = new Map<number, NameFlags>();
  const parses = (i: number): readonly MorphParse[] => {
    const t = tokens[i];
    return t && t.cyrillic && t.kind === 'word' ? morph.parse(cyrillicSpelling(t.text)) : [];
  };
  const flags = (i: number): NameFlags => {
    const hit = flagCache.get(i);
    if (hit) return hit;
    const ps = parses(i);
    const best = (tag: string) => Math.max(0, ...ps.filter((p) => p.tags.has(tag)).map((p) => p.score));
    // az guesses Geox for unknown words by their endings (Мурси, Холлис): only the dictionary's count
    const known = (tag: string) => ps.some((p) => p.known && p.tags.has(tag));
    const nameScore = Math.max(0, ...nameTags.map(best));
    const commonScore = Math.max(0, ...ps.filter((p) => p.known && !namedReading(p)).map((p) => p.score));
    // (an English county, Йоркшир, Нортгемптоншир, Бакингемшир: no dog's breed nor given name az reads)
    const shire = ps.some((p) => p.tags.has('NOUN') && /^\p{L}{3,}шир$/u.test(p.lemma));
    const f: NameFlags = {
      name: !shire && best('Name') > 0,
      surname: !shire && best('Surn') > 0,
      patronymic: best('Patr') > 0,
      place: known('Geox') || shire,
      org: known('Orgn'),
      common: commonScore > nameScore,
    };
    flagCache.set(i, f);
    return f;
  };
  return {
    tokens,
    parses,
    flags,
    keys(i) {
      const hit = keyCache.get(i);
      if (hit) return hit;
      const t = tokens[i];
      const keys = new Set<string>();
      if (t) {
        keys.add(fold(t.text));
        if (t.cyrillic && t.kind === 'word') {
          const readings = parses(i);
          for (const p of readings) if (sharesStem(t.text, p.lemma)) keys.add(fold(p.lemma));
          // ("Уральской", "Омской": a word the dictionary knows as an adjective is no case form of
          // the town its bare stem spells, Уральск or Омск)
          const adjective = readings.some((p) => p.known && p.tags.has('ADJF'));
          // ("Читаю", "Думаю", "Сербы": a verb, or a common noun of beings, that opens a sentence is no
          // case form of Чита, the Duma or Serbia)
          const common =
            readings.length > 0 &&
            readings.every(
              (p) =>
                p.known &&
                (verbTags.some((tag) => p.tags.has(tag)) || (p.tags.has('anim') && !namedReading(p))),
            );
          const folded = fold(t.text);
          if (t.cap && !common)
            for (const c of nominativeCandidates(t.text))
              if (!(adjective && c.length < folded.length && folded.startsWith(c))) keys.add(c);
          if (t.cap && kazakh) for (const c of kazakhStems(t.text)) keys.add(c);
        }
      }
      keyCache.set(i, keys);
      return keys;
    },
    isPatronymic(i) {
      const t = tokens[i];
      return !!t && t.cap && (looksLikePatronymic(t.text) || flags(i).patronymic);
    },
    lemma(i) {
      const t = tokens[i];
      if (!t) return '';
      const p = parses(i)[0];
      return p ? fold(p.lemma) : fold(t.text);
    },
  };
}
