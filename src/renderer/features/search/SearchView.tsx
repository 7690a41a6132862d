import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleLang } from '../../../shared/article';
import type { StoryView } from '../../../shared/pairing';
import type { SearchHit, SearchQuery, SearchSort } from '../../../shared/search';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FacetSelect } from '../../components/FacetSelect';
import { uiLanguages } from '../../../shared/article';
import { formatArticleDate } from '../../i18n/format';
import { useApi } from '../../platform/api-context';
import type { Route } from '../../platform/use-route';
import { Snippet } from './Snippet';
import { EntityFacet } from './EntityFacet';
import type { EntitySuggestion } from '../../../shared/entities';
import type { SearchProgress } from '../../../shared/search';
import { useSearch } from './use-search';

interface Facets {
  readonly lang: ArticleLang | '';
  readonly outlet: string;
  readonly from: string;
  readonly to: string;
  readonly story: string;
  readonly sort: SearchSort;
}

const noFacets: Facets = { lang: '', outlet: '', from: '', to: '', story: '', sort: 'relevance' };

/** Results for the header's query: filters as facets, snippets with the matches marked, arrow keys. */
export function SearchView({ q, navigate }: { q: string; navigate: (route: Route) => void }) {
  const api = useApi();
  const { t, i18n } = useTranslation(['search', 'common']);
  const [facets, setFacets] = useState<Facets>(noFacets);
  const [outlets, setOutlets] = useState<readonly string[]>([]);
  const [stories, setStories] = useState<readonly StoryView[]>([]);
  const [version, setVersion] = useState(0);
  const [entity, setEntity] = useState<EntitySuggestion | null>(null);
  const [progress, setProgress] = useState<SearchProgress | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    void api.library
      .list()
      .then((all) => setOutlets([...new Set(all.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort()));
    void api.pairs.stories().then((s) => setStories(s.filter((x) => x.ids.length > 1)));
    // a finished index update may change the answer; a long one shows how far it is
    const stopProgress = api.on('search.progress', setProgress);
    const stopReady = api.on('search.ready', () => {
      setProgress(null);
      setVersion((v) => v + 1);
    });
    return () => {
      stopProgress();
      stopReady();
    };
  }, [api]);

  const query: SearchQuery = {
    text: q,
    limit: 50,
    sort: facets.sort,
    ...(facets.lang ? { lang: facets.lang } : {}),
    ...(facets.outlet ? { outlets: [facets.outlet] } : {}),
    ...(facets.from ? { dateFrom: facets.from } : {}),
    ...(facets.to ? { dateTo: facets.to } : {}),
    ...(entity ? { entityIds: [entity.id] } : {}),
  };
  const { result, error } = useSearch(query, version);
  const story = stories.find((s) => s.ids.join() === facets.story);
  const hits = useMemo(
    () => (result ? result.hits.filter((h) => !story || story.ids.includes(h.id)) : []),
    [result, story],
  );

  const open = useCallback(
    (hit: SearchHit) => {
      const first = hit.snippet.highlights[0];
      const at = first
        ? { start: hit.snippet.start + first[0], end: hit.snippet.start + first[1] }
        : undefined;
      navigate({ view: 'article', id: hit.id, ...(at ? { at } : {}) });
    },
    [navigate],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button.search-hit__open') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };
  const set = <K extends keyof Facets>(key: K, value: Facets[K]) => setFacets({ ...facets, [key]: value });

  return (
    <section className="search" aria-labelledby="search-title">
      <header className="view-header">
        <h1 id="search-title">{t('search:title')}</h1>
        {result ? (
          <p className="view-header__count" aria-live="polite">
            {t('search:count', { count: story ? hits.length : result.total })}
            {result.complete ? '' : ` ${t('search:partial')}`}
          </p>
        ) : null}
      </header>
      <div className="search__facets" role="group" aria-label={t('search:filters')}>
        <FacetSelect
          label={t('search:lang')}
          anyLabel={t('search:any')}
          value={facets.lang}
          options={uiLanguages.map((l) => ({ value: l, label: t(`common:lang.${l}`) }))}
          onChange={(v) => set('lang', v as Facets['lang'])}
        />
        <FacetSelect
          label={t('search:outlet')}
          anyLabel={t('search:any')}
          value={facets.outlet}
          options={outlets.map((o) => ({ value: o, label: o }))}
          onChange={(v) => set('outlet', v)}
        />
        <label>
          <span>{t('search:from')}</span>
          <input type="date" value={facets.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          <span>{t('search:to')}</span>
          <input type="date" value={facets.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <EntityFacet value={entity} onChange={setEntity} />
        <FacetSelect
          label={t('search:story')}
          anyLabel={t('search:any')}
          value={facets.story}
          options={stories.map((st) => ({ value: st.ids.join(), label: st.title.slice(0, 60) }))}
          onChange={(v) => set('story', v)}
        />
        <label>
          <span>{t('search:sort')}</span>
          <select value={facets.sort} onChange={(e) => set('sort', e.target.value as SearchSort)}>
            <option value="relevance">{t('search:byRelevance')}</option>
            <option value="date">{t('search:byDate')}</option>
          </select>
        </label>
      </div>
      {progress && progress.total > 0 ? (
        <p className="search__progress" aria-live="polite">
          {t('search:indexing', { done: progress.done, total: progress.total })}
          <progress max={progress.total} value={progress.done} />
        </p>
      ) : null}
      {!q.trim() ? <p>{t('search:hint')}</p> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {result && hits.length === 0 ? <p>{t('search:none')}</p> : null}
      {hits.length > 0 ? (
        <ol className="search__hits" ref={list} onKeyDown={onKeyDown} aria-label={t('search:results')}>
          {hits.map((hit) => {
            const lang = hit.lang === 'und' ? undefined : hit.lang;
            return (
              <li key={hit.id} className="search-hit">
                <button
                  type="button"
                  className="search-hit__open link-button"
                  onClick={() => open(hit)}
                  lang={lang}
                >
                  {hit.title ?? hit.file}
                </button>
                <p className="search-hit__meta">
                  <span className={`lang-badge lang-badge--${hit.lang}`}>{hit.lang.toUpperCase()}</span>{' '}
                  {hit.outlet ? <span lang={lang}>{hit.outlet} · </span> : null}
                  {formatArticleDate(hit.date, i18n.language) ?? ''}
                </p>
                <Snippet snippet={hit.snippet} lang={lang} />
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
