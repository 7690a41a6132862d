import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/article';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsync } from '../../components/use-async';
import { formatArticleDate } from '../../i18n/format';
import { useApi } from '../../platform/api-context';
import { ArticleBody } from './ArticleBody';
import { EntityCardPopover } from './EntityCardPopover';
import { EntityLegend } from './EntityLegend';
import { EntityPanel } from './EntityPanel';
import { entitiesOf, marksOf } from './marks';
import { MetadataEditor } from './MetadataEditor';
import { useEntityHighlights } from './use-entity-highlights';
import { useArticleBookmarks } from './use-article-bookmarks';
import { useSelectionBookmark } from './use-selection-bookmark';
import { FindBar } from './FindBar';
import { Counterparts } from './Counterparts';
import { CorrectionsList } from './CorrectionsList';
import { useEntitiesVersion } from './use-entities-version';
import { useFind } from './use-find';
import type { Passage } from '../../platform/use-route';

function Metadata({ article }: { article: Article }) {
  const { t, i18n } = useTranslation(['reader', 'common']);
  // Outlet, place, authors and source are the article's words, in its language; the date is ours.
  const own = article.lang === 'und' ? undefined : article.lang;
  const rows: [string, string | null, string | undefined][] = [
    [t('reader:outlet'), article.outlet, own],
    [t('reader:date'), formatArticleDate(article.date, i18n.language), undefined],
    [t('reader:dateline'), article.dateline, own],
    [t('reader:authors'), article.authors.length > 0 ? article.authors.join(', ') : null, own],
    [t('reader:cites'), article.cites, own],
  ];
  return (
    <dl className="article-meta">
      {rows
        .filter((row): row is [string, string, string | undefined] => row[1] !== null)
        .map(([label, value, lang]) => (
          <div key={label} className="article-meta__row">
            <dt>{label}</dt>
            <dd lang={lang}>{value}</dd>
          </div>
        ))}
      <div className="article-meta__row">
        <dt className="visually-hidden">{t('common:language.label')}</dt>
        <dd>
          <span className={`lang-badge lang-badge--${article.lang}`}>{t(`common:lang.${article.lang}`)}</span>{' '}
          {article.quotes.length > 0 ? t('reader:quotes', { count: article.quotes.length }) : null}
        </dd>
      </div>
    </dl>
  );
}

