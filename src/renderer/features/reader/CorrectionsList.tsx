import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityCorrection } from '../../../shared/entities';
import { useApi } from '../../platform/api-context';

function describe(c: EntityCorrection): string {
  switch (c.kind) {
    case 'reject':
      return `${c.surface} ≠ ${c.id}`;
    case 'retype':
      return `${c.id} → ${c.type}`;
    case 'merge':
      return `${c.from} → ${c.into}`;
    case 'alias':
      return `${c.alias} (${c.lang}) → ${c.id}`;
  }
}

/** The reader's corrections, newest last, each one undoable. */
export function CorrectionsList() {
  const api = useApi();
  const { t } = useTranslation('reader');
  const [list, setList] = useState<readonly EntityCorrection[]>([]);
  useEffect(() => {
    let live = true;
    const load = () => void api.entities.corrections().then((l) => live && setList(l));
    load();
    const stop = api.on('entities.changed', load);
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  if (list.length === 0) return null;
  return (
    <section className="corrections" aria-label={t('fix.list')}>
      <h3>{t('fix.list')}</h3>
      <ul>
        {list.map((c, index) => (
          <li key={index}>
            <span className="corrections__kind">{t(`fix.kind.${c.kind}`)}</span>{' '}
            <span translate="no">{describe(c)}</span>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void api.entities.undoCorrection({ index })}
            >
              {t('fix.undo')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
