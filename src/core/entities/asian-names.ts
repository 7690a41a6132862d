/**
 * Names whose Russian spelling follows a transcription system, not the English letters: Chinese
 * (pinyin and Palladius) and Japanese (Hepburn and Polivanov), each keyed by its Latin spelling and
 * shown in both, and Korean (Kontsevich, and the romanizations English uses), keyed by its consonants;
 * and Mongolian, whose father's name in the genitive goes first.
 * A person named in a Russian and an English text has one id.
 */
import { chineseName } from './chinese-names';
import { japaneseName, japaneseSurname, type JapaneseName } from './japanese-names';
import { koreanName } from './korean-names';
import { capitalised } from './text-keys';

export interface AsianName {
  /** The words the id is keyed by, as English writes them, or the id itself. */
  readonly key: readonly string[] | { readonly id: string };
  /** The name shown in each language, where the systems give it. */
  readonly shown: { readonly en: string; readonly ru: string } | null;
  /** The surname as the text writes it, which a later mention may use alone. */
  readonly surname: string;
}

const shown = (words: readonly string[]) => words.map(capitalised).join(' ');

const fromJapanese = (name: JapaneseName): AsianName => ({
  key: name.hepburn,
  shown: { en: shown(name.hepburn), ru: shown(name.polivanov) },
  surname: name.written,
});

/**
 * A Mongolian father's name, in the genitive before the given name ("Ганбаатарын Батбаяр", "Ukhnaagiin
 * Khurelsukh"): the name without its ending. Not a Russian surname in -цын ("Голицын"), nor an English
 * given name in -yn ("Carolyn"), which English does not write for the Mongolian genitive alone.
 */
const mongolianFather = /^(\p{Lu}\p{Ll}{3,})(?:г?ийн|ын|g?iin)$/u;

/**
 * A Mongolian name, "Ганбаатарын Батбаяр": keyed by the given name and the father's name, as English
 * writes it in its own order ("Batbayar Ganbaatar"); the given name is the one a later mention uses
 * alone ("Хурэлсух заявил").
 */
function mongolianName(words: readonly string[], written: readonly string[]): AsianName | null {
  const father = written.length === 2 ? mongolianFather.exec(written[0] ?? '')?.[1] : undefined;
  const given = words[1];
  if (!father || !given || father.endsWith('ц') || /(?:[оеё]в|[иы]н)(?:а|ой|у|ым)?$/.test(given)) return null;
  return { key: [given, father], shown: null, surname: given };
}

/**
 * A person's name read as Chinese, Japanese or Korean: from the words as recognized for a Chinese name
 * (whose case ending it sets aside itself), from the words as written for a Japanese or Korean one,
 * whose given name a Russian lemma may have spoiled ("Такэси" is no case of "Такэся").
 */
export function asianName(words: readonly string[], written: readonly string[]): AsianName | null {
  const chinese = chineseName(words);
  if (chinese) {
    // ("Zhang Xiaoming" and "Чжан Сяомин")
    const names = { en: shown(chinese.pinyin), ru: shown(chinese.palladius) };
    return { key: chinese.pinyin, shown: names, surname: words[0] ?? '' };
  }
  const japanese = written.length === 1 ? japaneseSurname(written[0] ?? '') : japaneseName(written);
  if (japanese) return fromJapanese(japanese);
  const korean = koreanName(written);
  if (korean) return { key: { id: korean.id }, shown: null, surname: korean.surname };
  return mongolianName(words, written);
}
