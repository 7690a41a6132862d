import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/article';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsync } from '../../components/use-async';
import { formatArticleDate } from '../../i18n/format';
import { useApi } from '../../platform/api-context';
import { ImportPanel } from './ImportPanel';
import { useImport } from './use-import';
import { WatchedFolders } from './WatchedFolders';
import { useLibraryGrouping } from './use-library-grouping';

function ArticleRow({
  article,
  onOpen,
  onRemove,
}: {
  article: ArticleSummary;
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const { t, i18n } = useTranslation(['library', 'common', 'errors']);
  const remove = (
    <button
      type="button"
      className="link-button library-row__remove"
      onClick={() => onRemove(article.id)}
      aria-label={t('library:remove', { name: article.file })}
    >
      {t('library:removeShort')}
    </button>
  );
  if (article.error) {
    return (
      <li className="library-row library-row--error">
        <span className="library-row__file" translate="no">
          {article.file}
        </span>
        <span className="library-row__error">
          {t('library:unreadable', { reason: t(`errors:${article.error.code}`) })}
        </span>
        {remove}
      </li>
    );
  }
  return (
    <li className="library-row">
      <button type="button" className="library-row__open" onClick={() => onOpen(article.id)}>
        <span className="library-row__title" lang={article.lang === 'und' ? undefined : article.lang}>
          {article.title ?? article.lead}
        </span>
        <span className="library-row__meta">
          <span className={`lang-badge lang-badge--${article.lang}`} title={t(`common:lang.${article.lang}`)}>
            {article.lang.toUpperCase()}
          </span>
          <span lang={article.outlet && article.lang !== 'und' ? article.lang : undefined}>
            {article.outlet ?? t('library:noOutlet')}
          </span>
          <span>{formatArticleDate(article.date, i18n.language) ?? t('library:noDate')}</span>
          <span className="library-row__file" translate="no">
            {article.file}
          </span>
        </span>
      </button>
      {remove}
    </li>
  );
}

/** An import asked for outside the page (the desktop menu's File › Import…); `id` tells two apart. */
export interface ImportRequest {
  readonly folders: boolean;
  readonly id: number;
}

export function LibraryView({
  onOpen,
  desktop,
  importRequest = null,
  onImportRequestHandled,
  entity = null,
  onClearEntity,
}: {
  onOpen: (id: string) => void;
  desktop: boolean;
  /** Show only the articles that name this entity. */
  entity?: string | null;
  onClearEntity?: () => void;
  importRequest?: ImportRequest | null;
  onImportRequestHandled?: () => void;
}) {
  const api = useApi();
  const { t } = useTranslation(['library', 'common']);
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` forces a reload when the library changes
  const load = useCallback(() => api.library.list(), [api, version]);
  const [state, retry] = useAsync(load, { keepPrevious: true });
  const importer = useImport();
  const [dragging, setDragging] = useState(false);
  const [byStory, setByStory] = useState(false);
  const view = useLibraryGrouping(state.status === 'ok' ? state.value : null, entity, byStory, version);

  useEffect(() => api.on('library.changed', () => setVersion((v) => v + 1)), [api]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importer.importFiles([...event.dataTransfer.files]);
  };
  const importPaths = importer.importPaths;
  const choosePaths = useCallback(
    async (folders: boolean) => importPaths(await api.dialogs.chooseImportPaths({ folders })),
    [api, importPaths],
  );
  // The menu's request takes the buttons' path; the ref keeps a re-run effect from opening it twice.
  const handledRequest = useRef<number | null>(null);
  useEffect(() => {
    if (!importRequest || handledRequest.current === importRequest.id) return;
    handledRequest.current = importRequest.id;
    onImportRequestHandled?.();
    choosePaths(importRequest.folders).catch((error: unknown) => console.error(error));
  }, [importRequest, onImportRequestHandled, choosePaths]);
  const remove = (id: string) =>
    void api.library.remove({ ids: [id] }).catch((e: unknown) => console.error(e));

  return (
    <section
      className={`library${dragging ? ' library--dragging' : ''}`}
      aria-labelledby="library-title"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="view-header">
        <h1 id="library-title">{t('library:title')}</h1>
        {state.status === 'ok' ? (
          <p className="view-header__count">{t('library:count', { count: state.value.length })}</p>
        ) : null}
      </header>
      <ImportPanel
        desktop={desktop}
        state={importer.state}
        onChoosePaths={(folders) => void choosePaths(folders)}
        onFiles={(files) => void importer.importFiles(files)}
        onCancel={importer.cancel}
        onDismiss={importer.dismiss}
      />
      <WatchedFolders desktop={desktop} />
      {state.status === 'loading' ? <p aria-busy="true">{t('common:loading')}</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'ok' && state.value.length === 0 ? <p>{t('library:empty')}</p> : null}
      <div className="library-tools">
        <label className="pair__toggle">
          <input type="checkbox" checked={byStory} onChange={(e) => setByStory(e.target.checked)} />
          {t('library:byStory')}
        </label>
        {entity ? (
          <span className="library-filter" role="status">
            {t('library:naming', { name: view.entityName ?? '…' })}{' '}
            <button type="button" className="link-button" onClick={onClearEntity}>
              {t('library:clearFilter')}
            </button>
          </span>
        ) : null}
      </div>
      {view.groups ? (
        view.groups.map((group) => (
          <section
            key={group.story?.ids.join() ?? 'alone'}
            className="library-story"
            aria-label={group.story?.title ?? t('library:noStory')}
          >
            <h2>
              {group.story ? (
                <>
                  <span lang={group.articles[0]?.lang === 'und' ? undefined : group.articles[0]?.lang}>
                    {group.story.title}
                  </span>{' '}
                  <span className="library-story__kind">
                    {t(group.story.sameEvent ? 'library:sameEvent' : 'library:thread')}
                  </span>
                </>
              ) : (
                t('library:noStory')
              )}
            </h2>
            <ul className="library-list">
              {group.articles.map((article) => (
                <ArticleRow key={article.id} article={article} onOpen={onOpen} onRemove={remove} />
              ))}
            </ul>
          </section>
        ))
      ) : view.shown && view.shown.length > 0 ? (
        <ul className="library-list" aria-label={t('library:title')}>
          {view.shown.map((article) => (
            <ArticleRow key={article.id} article={article} onOpen={onOpen} onRemove={remove} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
