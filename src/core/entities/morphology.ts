/**
 * Russian morphology as the recognizer needs it. The dictionaries are large and live outside core:
 * src/node/morphology.ts implements this over `az`, tests may pass a stub.
 */
export interface MorphParse {
  /** Normal form (lemma), lower case. */
  readonly lemma: string;
  /** OpenCorpora grammemes: part of speech, case, gender, and the name tags Name, Surn, Patr, Geox, Orgn. */
  readonly tags: ReadonlySet<string>;
  /** 0..1, how likely this reading is. */
  readonly score: number;
  /** The word is in the dictionary (not guessed from its ending). */
  readonly known: boolean;
  /**
   * For a word read as a prefix glued to a dictionary word ("видео" + "тон" of "Видеотон"), that word's
   * lemma ("тон"), which entity ids before version 121 were made from.
   */
  readonly rest?: string;
}

export interface Morphology {
  /** Every reading of one word, best first; empty when the word is not Cyrillic or unknown. */
  parse(word: string): readonly MorphParse[];
  /**
   * The form of one of `parse`'s readings with these changing grammemes (case, number, gender), its
   * part of speech and other fixed ones kept; lower case, null when the word has no such form.
   * Optional: without it a name the knowledge base does not know shows as its lemmas.
   */
  inflect?(reading: MorphParse, grammemes: readonly string[]): string | null;
}

/** The name tags of a reading: a given name, a surname, a patronymic, a place, an organisation. */
export const nameTags = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'] as const;

/** A reading of the word as a name of some kind rather than as a common word. */
export const namedReading = (p: MorphParse): boolean => nameTags.some((tag) => p.tags.has(tag));

/** The reading of a word as a name's noun or adjective, the one its normal form is taken from ("финансов": финансы). */
export const nounOrAdjective = (parses: readonly MorphParse[]): MorphParse | undefined =>
  parses.find((p) => p.tags.has('NOUN') || p.tags.has('ADJF'));

/**
 * The reading of a word of a name: a noun or adjective ("«Уральской стали»" is no "стать"), but not
 * for a conjunction or preposition joining the name ("и", "с", "при" are no abbreviated "исполняющий",
 * "секунда").
 */
export const nameWordParse = (parses: readonly MorphParse[]): MorphParse | undefined =>
  ['CONJ', 'PREP'].some((tag) => parses[0]?.tags.has(tag)) ? undefined : nounOrAdjective(parses);

/**
 * A name's words as entity ids before version 121 read them: a word read as a prefix glued to a
 * dictionary word as that word alone ("Видеотон": "Тон"); the name itself when no word is so read.
 */
export function asBeforeVersion121(morph: Morphology, name: string): string {
  return name
    .split(' ')
    .map((w) => {
      const rest = morph.parse(w).find((p) => p.rest && p.lemma === w.toLowerCase())?.rest;
      return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : w;
    })
    .join(' ');
}

/** For callers without dictionaries: rules alone then decide (surname endings, context). */
export const noMorphology: Morphology = { parse: () => [] };
