import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { isSafeExternal } from './external-links';

/** The only settings a Qos window is ever created with; tests assert them. */
export function secureWebPreferences(
  preloadPath: string,
  devTools = false,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Middle-click can open windows around the navigation handlers.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
  };
}

/**
 * True when `url` is the app's own page. Compared by scheme and host, not `origin`: custom schemes
 * (app:) and file: both have the opaque origin "null", which would make them look equal.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}

/**
 * No navigation away from the app, no new windows, no permissions (camera, notifications…): a reader
 * of plain text needs none of them, and each is a way out of the sandbox for hostile content. A plain
 * web link in an article opens in the system browser instead.
 */
export function lockDownContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  appUrl: string,
  openExternal: (url: string) => void = () => {},
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    if (isSafeExternal(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function denyPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  // The one exception: writing to the clipboard, for "copy citation".
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => allowed(permission));
}

export interface WindowFactory {
  new (options: BrowserWindowConstructorOptions): BrowserWindow;
}

export interface WindowOptions {
  readonly preloadPath: string;
  readonly appUrl: string;
  /** Hands a safe web link to the system browser (shell.openExternal). */
  readonly openExternal?: (url: string) => void;
  /** Developer tools only in development builds: a console is a social-engineering target. */
  readonly devTools?: boolean;
}

export function createMainWindow(Window: WindowFactory, options: WindowOptions): BrowserWindow {
  const win = new Window({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Qos',
    backgroundColor: '#f7f5f0',
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  });
  lockDownContents(win.webContents, options.appUrl, options.openExternal);
  denyPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.appUrl);
  return win;
}
