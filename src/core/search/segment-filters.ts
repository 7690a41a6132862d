import type { ArticleLang } from '../../shared/article';
import type { SearchQuery } from '../../shared/search';
import type { StoredDoc } from './segment-file';

/** The filters of a query beside its words: language, outlets, dates, entities. */
export interface Filters {
  readonly lang?: ArticleLang;
  readonly outlets?: ReadonlySet<string>;
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly entityIds?: readonly string[];
}

export function filtersOf(query: SearchQuery): Filters {
  return {
    ...(query.lang === undefined ? {} : { lang: query.lang }),
    ...(query.outlets?.length ? { outlets: new Set(query.outlets.map((o) => o.toLowerCase())) } : {}),
    ...(query.dateFrom ? { dateFrom: query.dateFrom } : {}),
    ...(query.dateTo ? { dateTo: query.dateTo } : {}),
    ...(query.entityIds?.length ? { entityIds: query.entityIds } : {}),
  };
}

export function passesFilters(doc: StoredDoc, filters: Filters): boolean {
  if (filters.lang !== undefined && doc.lang !== filters.lang) return false;
  if (filters.outlets && !filters.outlets.has((doc.outlet ?? '').toLowerCase())) return false;
  if (filters.dateFrom !== undefined || filters.dateTo !== undefined) {
    if (doc.date === null || /^-/.test(doc.date)) return false;
    // A date given as a year or month spans the bound it touches.
    if (filters.dateFrom !== undefined && doc.date < filters.dateFrom.slice(0, doc.date.length)) return false;
    if (filters.dateTo !== undefined && doc.date.slice(0, filters.dateTo.length) > filters.dateTo)
      return false;
  }
  if (filters.entityIds && !filters.entityIds.every((id) => doc.entities.some((e) => e.id === id)))
    return false;
  return true;
}
