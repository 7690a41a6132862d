import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/qos-error';

/** Shows an error translated by its code; the raw message goes to the console for diagnosis. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation(['errors', 'common']);
  const code = isApiError(error) ? error.code : 'internal';
  return (
    <div role="alert" className="error-notice">
      <strong>{t('errors:title')}</strong> <span>{t(`errors:${code}`)}</span>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common:retry')}
        </button>
      ) : null}
    </div>
  );
}
