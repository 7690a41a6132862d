import { useTranslation } from 'react-i18next';
import type { MentionType } from '../../../shared/entities';
import { formatNumber } from '../../i18n/format';
import type { EntitySummary } from './marks';

/** The article's entities grouped by type; choosing one selects it and jumps to its first mention. */
export function EntityPanel({
  groups,
  selected,
  onChoose,
}: {
  groups: Map<MentionType, EntitySummary[]>;
  selected: string | null;
  onChoose: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('reader');
  return (
    <nav className="entity-panel" aria-label={t('entities.panel')}>
      <h2>{t('entities.panel')}</h2>
      {groups.size === 0 ? <p>{t('entities.none')}</p> : null}
      {[...groups].map(([type, rows]) => (
        <section key={type}>
          <h3>
            <span className={`legend-chip__swatch legend-chip--${type}`} aria-hidden="true" />{' '}
            {t(`entities.kind.${type}`)}
          </h3>
          <ul>
            {rows.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected === row.id}
                  onClick={() => onChoose(row.id)}
                >
                  {row.label}
                </button>{' '}
                <span className="entity-panel__count" aria-hidden="true">
                  {formatNumber(row.count, i18n.language)}
                </span>
                <span className="visually-hidden">{t('entities.countHere', { count: row.count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
