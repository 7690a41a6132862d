declare module 'popular-english-words' {
  /** English words from Wikipedia, most frequent first. */
  export const words: {
    getMostPopular(count: number): string[];
  };
}
