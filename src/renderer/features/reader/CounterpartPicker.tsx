import { useTranslation } from 'react-i18next';
import { formatDateValue, formatFigure } from '../../i18n/format';
import type { CounterpartLists, CounterpartView, PairReason } from '../../../shared/pairing';

/**
 * A reason as a short phrase in the interface language: the entity's name in that language
 * (Токаев / Tokayev), figures with their currency and dates of any precision through Intl, the rest
 * translated or as written.
 */
export function useReasonLabel() {
  const { t, i18n } = useTranslation('reader');
  const lang = i18n.language;
  return (reason: PairReason): string => {
    switch (reason.kind) {
      case 'entity':
        return (lang === 'en' ? reason.name.en : (reason.name.ru ?? reason.name.en)) ?? reason.label;
      case 'figure':
        return formatFigure(reason.type, reason.value, lang, reason.currency);
      case 'date':
        return formatDateValue(reason.value, lang);
      case 'quote':
      case 'title':
        return t(`pair.reason.${reason.kind}`);
      case 'words':
        return t('pair.reason.words', { count: reason.count });
      default:
        return reason.label;
    }
  };
}

function Option({ c }: { c: CounterpartView }) {
  const { t } = useTranslation('reader');
  const label = useReasonLabel();
  return (
    <option value={c.id} lang={c.lang === 'und' ? undefined : c.lang}>
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
