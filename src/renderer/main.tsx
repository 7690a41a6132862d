import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import './app/app.css';
import { pickLanguage } from '../shared/pick-language';
import { initI18n } from './i18n/i18n';
import { ApiProvider } from './platform/api-context';
import { createApi } from './platform/create-api';
import { electronTransport, httpTransport, takeToken, type PreloadBridge } from './platform/transports';

declare global {
  interface Window {
    qosBridge?: PreloadBridge;
  }
}

async function boot(): Promise<void> {
  const transport = window.qosBridge
    ? electronTransport(window.qosBridge)
    : httpTransport(takeToken(window.location, window.history, window.sessionStorage));
  const api = createApi(transport);
  const [settings, info] = await Promise.all([api.settings.get(), api.app.info()]);
  // First start follows the system: Electron knows the OS list, a browser knows its own.
  const preferred = info.shell === 'electron' ? info.systemLanguages : [...navigator.languages];
  const language = settings.uiLanguage ?? pickLanguage(preferred);
  const i18n = await initI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiProvider api={api}>
          <App initialLanguage={language} desktop={info.shell === 'electron'} />
        </ApiProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  // Before i18n is up there is nothing to translate with: show the one line we can, log the rest.
  console.error(error);
  const root = document.getElementById('root');
  if (root) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'Qos could not start. / Qos не удалось запустить. / Qos іске қосылмады.';
    root.replaceChildren(message);
  }
});
