/**
 * lunr with the lunr-languages Russian stemmer registered, once per process (and per worker: a worker
 * has its own module instances). lunr-languages modules are UMD factories; imported as CommonJS their
 * default export is the `(lunr) => void` plugin, which works the same under Node ESM and Vite's bundling.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import russian from 'lunr-languages/lunr.ru.js';

interface RussianPlugin {
  readonly ru: { readonly stemmer: lunr.PipelineFunction };
}

const registered = lunr as unknown as Partial<RussianPlugin>;
if (!registered.ru) {
  stemmerSupport(lunr);
  russian(lunr);
}
const russianStemmer = (lunr as unknown as RussianPlugin).ru.stemmer;

/** Snowball Russian stem of a lower-case key. */
export function stemRussian(key: string): string {
  return String(russianStemmer(new lunr.Token(key, {}), 0, []));
}

/** Porter stem of a lower-case English key. */
export function stemEnglish(key: string): string {
  return String(lunr.stemmer(new lunr.Token(key, {})));
}

/**
 * lunr's dot product walks both vectors; a query vector has a handful of terms and a document's body
 * vector hundreds, so look each query term up by binary search instead. Same result, same order of
 * additions, a fraction of the work for long documents.
 */
function sparseDot(this: lunr.Vector, other: lunr.Vector): number {
  const a = (this as unknown as { elements: ArrayLike<number> }).elements;
  const b = (other as unknown as { elements: ArrayLike<number> }).elements;
  if (a.length * 8 > b.length) return mergeDot(a, b);
  let sum = 0;
  let low = 0;
  for (let i = 0; i < a.length; i += 2) {
    const index = a[i] as number;
    let high = b.length / 2 - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = b[mid * 2] as number;
      if (value < index) low = mid + 1;
      else if (value > index) high = mid - 1;
      else {
        sum += (a[i + 1] as number) * (b[mid * 2 + 1] as number);
        low = mid + 1;
        break;
      }
    }
  }
  return sum;
}

function mergeDot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) i += 2;
    else if (x > y) j += 2;
    else {
      sum += (a[i + 1] as number) * (b[j + 1] as number);
      i += 2;
      j += 2;
    }
  }
  return sum;
}

(lunr.Vector.prototype as unknown as { dot: typeof sparseDot }).dot = sparseDot;

export { lunr };
