import { orgHeadLemmas } from './cue-words';
import { orgUnitLemmas } from './unit-words';
import { isCommonNameWord, nameWordKey } from './name-words';
import type { Recognized } from './recognize';

/**
 * "Национальная ассамблея Уэльса … Национальной ассамблеи … Ассамблеи": a body's name the knowledge
 * base does not know, cut short, is the body whose longer name in the text holds all its words, when
 * every longer name that holds them is part of that one ("Комитет по бюджету" and "Комитет по
 * обороне" leave "Комитета" alone). The short name holds a common word of bodies' names ("Apple" is
 * no "Apple Music") and the longer one's head word, the first word for a body in Russian and the last
 * in English ("Комитет Ассамблеи" is not the assembly, "Senate Judiciary Committee" is the committee).
 * Indices of the short names and the long.
 */
export function longerBodyNames(
  raw: readonly Recognized[],
  links: readonly { readonly id: string }[],
): Map<number, number> {
  const keys = raw.map(
    (r) => new Set(r.words.flatMap((w) => nameWordKey(w).split('.')).filter((k) => k !== '')),
  );
  const unknown = (n: number) => raw[n]?.type === 'ORG' && !!links[n]?.id.startsWith('x:');
  const bodies = raw.flatMap((_, n) => (unknown(n) && (keys[n]?.size ?? 0) > 0 ? [n] : []));
  const size = (n: number) => keys[n]?.size ?? 0;
  const within = (a: number, b: number) => [...(keys[a] ?? [])].every((k) => keys[b]?.has(k));
  // (a set keeps its keys in the order of the words)
  const head = (n: number) => {
    const nouns = [...(keys[n] ?? [])].filter((k) => bodyNounKeys().has(k));
    return /[а-яё]/i.test(raw[n]?.words[0] ?? '') ? nouns[0] : nouns.at(-1);
  };
  const headIn = (a: number, b: number) => {
    const h = head(b);
    return h === undefined || !!keys[a]?.has(h);
  };
  const out = new Map<number, number>();
  for (const a of bodies) {
    if (!raw[a]?.words.some(isCommonNameWord)) continue;
    const longer = bodies.filter((b) => size(b) > size(a) && within(a, b) && headIn(a, b));
    const longest = longer.reduce<number | null>((x, y) => (x === null || size(y) > size(x) ? y : x), null);
    if (longest !== null && longer.every((b) => within(b, longest))) out.set(a, longest);
  }
  return out;
}

let nounKeys: ReadonlySet<string> | null = null;
/**
 * The keys of the words that head a body's name (комитет, committee), in either language, and of a
 * unit's ("пресс-служба МВД" is the press service, and "МВД" alone not it).
 */
const bodyNounKeys = (): ReadonlySet<string> =>
  (nounKeys ??= new Set(
    [...orgHeadLemmas, ...orgUnitLemmas]
      .filter((w) => !w.includes(' '))
      .map((w) => nameWordKey(w))
      .filter((k) => k !== ''),
  ));
