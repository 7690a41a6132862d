/**
 * Names whose Russian spelling follows a transcription system, not the English letters: Chinese
 * (pinyin and Palladius) and Japanese (Hepburn and Polivanov). Each is keyed by its Latin spelling, so
 * a person named in a Russian and an English text has one id, and is shown in both spellings.
 */
import { chineseName, chineseShownName } from './chinese-names';
import { japaneseName, japaneseSurname, type JapaneseName } from './japanese-names';

export interface AsianName {
  /** The words the id is keyed by, as English writes them. */
  readonly key: readonly string[];
  /** The name shown in each language. */
  readonly shown: { readonly en: string; readonly ru: string };
  /** The surname as the text writes it, which a later mention may use alone. */
  readonly surname: string;
}

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const shown = (words: readonly string[]) => words.map(capitalize).join(' ');

const fromJapanese = (name: JapaneseName): AsianName => ({
  key: name.hepburn,
  shown: { en: shown(name.hepburn), ru: shown(name.polivanov) },
  surname: name.written,
});

/**
 * A person's name read as Chinese or Japanese: from the words as recognized for a Chinese name (whose
 * case ending it sets aside itself), from the words as written for a Japanese one, whose given name a
 * Russian lemma may have spoiled ("Такэси" is no case of "Такэся").
 */
export function asianName(words: readonly string[], written: readonly string[]): AsianName | null {
  const chinese = chineseName(words);
  if (chinese) return { key: chinese.pinyin, shown: chineseShownName(chinese), surname: words[0] ?? '' };
  const japanese = written.length === 1 ? japaneseSurname(written[0] ?? '') : japaneseName(written);
  return japanese ? fromJapanese(japanese) : null;
}
