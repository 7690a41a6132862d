import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../shared/entities';
import type { FactRow } from './pair-facts';

function FigureText({ figure }: { figure: Figure | null }) {
  const { t } = useTranslation('reader');
  return figure ? (
    <span className="facts__figure">{figure.text}</span>
  ) : (
    <span className="facts__missing">{t('pair.facts.missing')}</span>
  );
}

/** The figures of the two articles set side by side: equal, different, or in one only. */
export function FactsStrip({ rows }: { rows: readonly FactRow[] }) {
  const { t } = useTranslation('reader');
  if (rows.length === 0) return null;
  return (
    <section className="facts" aria-label={t('pair.facts.title')}>
      <h2>{t('pair.facts.title')}</h2>
      <ul>
        {rows.map((row, i) => (
          <li key={i} className={`facts__row facts__row--${row.status}`}>
            <span className="facts__status">{t(`pair.facts.${row.status}`)}</span>
            <FigureText figure={row.a} />
            <span aria-hidden="true" className="facts__vs">
              ⇄
            </span>
            <FigureText figure={row.b} />
          </li>
        ))}
      </ul>
    </section>
  );
}
