import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly query: string;
  readonly count: number;
  readonly current: number;
  readonly onQuery: (q: string) => void;
  readonly onStep: (delta: 1 | -1) => void;
  readonly onClose: () => void;
}

/** Ctrl/Cmd+F inside the article: every match marked, Enter and Shift+Enter step through them. */
export function FindBar({ query, count, current, onQuery, onStep, onClose }: Props) {
  const { t } = useTranslation('reader');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        value={query}
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') onClose();
        }}
      />
      <span aria-live="polite" className="find-bar__count">
        {query.trim() ? t('find.count', { current: count === 0 ? 0 : current + 1, count }) : ''}
      </span>
      <button type="button" onClick={() => onStep(-1)} disabled={count === 0} aria-label={t('find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={count === 0} aria-label={t('find.next')}>
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('find.close')}>
        ×
      </button>
    </div>
  );
}
