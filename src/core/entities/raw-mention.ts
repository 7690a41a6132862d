import type { MentionType } from '../../shared/entities';
import type { Gazetteer } from './gazetteer';
import type { KbEntity } from './kb-schema';
import type { Lexicon } from './lexicon';
import { nameWordParse, type Morphology } from './morphology';
import { fold } from './text-keys';
import type { RecognizerView } from './token-view';

/** A mention before ids are assigned: token indices, and for an unknown name its normalized words. */
export interface RawMention {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly type: MentionType;
  readonly entity: KbEntity | null;
  /** Nominative (Russian) or bare (English) words of a name the knowledge base does not know. */
  readonly words: readonly string[];
}

/** A mention of a name the knowledge base does not know. */
export function mention(start: number, end: number, type: MentionType, words: string[]): RawMention {
  return { start, end, type, entity: null, words };
}

export interface RuleContext {
  readonly view: RecognizerView;
  readonly gazetteer: Gazetteer;
  readonly seen: ReadonlySet<string>;
  /** Capitalised words seen somewhere other than at a sentence start, folded. */
  readonly midSentenceCaps: ReadonlySet<string>;
  /** Most words of the text are Cyrillic: Latin names in it are foreign names. */
  readonly cyrillicText: boolean;
  readonly morph: Morphology;
  readonly lexicon: Lexicon;
}

export type Rule = (ctx: RuleContext, index: number) => RawMention | null;

/** Some dictionary reading of token `i` carries every one of `tags`. */
export const hasTag = (ctx: RuleContext, i: number, ...tags: string[]): boolean =>
  ctx.view.parses(i).some((p) => tags.every((t) => p.tags.has(t)));

/** Some reading of token `i` the dictionary holds, not one it guesses, carries every one of `tags`. */
export const hasKnownTag = (ctx: RuleContext, i: number, ...tags: string[]): boolean =>
  ctx.view.parses(i).some((p) => p.known && tags.every((t) => p.tags.has(t)));

/** The dictionary holds token `i`: some reading of it is not a guess from its ending. */
export const isKnownWord = (ctx: RuleContext, i: number): boolean => hasKnownTag(ctx, i);

/** Drops, in place, the mentions a test picks. */
export function removeWhere(found: RawMention[], drop: (m: RawMention) => boolean): void {
  let kept = 0;
  for (const m of found) if (!drop(m)) found[kept++] = m;
  found.length = kept;
}

/** The normal forms of the words and numbers from `start` to `end`: an unknown name's words. */
export function lemmaWords(ctx: RuleContext, start: number, end: number): string[] {
  const out: string[] = [];
  for (let k = start; k < end; k++) {
    const t = ctx.view.tokens[k];
    if (t?.kind !== 'word' && t?.kind !== 'num') continue;
    const named = t.kind === 'word' ? nameWordParse(ctx.view.parses(k)) : undefined;
    out.push(named ? fold(named.lemma) : ctx.view.lemma(k));
  }
  return out;
}

/** Token indices of one word, hyphenated parts included (Нур-Султан, Северо-Казахстанская). */
export function wordAt(ctx: RuleContext, i: number): number[] {
  const { tokens } = ctx.view;
  const parts = [i];
  let k = i;
  while (
    tokens[k + 1]?.text === '-' &&
    !tokens[k + 1]?.spaceBefore &&
    tokens[k + 2]?.kind === 'word' &&
    !tokens[k + 2]?.spaceBefore
  ) {
    parts.push(k + 1, k + 2);
    k += 2;
  }
  return parts;
}

/** A lower-case stem in "о" joined by a hyphen to the word after it ("американо-исламским"). */
const stemAt = (ctx: RuleContext, n: number) => {
  const [stem, hyphen, part] = [n, n + 1, n + 2].map((j) => ctx.view.tokens[j]);
  return (
    !!stem?.cyrillic &&
    !stem.cap &&
    stem.text.endsWith('о') &&
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    !!part?.cyrillic &&
    !part.spaceBefore
  );
};

/** The last part of the compound adjective that starts at `k`, or `k`. */
export function compoundEnd(ctx: RuleContext, k: number): number {
  let n = k;
  while (stemAt(ctx, n)) n += 2;
  return n;
}

/** The first part of the compound adjective that ends at `k`, or `k`. */
export function compoundStart(ctx: RuleContext, k: number): number {
  let n = k;
  while (n >= 2 && stemAt(ctx, n - 2)) n -= 2;
  return n;
}
