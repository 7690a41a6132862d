import { useCallback, useMemo } from 'react';
import { uiLanguages } from '../../../shared/article';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsync } from '../../components/use-async';
import { formatArticleDate, formatNumber } from '../../i18n/format';
import { useApi } from '../../platform/api-context';
import { EntityCorrections } from './EntityCorrections';
import type { EntitySummary } from './marks';

interface Props {
  readonly id: string;
  readonly anchor: HTMLElement;
  readonly countHere: number;
  readonly currentArticle: string;
  readonly onOpenArticle: (id: string) => void;
  /** Lists every article of the library that names this entity. */
  readonly onShowAll?: (id: string) => void;
  /** The pointer or focus is on the card: keep it open so its links can be used. */
  readonly onKeep?: () => void;
  readonly onLeave?: () => void;
  /** Other entities on screen: candidates for a merge. */
  readonly others?: readonly EntitySummary[];
}

/** A card beside a hovered or focused mention: names in every language, type, roles, other articles. */
export function EntityCardPopover({
  id,
  anchor,
  countHere,
  currentArticle,
  onOpenArticle,
  onShowAll,
  onKeep,
  onLeave,
  others = [],
}: Props) {
  const api = useApi();
  const { t, i18n } = useTranslation(['reader', 'common']);
  const date = (iso: string) => formatArticleDate(iso, i18n.language) ?? iso;
  const load = useCallback(() => api.entities.card({ id }), [api, id]);
  const [state] = useAsync(load);
  // Placed under the mention, kept inside the window.
  const position = useMemo(() => {
    const rect = anchor.getBoundingClientRect();
    return {
      top: rect.bottom + window.scrollY + 6,
      left: Math.min(rect.left + window.scrollX, window.innerWidth - 340),
    };
  }, [anchor]);

  return (
    <aside
      className="entity-card"
      onMouseEnter={onKeep}
      onMouseLeave={onLeave}
      onFocus={onKeep}
      onBlur={onLeave}
      role="tooltip"
      style={{ top: position.top, left: position.left }}
      aria-live="polite"
    >
      {state.status === 'loading' ? <p>{t('common:loading')}</p> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} /> : null}
      {state.status === 'ok' ? (
        <>
          <p className="entity-card__type">
            <span className={`legend-chip__swatch legend-chip--${state.value.type}`} aria-hidden="true" />{' '}
            {t(`reader:entities.kind.${state.value.type}`)}
            {state.value.known ? null : (
              <span className="entity-card__unknown"> · {t('reader:entities.notInKb')}</span>
            )}
          </p>
          <dl className="entity-card__names">
            {uiLanguages.map((lang) =>
              state.value.names[lang] ? (
                <div key={lang}>
                  <dt>{t(`common:lang.${lang}`)}</dt>
                  <dd lang={lang}>{state.value.names[lang]}</dd>
                </div>
              ) : null,
            )}
          </dl>
          {state.value.roles.length > 0 ? (
            <ul className="entity-card__roles">
              {state.value.roles.slice(0, 3).map((role, i) => (
                <li key={i}>
                  {i18n.language === 'ru' ? role.ru : i18n.language === 'kk' ? (role.kk ?? role.ru) : role.en}
                  {role.from
                    ? ` (${role.to ? `${date(role.from)} – ${date(role.to)}` : t('reader:entities.since', { date: date(role.from) })})`
                    : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <p>{t('reader:entities.countHere', { count: countHere })}</p>
          {state.value.articles.filter((a) => a.id !== currentArticle).length > 0 ? (
            <>
              <p className="entity-card__also">{t('reader:entities.alsoIn')}</p>
              <ul className="entity-card__articles">
                {state.value.articles
                  .filter((a) => a.id !== currentArticle)
                  .slice(0, 5)
                  .map((a) => (
                    <li key={a.id}>
                      <button
                        type="button"
                        className="link-button"
                        lang={a.lang}
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => onOpenArticle(a.id)}
                      >
                        {a.title}
                      </button>{' '}
                      <span className="entity-card__count">×{formatNumber(a.count, i18n.language)}</span>
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <EntityCorrections
            id={id}
            surface={anchor.textContent ?? ''}
            type={state.value.type}
            others={others.filter((o) => o.id !== id)}
            onError={(e) => console.error(e)}
          />
          {onShowAll ? (
            <button type="button" className="link-button" onClick={() => onShowAll(id)}>
              {t('reader:entities.showAll')}
            </button>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}
