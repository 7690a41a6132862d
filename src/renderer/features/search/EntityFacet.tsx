import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntitySuggestion } from '../../../shared/entities';
import { useApi } from '../../platform/api-context';

/**
 * The entity facet: type a name in any script, pick the entity, and only articles that mention it
 * remain (whatever spelling or case they use).
 */
export function EntityFacet({
  value,
  onChange,
}: {
  value: EntitySuggestion | null;
  onChange: (e: EntitySuggestion | null) => void;
}) {
  const api = useApi();
  const { t, i18n } = useTranslation('search');
  const [draft, setDraft] = useState('');
  const [offers, setOffers] = useState<readonly EntitySuggestion[]>([]);
  const label = (e: EntitySuggestion) =>
    (i18n.language === 'en'
      ? e.names.en
      : i18n.language === 'kk'
        ? (e.names.kk ?? e.names.ru)
        : e.names.ru) ?? e.id;

  useEffect(() => {
    if (draft.trim().length < 2) return;
    let live = true;
    const timer = setTimeout(
      () => void api.entities.suggest({ text: draft }).then((list) => live && setOffers(list)),
      100,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, draft]);

  if (value) {
    return (
      <span className="search__entity">
        <span>{t('entity')}</span>
        <span className="library-filter">
          {label(value)}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(null)}
            aria-label={t('clearEntity')}
          >
            ×
          </button>
        </span>
      </span>
    );
  }
  return (
    <span className="search__entity">
      <label>
        <span>{t('entity')}</span>
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('entityPlaceholder')}
        />
      </label>
      {draft.trim().length >= 2 && offers.length > 0 ? (
        <span className="search__offers" role="group" aria-label={t('entityOffers')}>
          {offers.map((o) => (
            <button
              key={o.id}
              type="button"
              className="link-button"
              onClick={() => (onChange(o), setDraft(''))}
            >
              {label(o)}
            </button>
          ))}
        </span>
      ) : null}
    </span>
  );
}
