import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useApi } from '../../platform/api-context';

/** Folders whose changes the library follows. The desktop shell offers a dialog; a path can be typed. */
export function WatchedFolders({ desktop }: { desktop: boolean }) {
  const api = useApi();
  const { t } = useTranslation('library');
  const [folders, setFolders] = useState<readonly string[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.library.watchedFolders().then(setFolders, setError);
  }, [api]);

  const watch = useCallback(
    async (path: string) => {
      setError(null);
      try {
        setFolders(await api.library.watchFolder({ path }));
        setDraft('');
      } catch (e) {
        setError(e);
      }
    },
    [api],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) void watch(draft.trim());
  };
  const choose = async () => {
    const [path] = await api.dialogs.chooseImportPaths({ folders: true });
    if (path) await watch(path);
  };

  return (
    <details className="watched-folders">
      <summary>{t('watch.title', { count: folders.length })}</summary>
      <p className="watched-folders__hint">{t('watch.hint')}</p>
      {folders.length > 0 ? (
        <ul>
          {folders.map((folder) => (
            <li key={folder}>
              <span className="library-row__file" translate="no">
                {folder}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void api.library.unwatchFolder({ path: folder }).then(setFolders, setError)}
              >
                {t('watch.stop')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} className="watched-folders__form">
        <label>
          <span className="visually-hidden">{t('watch.pathLabel')}</span>
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t('watch.pathLabel')}
          />
        </label>
        <button type="submit">{t('watch.add')}</button>
        {desktop ? (
          <button type="button" onClick={() => void choose()}>
            {t('watch.choose')}
          </button>
        ) : null}
      </form>
      {error ? <ErrorNotice error={error} /> : null}
    </details>
  );
}
