/**
 * Numbers written in words, which a report uses for small amounts before a unit: "three per cent",
 * "Fifty-eight percent", "трёх процентов", "пятьдесят восемь процентов", "два миллиона". Only up to
 * ninety-nine: larger amounts are written in digits in news. Russian words are matched in all cases.
 */

/** `words` split on white space, each with its value: `first` for the first, `step` more for each after it. */
const numbered = (words: string, first: number, step = 1) =>
  words
    .trim()
    .split(/\s+/u)
    .map((w, i) => [w, first + i * step] as const);

const ones: readonly (readonly [string, number])[] = [
  ...numbered('one two three four five six seven eight nine', 1),
  ...numbered(
    `од(?:ин|н(?:а|о|ого|ому|им|ом|ой|у)) дв(?:а|е|ух|ум|умя) тр(?:и|[её]х|[её]м|емя) четыр(?:е|[её]х|[её]м|ьмя)
     пят(?:ь|и|ью) шест(?:ь|и|ью) сем(?:ь|и|ью) вос(?:емь|ьми|емью) девят(?:ь|и|ью)`,
    1,
  ),
];
const teens: readonly (readonly [string, number])[] = [
  ...numbered('ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10),
  ...numbered(
    `десят одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат
     девятнадцат`,
    10,
  ).map(([w, n]) => [`${w}(?:ь|и|ью)`, n] as const),
];
const tens: readonly (readonly [string, number])[] = [
  ...numbered('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10),
  ...numbered(
    `двадцат(?:ь|и|ью) тридцат(?:ь|и|ью) сорока? пят(?:ьдесят|идесяти?) шест(?:ьдесят|идесяти?)
     сем(?:ьдесят|идесяти?) вос(?:емьдесят|ьмидесяти?) девяност[оа]`,
    20,
    10,
  ),
];

const any = (table: readonly (readonly [string, number])[]) => table.map(([w]) => w).join('|');

/** A number in words, one to ninety-nine ("twenty-five", "пятьдесят восемь"), as a regular expression's source. */
export const inWords = `(?:${any(tens)})(?:[- ](?:${any(ones)}))?|${any(teens)}|${any(ones)}`;

const words = [...tens, ...teens, ...ones].map(([w, n]) => [new RegExp(`^(?:${w})$`, 'iu'), n] as const);

/** The value of a number `inWords` matched: "twenty-five" 25, "трёх" 3. */
export function wordsValue(text: string): number {
  let total = 0;
  for (const word of text.split(/[\s-]+/u)) total += words.find(([re]) => re.test(word))?.[1] ?? 0;
  return total;
}
