import type { ArticleLang, Span } from './article';
import type { Currency, EntityName, FigureType } from './entities';

/**
 * Why two articles were put side by side, as data: the UI translates `kind` and shows `label` (or
 * formats `value` itself); the CLI prints `describeReasons`.
 */
export type PairReason =
  | { readonly kind: 'entity'; readonly label: string; readonly id: string; readonly name: EntityName }
  | {
      readonly kind: 'figure';
      readonly label: string;
      readonly type: Exclude<FigureType, 'DATE'>;
      readonly value: number;
      readonly currency?: Currency;
    }
  | { readonly kind: 'date'; readonly label: string; readonly value: string }
  | { readonly kind: 'quote'; readonly label: string }
  | { readonly kind: 'speaker'; readonly label: string }
  | { readonly kind: 'name'; readonly label: string }
  | { readonly kind: 'title'; readonly label: string }
  /** Ordinary words both articles use, through the bilingual dictionary: `label` names the strongest. */
  | { readonly kind: 'words'; readonly label: string; readonly count: number };

/** Another article that reports the same thing, best first, with why. */
export interface CounterpartView {
  readonly id: string;
  readonly lang: ArticleLang;
  readonly title: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly score: number;
  readonly reasons: readonly PairReason[];
}

export interface CounterpartLists {
  /** Reports in the other language(s): the pair a reader reads side by side. */
  readonly counterparts: readonly CounterpartView[];
  /** Reports in the same language. */
  readonly otherReports: readonly CounterpartView[];
}

/** Articles about one event (`sameEvent`), or one thread of meetings between the same parties. */
export interface StoryView {
  readonly ids: readonly string[];
  readonly sameEvent: boolean;
  readonly title: string;
}

export interface AlignedLink {
  /** Sentence indexes of side A and side B; one side empty for a sentence the other lacks. */
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly score: number;
}

export interface AlignmentView {
  readonly a: { readonly id: string; readonly sentences: readonly Span[] };
  readonly b: { readonly id: string; readonly sentences: readonly Span[] };
  /** A translation (nearly everything links) or comparable reports (only what they share). */
  readonly mode: 'translation' | 'comparable';
  readonly links: readonly AlignedLink[];
}

export type AlignmentExportFormat = 'tmx' | 'tsv';
