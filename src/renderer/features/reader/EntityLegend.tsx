import { useTranslation } from 'react-i18next';
import { highlightKinds, type HighlightKind } from './marks';

/** The colour key, one toggle per kind of highlight; pressed buttons are shown. */
export function EntityLegend({
  shown,
  onToggle,
}: {
  shown: ReadonlySet<HighlightKind>;
  onToggle: (kind: HighlightKind) => void;
}) {
  const { t } = useTranslation('reader');
  return (
    <div className="entity-legend" role="group" aria-label={t('entities.legend')}>
      {highlightKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`legend-chip legend-chip--${kind}`}
          aria-pressed={shown.has(kind)}
          onClick={() => onToggle(kind)}
        >
          <span className="legend-chip__swatch" aria-hidden="true" />
          {t(`entities.kind.${kind}`)}
        </button>
      ))}
    </div>
  );
}