export function ReaderView({
  id,
  onBack,
  onOpen,
  at,
  relocate,
  onShowBookmarks,
  onPair,
  onShowEntity,
}: {
  id: string;
  onBack: () => void;
  onOpen: (id: string) => void;
  /** A passage to bring into view and emphasize (a bookmark or a qos:// link). */
  at?: Passage | undefined;
  /** A bookmark waiting to be re-attached to the passage the reader selects next. */
  relocate?: string | undefined;
  onShowBookmarks?: () => void;
  /** Opens two articles side by side, the first on the left. */
  onPair?: (left: string, right: string) => void;
  /** Lists the library's articles naming an entity. */
  onShowEntity?: (id: string) => void;
}) {
  const api = useApi();
  const { t } = useTranslation(['reader', 'common']);
  const entitiesVersion = useEntitiesVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new version means new annotations
  const load = useCallback(() => api.library.get({ id }), [api, id, entitiesVersion]);
  const [state, retry] = useAsync(load, { keepPrevious: true });
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState<Article | null>(null);
  // A kept previous answer counts only while it is this article (it is reloaded after corrections).
  const article =
    edited?.id === id ? edited : state.status === 'ok' && state.value.id === id ? state.value : null;
  const highlights = useEntityHighlights();
  const { i18n } = useTranslation();
  const bookmarks = useArticleBookmarks(article);
  const bodyRef = useRef<HTMLDivElement>(null);
  const find = useFind(article?.text ?? null);
  const { matches: findMatches, current: currentFind } = find;
  const selection = useSelectionBookmark(bodyRef, (start, end) =>
    relocate ? bookmarks.relocate(relocate, start, end) : bookmarks.add(start, end),
  );
  const marks = useMemo(
    () =>
      article
        ? marksOf(article, highlights.shown, {
            bookmarks: bookmarks.here.map((b) => ({ id: b.id, ...b.position })),
            focus: at,
            finds: findMatches,
            currentFind,
          })
        : [],
    [article, highlights.shown, bookmarks.here, at, findMatches, currentFind],
  );
  // Bring the linked passage into view once the article is drawn.
  useEffect(() => {
    if (article && at) bodyRef.current?.querySelector('.passage-focus')?.scrollIntoView({ block: 'center' });
  }, [article, at]);
  const groups = useMemo(
    () => (article ? entitiesOf(article, i18n.language) : new Map()),
    [article, i18n.language],
  );

  return (
    <article className="reader" aria-busy={state.status === 'loading'}>
      <button type="button" className="link-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('reader:back')}
      </button>
      {state.status === 'loading' ? <p>{t('common:loading')}</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {article ? (
        <>
          <header className="reader__header">
            <h1 lang={article.lang === 'und' ? undefined : article.lang}>{article.title ?? article.lead}</h1>
            <Metadata article={article} />
            {editing ? (
              <MetadataEditor article={article} onSaved={setEdited} onClose={() => setEditing(false)} />
            ) : (
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('reader:edit.open')}
              </button>
            )}
          </header>
          <EntityLegend shown={highlights.shown} onToggle={highlights.toggle} />
          {find.open ? (
            <FindBar
              query={find.query}
              count={find.matches.length}
              current={find.current}
              onQuery={find.setQuery}
              onStep={find.step}
              onClose={find.close}
            />
          ) : null}
          {relocate ? <p className="reader__notice">{t('reader:bookmark.relocateHint')}</p> : null}
          {bookmarks.last ? (
            <p role="status" className="reader__notice">
              {t('reader:bookmark.saved', { quote: bookmarks.last.quote.exact.slice(0, 60) })}{' '}
              {onShowBookmarks ? (
                <button type="button" className="link-button" onClick={onShowBookmarks}>
                  {t('reader:bookmark.show')}
                </button>
              ) : null}
            </p>
          ) : null}
          {bookmarks.error ? <ErrorNotice error={bookmarks.error} /> : null}
          {selection.pending ? (
            <button
              type="button"
              className="selection-bookmark"
              style={{ top: selection.pending.top, left: selection.pending.left }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={selection.commit}
            >
              {relocate ? t('reader:bookmark.attachHere') : t('reader:bookmark.add')}
            </button>
          ) : null}
          <div className="reader__layout">
            <ArticleBody
              article={article}
              marks={marks}
              handlers={{
                selected: highlights.selected,
                onSelect: highlights.select,
                onInspect: highlights.inspect,
                onLeave: highlights.leave,
                onBookmarkQuote: bookmarks.addQuote,
              }}
              bodyRef={bodyRef}
            />
            <aside className="reader__side">
              {onPair ? (
                <Counterparts
                  id={article.id}
                  // Russian on the left and English on the right, unless the reader swaps them.
                  onPair={(other, otherLang) =>
                    article.lang === 'en' && otherLang === 'ru'
                      ? onPair(other, article.id)
                      : onPair(article.id, other)
                  }
                />
              ) : null}
              <EntityPanel groups={groups} selected={highlights.selected} onChoose={highlights.jumpTo} />
              <CorrectionsList />
            </aside>
          </div>
          {highlights.inspected ? (
            <EntityCardPopover
              id={highlights.inspected.id}
              anchor={highlights.inspected.anchor}
              countHere={article.mentions.filter((m) => m.id === highlights.inspected?.id).length}
              currentArticle={article.id}
              onOpenArticle={onOpen}
              onKeep={highlights.keep}
              others={[...groups.values()].flat()}
              onLeave={highlights.leave}
              {...(onShowEntity ? { onShowAll: onShowEntity } : {})}
            />
          ) : null}
        </>
      ) : null}
    </article>
  );
}
