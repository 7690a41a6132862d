import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/article';
import type { AlignmentView } from '../../../shared/pairing';
import { downloadText } from '../../components/download';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsync } from '../../components/use-async';
import { formatArticleDate } from '../../i18n/format';
import { useApi } from '../../platform/api-context';
import { ArticleBody, type MentionHandlers } from './ArticleBody';
import { CounterpartPicker } from './CounterpartPicker';
import { EntityCardPopover } from './EntityCardPopover';
import { EntityLegend } from './EntityLegend';
import { FactsStrip } from './FactsStrip';
import { marksOf } from './marks';
import { compareFigures, figureKey } from './pair-facts';
import { useEntityHighlights } from './use-entity-highlights';
import { useSyncedScroll } from './use-synced-scroll';
import { useEntitiesVersion } from './use-entities-version';

interface Loaded {
  readonly a: Article;
  readonly b: Article;
  readonly alignment: AlignmentView;
}

/** The two-column reader: two reports of one meeting lined up by content, not by position. */
export function PairView({
  a,
  b,
  onPair,
  onOpen,
  onShowEntity,
}: {
  a: string;
  b: string;
  onPair: (a: string, b: string) => void;
  onOpen: (id: string) => void;
  onShowEntity?: (id: string) => void;
}) {
  const api = useApi();
  const { t, i18n } = useTranslation(['reader', 'common']);
  const entitiesVersion = useEntitiesVersion();
  const load = useCallback(async (): Promise<Loaded> => {
    void entitiesVersion; // a new version means new annotations
    const [left, right, alignment] = await Promise.all([
      api.library.get({ id: a }),
      api.library.get({ id: b }),
      api.pairs.align({ a, b }),
    ]);
    return { a: left, b: right, alignment };
  }, [api, a, b, entitiesVersion]);
  const [state, retry] = useAsync(load, { keepPrevious: true });
  const loadLists = useCallback(() => api.pairs.counterparts({ id: a }), [api, a]);
  const [lists] = useAsync(loadLists);
  const highlights = useEntityHighlights();
  const leftRef = useRef<HTMLDivElement>(null);
  const rightRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ side: 'a' | 'b'; index: number } | null>(null);
  const [current, setCurrent] = useState(-1);
  const data = state.status === 'ok' && state.value.a.id === a && state.value.b.id === b ? state.value : null;
  const links = useMemo(
    () => (data ? data.alignment.links.filter((l) => l.a.length > 0 && l.b.length > 0) : []),
    [data],
  );
  const sync = useSyncedScroll(leftRef, rightRef, links);

  const shared = useMemo(() => {
    if (!data) return { ids: new Set<string>(), figures: new Set<string>() };
    const idsB = new Set(data.b.mentions.map((m) => m.id));
    const figsB = new Set(data.b.figures.map(figureKey));
    return {
      ids: new Set(data.a.mentions.map((m) => m.id).filter((id) => idsB.has(id))),
      figures: new Set(data.a.figures.map(figureKey).filter((k) => figsB.has(k))),
    };
  }, [data]);
  const facts = useMemo(
    () =>
      data
        ? compareFigures(
            data.a.figures,
            data.b.figures,
            data.alignment.links,
            data.a.sentences,
            data.b.sentences,
          )
        : [],
    [data],
  );

  // The sentences that light up: the hovered one, what it links to, and the current segment.
  const classOf = useCallback(
    (side: 'a' | 'b') => (index: number) => {
      const other = side === 'a' ? 'b' : 'a';
      const classes: string[] = [];
      if (links.some((l) => l[side].includes(index))) classes.push('sent--paired');
      if (hover?.side === side && hover.index === index) classes.push('sent--hover');
      if (
        hover &&
        hover.side === other &&
        links.some((l) => l[hover.side].includes(hover.index) && l[side].includes(index))
      )
        classes.push('sent--linked');
      if (links[current]?.[side].includes(index)) classes.push('sent--current');
      return classes.join(' ');
    },
    [hover, links, current],
  );

  const step = useCallback(
    (delta: 1 | -1) => {
      if (links.length === 0) return;
      const next = (current + delta + links.length) % links.length;
      setCurrent(next);
      const link = links[next]!;
      const scroll = (column: HTMLElement | null, index: number | undefined) =>
        column?.querySelector(`[data-s="${index}"]`)?.scrollIntoView({ block: 'center' });
      scroll(leftRef.current, link.a[0]);
      scroll(rightRef.current, link.b[0]);
    },
    [links, current],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      step(event.key === 'ArrowDown' ? 1 : -1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const exportAs = async (format: 'tmx' | 'tsv') => {
    const file = await api.pairs.exportAlignment({ a, b, format });
    downloadText(file.fileName, file.mime, file.content);
  };

  const handlers = (side: 'a' | 'b'): MentionHandlers => ({
    selected: highlights.selected,
    onSelect: highlights.select,
    onInspect: highlights.inspect,
    onLeave: highlights.leave,
    sharedIds: shared.ids,
    sharedFigures: shared.figures,
    sentenceClass: classOf(side),
    onSentenceHover: (index) => setHover(index === null ? null : { side, index }),
  });

  const column = (article: Article, side: 'a' | 'b', ref: React.RefObject<HTMLDivElement | null>) => (
    <section className="pair__column" aria-label={article.title ?? article.lead} data-side={side}>
      <header className="pair__column-header">
        <h2 lang={article.lang === 'und' ? undefined : article.lang}>
          <button type="button" className="link-button" onClick={() => onOpen(article.id)}>
            {article.title ?? article.lead}
          </button>
        </h2>
        <p className="pair__meta">
          <span className={`lang-badge lang-badge--${article.lang}`}>{t(`common:lang.${article.lang}`)}</span>{' '}
          {article.outlet ? (
            <span lang={article.lang === 'und' ? undefined : article.lang}>{article.outlet} · </span>
          ) : null}
          {formatArticleDate(article.date, i18n.language) ?? ''}
        </p>
      </header>
      <div className="pair__scroll" ref={ref}>
        <ArticleBody
          article={article}
          marks={marksOf(article, highlights.shown, { sentences: true })}
          handlers={handlers(side)}
        />
      </div>
    </section>
  );

  return (
    <article className="pair" aria-busy={state.status === 'loading'}>
      <div className="pair__toolbar">
        <CounterpartPicker
          lists={lists.status === 'ok' ? lists.value : null}
          value={b}
          onChoose={(other) => onPair(a, other)}
        />
        <button type="button" onClick={() => onPair(b, a)}>
          {t('pair.swap')}
        </button>
        <label className="pair__toggle">
          <input type="checkbox" checked={sync.enabled} onChange={(e) => sync.setEnabled(e.target.checked)} />
          {t('pair.sync')}
        </label>
        {sync.manual ? (
          <button type="button" onClick={sync.clearSyncPoint}>
            {t('pair.syncByAlignment')}
          </button>
        ) : (
          <button type="button" onClick={sync.setSyncPoint} disabled={!sync.enabled}>
            {t('pair.syncHere')}
          </button>
        )}
        <button
          type="button"
          onClick={() => step(-1)}
          aria-label={t('pair.previousSegment')}
          disabled={links.length === 0}
        >
          {t('pair.previous')}
        </button>
        <button
          type="button"
          onClick={() => step(1)}
          aria-label={t('pair.nextSegment')}
          disabled={links.length === 0}
        >
          {t('pair.next')}
        </button>
        <span className="pair__export">
          {t('pair.export')}{' '}
          <button type="button" onClick={() => void exportAs('tmx')}>
            {t('pair.tmx')}
          </button>{' '}
          <button type="button" onClick={() => void exportAs('tsv')}>
            {t('pair.tsv')}
          </button>
        </span>
      </div>
      {state.status === 'loading' ? <p>{t('common:loading')}</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {data ? (
        <>
          <p className="pair__summary" aria-live="polite">
            {t(data.alignment.mode === 'translation' ? 'pair.modeTranslation' : 'pair.modeComparable', {
              count: links.length,
            })}
          </p>
          <EntityLegend shown={highlights.shown} onToggle={highlights.toggle} />
          <FactsStrip rows={facts} />
          <div className="pair__columns">
            {column(data.a, 'a', leftRef)}
            {column(data.b, 'b', rightRef)}
          </div>
          {highlights.inspected ? (
            <EntityCardPopover
              id={highlights.inspected.id}
              anchor={highlights.inspected.anchor}
              countHere={
                [...data.a.mentions, ...data.b.mentions].filter((m) => m.id === highlights.inspected?.id)
                  .length
              }
              currentArticle={a}
              onOpenArticle={onOpen}
              onKeep={highlights.keep}
              onLeave={highlights.leave}
              {...(onShowEntity ? { onShowAll: onShowEntity } : {})}
            />
          ) : null}
        </>
      ) : null}
    </article>
  );
}
