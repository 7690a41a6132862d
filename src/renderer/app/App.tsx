import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/article';
import { LibraryView, type ImportRequest } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { BookmarksView } from '../features/bookmarks/BookmarksView';
import { PairView } from '../features/reader/PairView';
import { SearchBox } from '../features/search/SearchBox';
import { SearchView } from '../features/search/SearchView';
import { LanguageSwitcher } from '../features/settings/LanguageSwitcher';
import { useApi } from '../platform/api-context';
import { routeOfQosLink, useRoute } from '../platform/use-route';

export function App({ initialLanguage, desktop }: { initialLanguage: UiLanguage; desktop: boolean }) {
  const api = useApi();
  const { t, i18n } = useTranslation('common');
  const [language, setLanguage] = useState<UiLanguage>(initialLanguage);
  const [route, navigate] = useRoute();
  const [importRequest, setImportRequest] = useState<ImportRequest | null>(null);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The language can also change outside the page (the desktop menu, another window): follow it.
  useEffect(
    () =>
      api.on('settings.changed', (settings) => {
        if (settings.uiLanguage && settings.uiLanguage !== i18n.language) {
          setLanguage(settings.uiLanguage);
          void i18n.changeLanguage(settings.uiLanguage);
        }
      }),
    [api, i18n],
  );
  useEffect(
    () =>
      api.on('ui.open-link', ({ link }) => {
        const target = routeOfQosLink(link);
        if (target) navigate(target);
      }),
    [api, navigate],
  );
  useEffect(
    () =>
      api.on('ui.command', ({ command }) => {
        if (command === 'open-library') navigate({ view: 'library' });
        // Imports show their progress in the library, so the menu's File › Import… opens it first.
        if (command === 'import-files' || command === 'import-folder') {
          navigate({ view: 'library' });
          setImportRequest({ folders: command === 'import-folder', id: Date.now() });
        }
      }),
    [api, navigate],
  );

  const changeLanguage = useCallback(
    (next: UiLanguage) => {
      setLanguage(next);
      void i18n.changeLanguage(next);
      // Remembered in the store, so the choice survives a restart in either shell.
      api.settings.update({ uiLanguage: next }).catch((error: unknown) => console.error(error));
    },
    [api, i18n],
  );
  const openLibrary = useCallback(() => navigate({ view: 'library' }), [navigate]);
  const openArticle = useCallback((id: string) => navigate({ view: 'article', id }), [navigate]);
  const openBookmarks = useCallback(() => navigate({ view: 'bookmarks' }), [navigate]);
  const openPair = useCallback((a: string, b: string) => navigate({ view: 'pair', a, b }), [navigate]);
  const showEntity = useCallback((entity: string) => navigate({ view: 'library', entity }), [navigate]);
  const importHandled = useCallback(() => setImportRequest(null), []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__name">{t('appName')}</span>
          <span className="app-header__tagline" title={t('tagline')}>
            {t('tagline')}
          </span>
        </div>
        <nav className="app-header__nav" aria-label={t('appName')}>
          <button
            type="button"
            className="link-button"
            aria-current={route.view === 'library' ? 'page' : undefined}
            onClick={openLibrary}
          >
            {t('nav.library')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.view === 'bookmarks' ? 'page' : undefined}
            onClick={openBookmarks}
          >
            {t('nav.bookmarks')}
          </button>
        </nav>
        <SearchBox
          value={route.view === 'search' ? route.q : ''}
          onChange={(q) => navigate({ view: 'search', q }, { replace: route.view === 'search' })}
        />
        <LanguageSwitcher value={language} onChange={changeLanguage} />
      </header>
      <main id="main" className="app-main">
        {route.view === 'article' ? (
          <ReaderView
            id={route.id}
            at={route.at}
            relocate={route.relocate}
            onBack={openLibrary}
            onOpen={openArticle}
            onShowBookmarks={openBookmarks}
            onPair={openPair}
            onShowEntity={showEntity}
          />
        ) : route.view === 'pair' ? (
          <PairView
            a={route.a}
            b={route.b}
            onPair={openPair}
            onOpen={openArticle}
            onShowEntity={showEntity}
          />
        ) : route.view === 'search' ? (
          <SearchView q={route.q} navigate={navigate} />
        ) : route.view === 'bookmarks' ? (
          <BookmarksView navigate={navigate} />
        ) : (
          <LibraryView
            onOpen={openArticle}
            desktop={desktop}
            importRequest={importRequest}
            onImportRequestHandled={importHandled}
            entity={route.view === 'library' ? (route.entity ?? null) : null}
            onClearEntity={openLibrary}
          />
        )}
      </main>
    </div>
  );
}
