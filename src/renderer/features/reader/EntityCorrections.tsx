import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityCorrection, MentionType } from '../../../shared/entities';
import { useApi } from '../../platform/api-context';
import type { EntitySummary } from './marks';
import { mentionTypes } from './marks';

interface Props {
  readonly id: string;
  readonly surface: string;
  readonly type: MentionType;
  /** Other entities of the open article(s), the candidates to merge into. */
  readonly others: readonly EntitySummary[];
  readonly onError: (e: unknown) => void;
}

/**
 * The reader corrects the machine: this highlight is wrong, the type is wrong, these two are one
 * entity, or here is another spelling. Corrections are stored and apply to every article.
 */
export function EntityCorrections({ id, surface, type, others, onError }: Props) {
  const api = useApi();
  const { t } = useTranslation(['reader', 'common']);
  const [alias, setAlias] = useState('');
  const [lang, setLang] = useState<'en' | 'ru' | 'kk'>('ru');
  const [into, setInto] = useState('');
  const correct = (c: EntityCorrection) => void api.entities.correct(c).catch(onError);
  const addAlias = (e: FormEvent) => {
    e.preventDefault();
    if (alias.trim()) correct({ kind: 'alias', id, alias: alias.trim(), lang });
    setAlias('');
  };

  return (
    <details className="entity-fix">
      <summary>{t('fix.title')}</summary>
      <button type="button" className="link-button" onClick={() => correct({ kind: 'reject', id, surface })}>
        {t('fix.reject', { surface })}
      </button>
      <label>
        <span>{t('fix.type')}</span>
        <select
          value={type}
          onChange={(e) => correct({ kind: 'retype', id, type: e.target.value as MentionType })}
        >
          {mentionTypes.map((k) => (
            <option key={k} value={k}>
              {t(`entities.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {others.length > 0 ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (into) correct({ kind: 'merge', from: id, into });
          }}
        >
          <label>
            <span>{t('fix.merge')}</span>
            <select value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">{t('fix.chooseEntity')}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!into}>
            {t('fix.mergeGo')}
          </button>
        </form>
      ) : null}
      <form onSubmit={addAlias}>
        <label>
          <span>{t('fix.alias')}</span>
          <input value={alias} onChange={(e) => setAlias(e.target.value)} />
        </label>
        <select
          aria-label={t('fix.aliasLang')}
          value={lang}
          onChange={(e) => setLang(e.target.value as 'en' | 'ru' | 'kk')}
        >
          <option value="ru">{t('common:lang.ru')}</option>
          <option value="en">{t('common:lang.en')}</option>
          <option value="kk">{t('common:lang.kk')}</option>
        </select>
        <button type="submit">{t('fix.aliasGo')}</button>
      </form>
    </details>
  );
}
