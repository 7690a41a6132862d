import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** The only settings a Qos window is ever created with; tests assert them. */
export function secureWebPreferences(
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** True when `url` is the app's own page (same origin as the one we loaded). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}

/**
 * No navigation away from the app, no new windows, no permissions (camera, notifications…): a reader
 * of plain text needs none of them, and each is a way out of the sandbox for hostile content.
 */
export function lockDownContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  appUrl: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface WindowFactory {
  new (options: BrowserWindowConstructorOptions): BrowserWindow;
}

export function createMainWindow(Window: WindowFactory, preloadPath: string, appUrl: string): BrowserWindow {
  const win = new Window({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Qos',
    backgroundColor: '#f7f5f0',
    webPreferences: secureWebPreferences(preloadPath),
  });
  lockDownContents(win.webContents, appUrl);
  denyPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}
