/** Named entities and figures found in an article. Plain data, shared by the back end and the renderer. */

export type MentionType = 'PER' | 'ORG' | 'LOC' | 'EVENT';

/** Canonical names of the entity a mention links to; null where the language has no name for it. */
export interface EntityName {
  readonly en: string | null;
  readonly ru: string | null;
}

/**
 * One mention of a named entity. `id` is the knowledge-base id when the entity is known, otherwise
 * `x:` plus a script-independent key, so that the same unknown name read in Russian and in English
 * links to the same id.
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MentionType;
  readonly id: string;
  readonly name: EntityName;
}

export type FigureType = 'MONEY' | 'PERCENT' | 'NUMBER' | 'DATE';
export type Currency = 'USD' | 'EUR' | 'RUB' | 'KZT' | 'GBP' | 'CNY';

/**
 * A number the text states. `value` is a number for money, percentages and counts, and an ISO date
 * string for dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` when the year is not stated), or a
 * quarter or a half of a year as `YYYY-Q1`…`YYYY-Q4`, `YYYY-H1`, `YYYY-H2`; a range of days or years
 * is its first and last date joined by a slash, as ISO 8601 writes an interval (`2024-10-01/2024-10-02`,
 * `2023/2024`, `2025-01/2025-06`, a decade `1980/1989`). Each end of a range of numbers is a figure of
 * its own, the first taking the unit of the second ("5-7%" is 5% and 7%).
 */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: FigureType;
  readonly value: number | string;
  readonly currency?: Currency;
}

export interface Annotations {
  readonly mentions: readonly Mention[];
  readonly figures: readonly Figure[];
}

/** A role an entity held, with dates when they matter (President of Kazakhstan since 2019). */
export interface EntityRole {
  readonly en: string;
  readonly ru: string;
  readonly kk?: string;
  readonly from?: string | null;
  readonly to?: string | null;
}

/** What the reader sees on hovering a mention: names in every language, roles, where else it appears. */
export interface EntityCard {
  readonly id: string;
  readonly type: MentionType;
  readonly names: { readonly en: string | null; readonly ru: string | null; readonly kk: string | null };
  readonly roles: readonly EntityRole[];
  /** True when the knowledge base knows the entity; false for names read off the text alone. */
  readonly known: boolean;
  /** Articles of the library that mention it, most mentions first. */
  readonly articles: readonly {
    readonly id: string;
    readonly title: string;
    readonly lang: string;
    readonly count: number;
  }[];
}

/**
 * Changes whenever the annotator may give a name another id; what was stored with ids of an older
 * value, such as the search index, is rebuilt. `docs/entity-ids.md` says what each version changed.
 */
export const entityIdsVersion = 153;

/**
 * A reader's correction of the machine, kept in the store and applied to every article:
 * a highlight rejected (this surface is not that entity), a type changed, two entities merged
 * (`from` becomes `into` everywhere), or an alias added (found from now on, in that language).
 */
export type EntityCorrection =
  | { readonly kind: 'reject'; readonly id: string; readonly surface: string }
  | { readonly kind: 'retype'; readonly id: string; readonly type: MentionType }
  | { readonly kind: 'merge'; readonly from: string; readonly into: string }
  | {
      readonly kind: 'alias';
      readonly id: string;
      readonly alias: string;
      readonly lang: 'en' | 'ru' | 'kk';
    };

/** An entity the knowledge base knows, offered while the reader types a name (search facets). */
export interface EntitySuggestion {
  readonly id: string;
  readonly type: MentionType;
  readonly names: { readonly en: string | null; readonly ru: string | null; readonly kk: string | null };
}
