import { orgHeadLemmas } from './cue-words';
import { orgUnitLemmas } from './unit-words';
import { isCommonNameWord, nameWordKey } from './name-words';
import type { Gazetteer } from './gazetteer';
import type { Lexicon } from './lexicon';
import type { Morphology } from './morphology';
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

/**
 * "Los Angeles Lakers … the Lakers", "Колорадо Рокиз … Рокиз": a team or a body named after its place
 * and then by the rest of its name alone is the one its longer name is. An unknown body whose words
 * are all those of a longer unknown body's after the place that opens it (`isPlace` says which words
 * name one) takes that body's id, wherever the two stand; when two such bodies share the rest
 * ("Washington Nationals", "Montreal Nationals") the short name stays its own. Indices of the short
 * names and the long.
 */
export function placeLedNames(
  raw: readonly Recognized[],
  links: readonly { readonly id: string }[],
  text: string,
  isPlace: (name: string) => boolean,
): Map<number, number> {
  const unknown = (n: number) => raw[n]?.type === 'ORG' && !!links[n]?.id.startsWith('x:');
  const keyOf = (words: readonly string[]) => words.map((w) => nameWordKey(w)).join(' ');
  /** The long names by the key of their words after the place; -1 where two long names share it. */
  const byRest = new Map<string, number>();
  // (a name's words are split at hyphens: "Лос-Анджелес Лейкерс" is лос, анджелес, лейкерс)
  const pieces = (ws: readonly string[]) => ws.flatMap((w) => w.split('-')).filter((w) => w !== '').length;
  raw.forEach((r, n) => {
    const written = text.slice(r.start, r.end).split(/\s+/);
    if (!unknown(n) || written.length < 2 || pieces(written) !== r.words.length) return;
    for (let k = written.length - 1; k >= 1; k--) {
      if (!isPlace(written.slice(0, k).join(' '))) continue;
      const rest = keyOf(r.words.slice(-pieces(written.slice(k))));
      const had = byRest.get(rest);
      const same = had !== undefined && had >= 0 && links[had]?.id === links[n]?.id;
      byRest.set(rest, had === undefined || same ? n : -1);
      break;
    }
  });
  const out = new Map<number, number>();
  raw.forEach((r, n) => {
    const long = unknown(n) ? byRest.get(keyOf(r.words)) : undefined;
    if (long !== undefined && long >= 0 && long !== n) out.set(n, long);
  });
  return out;
}

/**
 * Whether these words name a place: a known one, a town the world's gazetteer holds (Latin script), or
 * a word the Russian dictionary reads as a place's name.
 */
export function isPlaceName(
  gazetteer: Gazetteer,
  morph: Morphology,
  lexicon: Lexicon,
  name: string,
): boolean {
  if (gazetteer.byFullName(name)?.type === 'LOC') return true;
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return lexicon.placeWeight(name) > 0;
  return !/\s/.test(name) && morph.parse(name).some((p) => p.known && p.tags.has('Geox'));
}
