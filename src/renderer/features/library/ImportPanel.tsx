import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportState } from './use-import';

interface Props {
  readonly desktop: boolean;
  readonly state: ImportState;
  readonly onChoosePaths: (folders: boolean) => void;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onCancel: () => void;
  readonly onDismiss: () => void;
}

/** Import controls: native dialogs in the desktop shell, file inputs in the browser; progress; summary. */
export function ImportPanel({ desktop, state, onChoosePaths, onFiles, onCancel, onDismiss }: Props) {
  const { t } = useTranslation(['library', 'errors']);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    onFiles([...(event.target.files ?? [])]);
    event.target.value = '';
  };
  const progress = state.progress;

  return (
    <div className="import-panel">
      <div className="import-panel__actions">
        <button
          type="button"
          disabled={state.running}
          onClick={() => (desktop ? onChoosePaths(false) : filesInput.current?.click())}
        >
          {t('library:import.files')}
        </button>
        <button
          type="button"
          disabled={state.running}
          onClick={() => (desktop ? onChoosePaths(true) : folderInput.current?.click())}
        >
          {t('library:import.folder')}
        </button>
        <span className="import-panel__hint">{t('library:import.dropHint')}</span>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept=".txt,.text,.md,text/plain"
          hidden
          onChange={picked}
          aria-hidden="true"
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          onChange={picked}
          aria-hidden="true"
          {...({ webkitdirectory: '' } as Record<string, string>)}
        />
      </div>
      {progress ? (
        <div className="import-panel__progress">
          <label>
            {t('library:import.progress', { done: progress.done, total: progress.total })}
            <progress max={Math.max(progress.total, 1)} value={progress.done} />
          </label>
          {progress.current ? (
            <span className="import-panel__current" translate="no">
              {progress.current}
            </span>
          ) : null}
          <button type="button" onClick={onCancel}>
            {t('library:import.cancel')}
          </button>
        </div>
      ) : null}
      {state.summary ? (
        <div role="status" className="import-panel__summary">
          <p>
            {t(state.summary.cancelled ? 'library:import.cancelled' : 'library:import.finished')}{' '}
            {t('library:import.added', { count: state.summary.added })}
            {state.summary.duplicates > 0
              ? `, ${t('library:import.duplicates', { count: state.summary.duplicates })}`
              : ''}
            {state.summary.failed.length > 0
              ? `, ${t('library:import.failed', { count: state.summary.failed.length })}`
              : ''}
          </p>
          {state.summary.failed.length > 0 ? (
            <ul className="import-panel__failures">
              {state.summary.failed.map((f) => (
                <li key={f.file}>
                  <span className="library-row__file" translate="no">
                    {f.file}
                  </span>
                  : {t(`errors:${f.error.code}`)}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('library:import.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
