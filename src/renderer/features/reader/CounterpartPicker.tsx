import { useTranslation } from 'react-i18next';
import type { CounterpartLists, CounterpartView, PairReason } from '../../../shared/pairing';

/** A reason as a short translated phrase: "Tokayev", "26 %", "19 August", "quote". */
export function useReasonLabel() {
  const { t } = useTranslation('reader');
  return (reason: PairReason) =>
    reason.kind === 'quote' || reason.kind === 'title' ? t(`pair.reason.${reason.kind}`) : reason.label;
}

function Option({ c }: { c: CounterpartView }) {
  const { t } = useTranslation('reader');
  const label = useReasonLabel();
  return (
    <option value={c.id}>
      {t('pair.option', {
        title: c.title.slice(0, 70),
        score: c.score.toFixed(2),
        reasons: c.reasons.slice(0, 4).map(label).join(', '),
      })}
    </option>
  );
}

/** Choose which article stands in the right column, with each candidate's score and reasons. */
export function CounterpartPicker({
  lists,
  value,
  onChoose,
}: {
  lists: CounterpartLists | null;
  value: string;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation('reader');
  return (
    <label className="pair-picker">
      <span>{t('pair.picker')}</span>
      <select value={value} onChange={(e) => onChoose(e.target.value)}>
        {lists &&
        !lists.counterparts.some((c) => c.id === value) &&
        !lists.otherReports.some((c) => c.id === value) ? (
          <option value={value}>{t('pair.chosen')}</option>
        ) : null}
        {lists && lists.counterparts.length > 0 ? (
          <optgroup label={t('pair.counterparts')}>
            {lists.counterparts.map((c) => (
              <Option key={c.id} c={c} />
            ))}
          </optgroup>
        ) : null}
        {lists && lists.otherReports.length > 0 ? (
          <optgroup label={t('pair.otherReports')}>
            {lists.otherReports.map((c) => (
              <Option key={c.id} c={c} />
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  );
}
