import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsync } from '../../components/use-async';
import { useApi } from '../../platform/api-context';
import { useReasonLabel } from './CounterpartPicker';

/** In the single reader: the reports to read beside this one, each with why. */
export function Counterparts({
  id,
  onPair,
}: {
  id: string;
  onPair: (other: string, otherLang: string) => void;
}) {
  const api = useApi();
  const { t } = useTranslation('reader');
  const label = useReasonLabel();
  const load = useCallback(() => api.pairs.counterparts({ id }), [api, id]);
  const [state] = useAsync(load);
  if (state.status !== 'ok') return null;
  const rows = [...state.value.counterparts.slice(0, 3), ...state.value.otherReports.slice(0, 2)];
  if (rows.length === 0) return null;
  return (
    <section className="counterparts" aria-label={t('pair.sideBySide')}>
      <h2>{t('pair.sideBySide')}</h2>
      <ul>
        {rows.map((c) => (
          <li key={c.id}>
            <button type="button" className="link-button" lang={c.lang} onClick={() => onPair(c.id, c.lang)}>
              {c.title}
            </button>
            <span className="counterparts__meta">
              <span className={`lang-badge lang-badge--${c.lang}`}>{c.lang.toUpperCase()}</span>{' '}
              {t('pair.score', { score: c.score.toFixed(2) })}
            </span>
            <span className="counterparts__reasons">
              {t('pair.shared', { list: c.reasons.slice(0, 5).map(label).join(', ') })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
