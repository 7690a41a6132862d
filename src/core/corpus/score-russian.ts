/**
 * Russian letter frequencies (per mille, from large news corpora). A wrong legacy decoding maps the
 * frequent letters (о, е, а, и) onto rare letters, capitals in mid-word or box-drawing signs, so the
 * likelihood of the letters alone separates windows-1251, KOI8-R, cp866 and ISO-8859-5 reliably.
 */
const frequencies: Record<string, number> = {
  о: 109.7,
  е: 84.5,
  а: 80.1,
  и: 73.5,
  н: 67,
  т: 62.6,
  с: 54.7,
  р: 47.3,
  в: 45.4,
  л: 44,
  к: 34.9,
  м: 32.1,
  д: 29.8,
  п: 28.1,
  у: 26.2,
  я: 20.1,
  ы: 19,
  ь: 17.4,
  г: 17,
  з: 16.5,
  б: 15.9,
  ч: 14.4,
  й: 12.1,
  х: 9.7,
  ж: 9.4,
  ш: 7.3,
  ю: 6.4,
  ц: 4.8,
  щ: 3.6,
  э: 3.2,
  ф: 2.6,
  ъ: 0.4,
  ё: 0.4,
};

/** Bigrams that make up a large share of Russian text; a right decoding hits them constantly. */
const commonBigrams = new Set(
  (
    'ст но то на ен ов ни ра во ко ро ре по ал пр ли ер от ос не го ол ве ан ор ка ет ва ле ел ри ес ом де ' +
    'ла ль ск ть та ат ит ны ти ин од ем ми ой ие ий ся ам из ак ки ци ия ьн ую ых ое ая ей'
  ).split(' '),
);

const weights = new Map<string, number>(Object.entries(frequencies).map(([c, f]) => [c, Math.log(1 + f)]));
/** Punctuation that legacy Cyrillic encodings carry and real text uses. */
const plausibleSigns = new Set('«»„“”‘’–—…№\u00A0°•'.split(''));

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

const isAsciiLetter = (char: string): boolean => /^[A-Za-z]$/.test(char);

/**
 * How much a decoded text looks like Russian: higher is better, roughly per non-ASCII character so
 * candidates of different lengths compare fairly. Only the relative order of candidates matters.
 */
export function scoreRussian(text: string): number {
  let score = 0;
  let counted = 0;
  let previous = ' ';
  let previousLower = '';
  // Single-byte decoders only produce BMP characters, so code units are characters here.
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char.charCodeAt(0) < 0x80) {
      previous = char;
      previousLower = '';
      continue;
    }
    counted++;
    const lower = char.toLowerCase();
    const weight = weights.get(lower);
    if (weight !== undefined) {
      if (isAsciiLetter(previous) || isAsciiLetter(text.charAt(i + 1))) {
        // A Cyrillic letter glued to a Latin one is how curly quotes and apostrophes in English text
        // look through the wrong code page ("УThere", "TatneftТs").
        score -= 4;
      } else if (lower === char) {
        score += weight;
      } else if (!isLetter(previous)) {
        score += weight * 0.8;
      } else if (previous === previous.toUpperCase()) {
        score += weight * 0.3;
      } else {
        score -= 3;
      }
      if (previousLower.length > 0 && commonBigrams.has(previousLower + lower)) score += 1.5;
      previousLower = lower;
    } else {
      previousLower = '';
      const code = char.charCodeAt(0);
      if (code < 0xa0) score -= 5;
      else if (plausibleSigns.has(char)) score += 0.5;
      else score -= isLetter(char) ? 1 : 3;
    }
    previous = char;
  }
  return counted === 0 ? 0 : score / counted;
}
