import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The header's search field: typing shows results at once (search as you type); Ctrl/Cmd+K or "/"
 * puts the cursor in it from anywhere.
 */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation('search');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !typing)
      ) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <input
      ref={input}
      className="search-box"
      type="search"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-label={t('box')}
      placeholder={t('placeholder')}
    />
  );
}
