/**
 * Numbers written in words, which a report uses for small amounts before a unit: "three per cent",
 * "Fifty-eight percent", "трёх процентов", "пятьдесят восемь процентов", "два миллиона". Only up to
 * ninety-nine: larger amounts are written in digits in news. Russian words are matched in all cases.
 */
const ones: readonly (readonly [string, number])[] = [
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map(
    (w, i) => [w, i + 1] as const,
  ),
  ['од(?:ин|н(?:а|о|ого|ому|им|ом|ой|у))', 1],
  ['дв(?:а|е|ух|ум|умя)', 2],
  ['тр(?:и|[её]х|[её]м|емя)', 3],
  ['четыр(?:е|[её]х|[её]м|ьмя)', 4],
  ['пят(?:ь|и|ью)', 5],
  ['шест(?:ь|и|ью)', 6],
  ['сем(?:ь|и|ью)', 7],
  ['вос(?:емь|ьми|емью)', 8],
  ['девят(?:ь|и|ью)', 9],
];
const teens: readonly (readonly [string, number])[] = [
  ...[
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ].map((w, i) => [w, i + 10] as const),
  ...['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат']
    .concat(['восемнадцат', 'девятнадцат'])
    .map((w, i) => [`${w}(?:ь|и|ью)`, i + 10] as const),
];
const tens: readonly (readonly [string, number])[] = [
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map(
    (w, i) => [w, (i + 2) * 10] as const,
  ),
  ['двадцат(?:ь|и|ью)', 20],
  ['тридцат(?:ь|и|ью)', 30],
  ['сорока?', 40],
  ['пят(?:ьдесят|идесяти?)', 50],
  ['шест(?:ьдесят|идесяти?)', 60],
  ['сем(?:ьдесят|идесяти?)', 70],
  ['вос(?:емьдесят|ьмидесяти?)', 80],
  ['девяност[оа]', 90],
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
