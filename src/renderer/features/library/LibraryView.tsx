import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/article';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsync } from '../../components/use-async';
import { formatArticleDate } from '../../i18n/format';
import { useApi } from '../../platform/api-context';

function ArticleRow({ article, onOpen }: { article: ArticleSummary; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation(['library', 'common', 'errors']);
  if (article.error) {
    return (
      <li className="library-row library-row--error">
        <span className="library-row__file">{article.file}</span>
        <span className="library-row__error">
          {t('library:unreadable', { reason: t(`errors:${article.error.code}`) })}
        </span>
      </li>
    );
  }
  const heading = article.title ?? article.lead;
  return (
    <li className="library-row">
      <button type="button" className="library-row__open" onClick={() => onOpen(article.id)}>
        <span className="library-row__title" lang={article.lang === 'und' ? undefined : article.lang}>
          {heading}
        </span>
        <span className="library-row__meta">
          <span className={`lang-badge lang-badge--${article.lang}`} title={t(`common:lang.${article.lang}`)}>
            {article.lang.toUpperCase()}
          </span>
          <span>{article.outlet ?? t('library:noOutlet')}</span>
          <span>{formatArticleDate(article.date, i18n.language) ?? t('library:noDate')}</span>
          <span className="library-row__file">{article.file}</span>
        </span>
      </button>
    </li>
  );
}

export function LibraryView({ onOpen }: { onOpen: (id: string) => void }) {
  const api = useApi();
  const { t } = useTranslation(['library', 'common']);
  const load = useCallback(() => api.library.list(), [api]);
  const [state, retry] = useAsync(load);

  return (
    <section className="library" aria-labelledby="library-title">
      <header className="view-header">
        <h1 id="library-title">{t('library:title')}</h1>
        {state.status === 'ok' ? (
          <p className="view-header__count">{t('library:count', { count: state.value.length })}</p>
        ) : null}
      </header>
      {state.status === 'loading' ? <p aria-busy="true">{t('common:loading')}</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {state.status === 'ok' && state.value.length === 0 ? <p>{t('library:empty')}</p> : null}
      {state.status === 'ok' && state.value.length > 0 ? (
        <ul className="library-list" aria-label={t('library:title')}>
          {state.value.map((article) => (
            <ArticleRow key={article.id} article={article} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
