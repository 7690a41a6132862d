/**
 * Japanese names: a given name and a surname, written in Hepburn in English and in the Polivanov system
 * in Russian ("Shinjiro Koizumi", "Синдзиро Коидзуми"). Read as such, the two spellings share one id,
 * and each language's reader sees the name in its own.
 */
import { hepburnSyllables, hepburnToPolivanov, polivanovToHepburn } from '../language/polivanov';
import { plainRomanized } from '../language/syllables';

/**
 * Common surnames and those of the country's public figures, in Hepburn without long-vowel marks. A
 * name is read as Japanese only when one of its words is one of these: a word of Japanese syllables
 * alone may be anything (Anna, Tina, Mario).
 */
const surnames: ReadonlySet<string> = new Set(
  (
    'sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki ' +
    'yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ' +
    'ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo ' +
    'aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura ' +
    'takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki ' +
    'miyamoto uchida takagi ando taniguchi maruyama imai takada fujimoto takeda murata ueno sugiyama ' +
    'masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura ' +
    'kikuchi sano onishi sugimoto arai hamada ichikawa furukawa mizuno komatsu shimada koyama takano ' +
    'yamauchi nishida kishida motegi koizumi ishiba suga kono kamikawa iwaya aso nikai amari edano ' +
    'hagiuda matsuno takaichi noda hatoyama ozawa maehara genba kishi miyazawa hosokawa hata murayama ' +
    'obuchi nakasone takeshita kaifu ohira miki hayashida kawaguchi komura katsuya niinami toyoda ' +
    'mikitani yanai nagamori uchiyama kamiya tokura hamaguchi yoshimura nakatani tsuji kuroda ' +
    'akiyama katayama oshima koike kamei minami hosoda yamagiwa hirai ishihara shiozaki akaba honda'
  ).split(' '),
);

export interface JapaneseName {
  /** Lower-case Hepburn, given name first: what the id is keyed by. */
  readonly hepburn: readonly string[];
  /** Lower-case Polivanov, given name first, in the nominative. */
  readonly polivanov: readonly string[];
  /** The surname as the text writes it. */
  readonly written: string;
}

/** A word's nominatives: a Japanese surname in -а is declined in Russian (Кисиды, Кисиде, Кисидой). */
function nominatives(word: string): string[] {
  const w = word.toLowerCase();
  const stem = w.replace(/(?:ы|е|у|ой|ою)$/, '');
  return stem === w ? [w] : [stem + 'а', w];
}

/** A word read as Japanese: its Hepburn and its Polivanov spelling, the nominative first. */
function readWord(word: string, asSurname: boolean): { hepburn: string; polivanov: string } | null {
  if (/[а-яё]/i.test(word)) {
    for (const form of asSurname ? nominatives(word) : [word.toLowerCase()]) {
      const hepburn = polivanovToHepburn(form);
      if (hepburn && (!asSurname || surnames.has(hepburn))) return { hepburn, polivanov: form };
    }
    return null;
  }
  const hepburn = plainRomanized(word);
  const polivanov = hepburnToPolivanov(hepburn);
  if (polivanov === null || (asSurname && !surnames.has(hepburn))) return null;
  return { hepburn, polivanov };
}

/**
 * A given name has two syllables at least (Jun, Ken and the like are left to the reader). One that
 * ends in n is declined with its surname in Russian ("Дзироэмона Кимуры").
 */
const givenName = (word: string, declined: boolean) => {
  const stem = declined ? word.replace(/(?<=н)(?:а|у|е|ом)$/i, '') : word;
  const read = readWord(stem, false) ?? readWord(word, false);
  return read && (hepburnSyllables(read.hepburn)?.length ?? 0) >= 2 ? read : null;
};

/**
 * A given name and a surname in Hepburn or Polivanov, in either order ("Fumio Kishida", "Kishida
 * Fumio", "Фумио Кисиды"), brought to the given name first; null for any other two words.
 */
export function japaneseName(words: readonly string[]): JapaneseName | null {
  if (words.length !== 2 || words.some((w) => w.includes('-'))) return null;
  const [first = '', second = ''] = words;
  for (const [given, surname] of [
    [first, second],
    [second, first],
  ] as const) {
    const family = readWord(surname, true);
    const declined = /[а-яё]/i.test(surname) && family?.polivanov !== surname.toLowerCase();
    const personal = family ? givenName(given, declined) : null;
    if (family && personal)
      return {
        hepburn: [personal.hepburn, family.hepburn],
        polivanov: [personal.polivanov, family.polivanov],
        written: surname,
      };
  }
  return null;
}

/** A Japanese surname said alone ("Коидзуми", "Кисиды"), or null. */
export function japaneseSurname(word: string): JapaneseName | null {
  const read = readWord(word, true);
  return read ? { hepburn: [read.hepburn], polivanov: [read.polivanov], written: word } : null;
}
