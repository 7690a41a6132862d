import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../shared/article';

/** A native select: reachable and operable by keyboard and screen readers without extra work. */
export function LanguageSwitcher({
  value,
  onChange,
}: {
  value: UiLanguage;
  onChange: (language: UiLanguage) => void;
}) {
  const { t } = useTranslation('common');
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        aria-label={t('language.label')}
        value={value}
        onChange={(event) => onChange(event.target.value as UiLanguage)}
      >
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
