/** Electron main process: lifecycle, the secure window, the app:// protocol and IPC wiring. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron';
import { createBackend } from '../node/service/create-service';
import { bundledCorpusDir, rendererDir } from '../node/app-paths';
import { storeEnvVar } from '../node/store-paths';
import { appOrigin, appSchemePrivileges, registerAppProtocol } from './app-protocol';
import { forwardEvents, isTrustedSender, wireIpc } from './ipc';
import { isAllowedRequest } from './external-links';
import { qosLinkIn } from './qos-links';
import { createMainWindow } from './secure-window';
import { installAppMenu } from './app-menu';
import { desktopDialogs, showAbout, type DialogDeps } from './dialogs';
import { uiLanguageOf } from './main-i18n';
import { appVersion } from '../node/app-version';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
// In development electron-vite serves the renderer itself; the packaged app uses app://.
const appUrl = process.env.ELECTRON_RENDERER_URL ?? `${appOrigin}/index.html`;

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();
app.setName('Qos');
if (process.env[storeEnvVar]) app.setPath('userData', path.resolve(process.env[storeEnvVar]));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  registerAppProtocol(protocol, rendererDir());
  // Offline by design: nothing the page asks for may leave the machine.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, process.env.ELECTRON_RENDERER_URL) }),
  );
  const windowOptions = {
    preloadPath,
    appUrl,
    openExternal: (url: string) => void shell.openExternal(url),
    devTools: !app.isPackaged,
  };
  const systemLanguages = app.getPreferredSystemLanguages();
  // The dialogs belong to the back end, which exists before the window and outlives a re-created one:
  // they look the window (Qos has one) and the language up when they open.
  let backend: Awaited<ReturnType<typeof createBackend>> | null = null;
  const dialogDeps: DialogDeps = {
    dialog,
    window: () => BrowserWindow.getAllWindows()[0] ?? null,
    language: async () =>
      backend ? uiLanguageOf(await backend.services.settings.get(), systemLanguages) : 'en',
  };
  backend = await createBackend({
    storeDir: app.getPath('userData'),
    bundledCorpusDir: bundledCorpusDir(),
    shell: 'electron',
    indexNow: true,
    systemLanguages,
    dialogs: desktopDialogs(dialogDeps),
  });
  for (const problem of backend.problems) console.error(`qos: ${problem}`);
  await installAppMenu({
    Menu,
    settings: backend.services.settings,
    events: backend.events,
    systemLanguages,
    about: () => void showAbout(dialogDeps, appVersion()).catch((error: unknown) => console.error(error)),
  });

  let win = createMainWindow(BrowserWindow, windowOptions);
  let stopEvents = forwardEvents(backend.events, win.webContents);
  wireIpc(backend.services, (event) => isTrustedSender(event, win.webContents, appUrl));

  // qos:// links: on Windows and Linux a second instance receives them as an argument, on macOS
  // the running app gets 'open-url'; a link that started the app is in its own arguments.
  const openLink = (link: string | undefined) => {
    if (link) backend.events.emit('ui.open-link', { link });
  };
  app.setAsDefaultProtocolClient('qos');
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openLink(qosLinkIn([url]));
  });
  win.webContents.once('did-finish-load', () => openLink(qosLinkIn(process.argv)));
  app.on('second-instance', (_event, argv) => {
    if (win.isMinimized()) win.restore();
    win.focus();
    openLink(qosLinkIn(argv));
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      stopEvents();
      win = createMainWindow(BrowserWindow, windowOptions);
      stopEvents = forwardEvents(backend.events, win.webContents);
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
