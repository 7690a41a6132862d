/**
 * What the report-pair tests read from an annotated sentence: its mentions as "text|TYPE|id", or
 * their ids, of one type or all.
 */
import type { MentionType } from '../../shared/entities';
import type { Annotator } from './annotator';

export interface ReportReaders {
  found(text: string, lang: 'ru' | 'en', type?: MentionType): string[];
  ids(text: string, lang: 'ru' | 'en', type?: MentionType): string[];
}

/** Readers over the annotator `current` returns when they are called (a test's, once loaded). */
export function reportReaders(current: () => Annotator): ReportReaders {
  const mentions = (text: string, lang: 'ru' | 'en', type?: MentionType) =>
    current()
      .annotate(text, lang)
      .mentions.filter((m) => !type || m.type === type);
  return {
    found: (text, lang, type) => mentions(text, lang, type).map((m) => `${m.text}|${m.type}|${m.id}`),
    ids: (text, lang, type) => mentions(text, lang, type).map((m) => m.id),
  };
}
