import type { ApiErrorShape } from './article';

export interface ImportJob {
  readonly jobId: string;
}

export interface ImportProblem {
  readonly file: string;
  readonly error: ApiErrorShape;
}

export interface ImportProgress {
  readonly jobId: string;
  /** Files looked at so far, of `total` found (total grows while folders are walked). */
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
}

export interface ImportSummary {
  readonly jobId: string;
  readonly added: number;
  /** Files whose text the library already had: one article, not two. */
  readonly duplicates: number;
  readonly failed: readonly ImportProblem[];
  readonly cancelled: boolean;
}

export type ImportFileResult =
  | { readonly status: 'added'; readonly id: string }
  | { readonly status: 'duplicate'; readonly id: string }
  | { readonly status: 'failed'; readonly error: ApiErrorShape };

/** Fields the reader may correct. Absent: unchanged; null: back to what the parser read. */
export interface MetadataOverride {
  readonly title?: string | null;
  readonly date?: string | null;
  readonly outlet?: string | null;
  readonly dateline?: string | null;
  readonly authors?: readonly string[] | null;
  readonly cites?: string | null;
}

export const overridableFields = ['title', 'date', 'outlet', 'dateline', 'authors', 'cites'] as const;
