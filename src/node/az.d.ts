// `az` ships no type declarations; this covers the part of its API that morphology.ts uses.
declare module 'az' {
  interface AzTag {
    readonly stat: readonly string[];
    readonly flex: readonly string[];
  }
  interface AzParse {
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    /** Which of az's parsers produced this reading: 'Dictionary' for dictionary words. */
    readonly parser: string;
    /**
     * What az's prefix guessers cut off before looking the rest up ("видео" of "Видеотон", "экс-" of
     * "экс-президента"); `word` is the rest alone. Absent or empty for other readings.
     */
    readonly prefix?: string;
    normalize(keepPos?: boolean): AzParse;
    /** The form with these grammemes (the first that matches them all), or false when there is none. */
    inflect(grammemes: readonly string[]): AzParse | false;
  }
  interface AzMorph {
    (word: string, config?: { typos?: number; stutter?: number }): AzParse[];
    init(path: string, callback: (error: unknown) => void): void;
  }
  const Az: { readonly Morph: AzMorph };
  export type { AzParse };
  export default Az;
}
