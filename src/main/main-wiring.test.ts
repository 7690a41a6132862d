// The main process's wiring, run against a stand-in for the `electron` module: the real index.ts is
// imported, so what is asserted here is what the desktop app does at start.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allMethods, ipcChannelPrefix } from '../shared/contract';
import { tempDirs } from '../node/test-temp';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const sent: { channel: string; message: unknown }[] = [];
  const appEvents = new Map<string, Handler>();
  const contentsEvents = new Map<string, Handler>();
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
  let openHandler: Handler | undefined;
  let permissionRequest: Handler | undefined;
  let permissionCheck: Handler | undefined;
  const webContents = {
    on: (name: string, fn: Handler) => contentsEvents.set(name, fn),
    setWindowOpenHandler: (fn: Handler) => (openHandler = fn),
    send: (channel: string, message: unknown) => sent.push({ channel, message }),
    once: () => {},
    isDestroyed: () => false,
    session: {
      setPermissionRequestHandler: (fn: Handler) => (permissionRequest = fn),
      setPermissionCheckHandler: (fn: Handler) => (permissionCheck = fn),
    },
  };
  class BrowserWindow {
    static getAllWindows = () => windows;
    webContents = webContents;
    constructor(options: Record<string, unknown>) {
      windows.push({ options, loaded: [] });
    }
    once() {}
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    loadURL(url: string) {
      windows.at(-1)?.loaded.push(url);
      return Promise.resolve();
    }
  }
  let ready: () => void = () => {};
  const whenReadyPromise = new Promise<void>((resolve) => (ready = resolve));
  return {
    handlers,
    sent,
    appEvents,
    contentsEvents,
    windows,
    webContents,
    get openHandler() {
      return openHandler;
    },
    get permissionRequest() {
      return permissionRequest;
    },
    get permissionCheck() {
      return permissionCheck;
    },
    ready: () => ready(),
    BrowserWindow,
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, Handler>(),
    whenReadyPromise,
    userData: '',
    requestFilter: undefined as Handler | undefined,
    opened: [] as string[],
    sandboxEnabled: false,
    protocolClients: [] as string[],
    menus: [] as { template: { label?: string; submenu?: unknown }[] }[],
    dialogCalls: [] as unknown[][],
  };
});

vi.mock('electron', () => ({
  session: {
    defaultSession: {
      webRequest: { onBeforeRequest: (fn: Handler) => (fake.requestFilter = fn) },
    },
  },
  shell: { openExternal: (url: string) => fake.opened.push(url) },
  app: {
    enableSandbox: () => (fake.sandboxEnabled = true),
    isPackaged: false,
    setName: () => {},
    setPath: () => {},
    requestSingleInstanceLock: () => true,
    whenReady: () => fake.whenReadyPromise,
    getPath: () => fake.userData,
    getPreferredSystemLanguages: () => ['ru-RU'],
    on: (name: string, fn: Handler) => fake.appEvents.set(name, fn),
    setAsDefaultProtocolClient: (scheme: string) => fake.protocolClients.push(scheme),
    quit: () => {},
  },
  BrowserWindow: fake.BrowserWindow,
  ipcMain: {
    handle: (channel: string, fn: Handler) => fake.handlers.set(channel, fn),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: (typeof fake.menus)[number]) => fake.menus.push(menu),
  },
  dialog: {
    showOpenDialog: (...args: unknown[]) => {
      fake.dialogCalls.push(args);
      return Promise.resolve({ canceled: false, filePaths: ['/home/reader/report.txt'] });
    },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
    handle: (scheme: string, fn: Handler) => fake.protocolHandlers.set(scheme, fn),
  },
}));

async function settle(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
}

const tmp = tempDirs('qos-main-');

describe('Electron main process', () => {
  beforeAll(async () => {
    fake.userData = tmp();
    await import('./index');
    fake.ready();
    await settle(() => fake.windows.length > 0 && fake.handlers.size > 0);
  });
  // the app builds the search index in its data folder in the background: done, before the folder goes
  afterAll(async () => {
    const indexed = () => fake.sent.some((m) => (m.message as { name: string }).name === 'search.ready');
    for (let i = 0; i < 3000 && !indexed(); i++) await new Promise((r) => setTimeout(r, 10));
  }, 60_000);

  it('registers app:// as a secure standard scheme before ready, and serves it', () => {
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
  });

  it('creates the window with isolated, sandboxed, Node-free web preferences and loads app://', () => {
    const win = fake.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: true,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/,
    );
    expect(win.loaded).toEqual(['app://qos/index.html']);
  });

  it('enables the sandbox for every renderer and cancels every request that would leave the machine', () => {
    expect(fake.sandboxEnabled).toBe(true);
    const decide = (url: string) => {
      let verdict: unknown;
      fake.requestFilter?.({ url }, (answer: unknown) => (verdict = answer));
      return verdict;
    };
    expect(decide('app://qos/assets/index.js')).toEqual({ cancel: false });
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(decide('ws://example.com/')).toEqual({ cancel: true });
  });

  it('denies navigation away and new windows, handing only safe web links to the system browser', () => {
    const navigate = fake.contentsEvents.get('will-navigate')!;
    const away = { preventDefault: vi.fn() };
    navigate(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(fake.opened).toEqual(['https://example.com/']);
    const hostile = { preventDefault: vi.fn() };
    navigate(hostile, 'file:///etc/passwd');
    expect(hostile.preventDefault).toHaveBeenCalled();
    expect(fake.opened).toEqual(['https://example.com/']);
    const inside = { preventDefault: vi.fn() };
    navigate(inside, 'app://qos/index.html#/article/x');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(fake.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(fake.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://example.com/', 'https://example.com']);
    const callback = vi.fn();
    fake.permissionRequest?.(fake.webContents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheck?.(fake.webContents, 'geolocation')).toBe(false);
    const clipboard = vi.fn();
    fake.permissionRequest?.(fake.webContents, 'clipboard-sanitized-write', clipboard);
    expect(clipboard).toHaveBeenCalledWith(true);
  });

  it('wires one IPC handler per contract method, named from the method table', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(
      allMethods()
        .map((m) => `${ipcChannelPrefix}${m.id}`)
        .sort(),
    );
  });

  it('answers the app window and refuses any other sender', async () => {
    const list = fake.handlers.get('qos:library.list')!;
    const trusted = { sender: fake.webContents, senderFrame: { url: 'app://qos/index.html' } };
    const answer = (await list(trusted)) as { ok: boolean; value: unknown[] };
    expect(answer.ok).toBe(true);
    expect(answer.value).toHaveLength(5);

    const foreignFrame = { sender: fake.webContents, senderFrame: { url: 'https://evil.example/' } };
    expect(await list(foreignFrame)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'untrusted sender' },
    });
    const otherContents = { sender: {}, senderFrame: { url: 'app://qos/index.html' } };
    expect(await list(otherContents)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'untrusted sender' },
    });
  });

  it("installs the application menu in the system's language (ru-RU here)", () => {
    expect(fake.menus.at(-1)?.template.map((item) => item.label)).toEqual([
      'Файл',
      'Правка',
      'Вид',
      'Язык',
      'Справка',
    ]);
  });

  it('answers dialogs.chooseImportPaths with a native dialog on the window, in the interface language', async () => {
    const choose = fake.handlers.get('qos:dialogs.chooseImportPaths')!;
    const trusted = { sender: fake.webContents, senderFrame: { url: 'app://qos/index.html' } };
    expect(await choose(trusted, { folders: false })).toEqual({
      ok: true,
      value: ['/home/reader/report.txt'],
    });
    const [window, options] = fake.dialogCalls[0]!;
    expect(window).toBe(fake.windows[0]);
    expect(options).toMatchObject({ title: 'Выберите текстовые файлы для импорта', buttonLabel: 'Выбрать' });
  });

  it('registers qos:// and hands a link from a second instance to the page', () => {
    expect(fake.protocolClients).toEqual(['qos']);
    fake.appEvents.get('second-instance')?.({}, ['/opt/qos/qos', 'qos://article/abc123?start=1&end=9']);
    expect(fake.sent).toContainEqual({
      channel: 'qos:event',
      message: { name: 'ui.open-link', payload: { link: 'qos://article/abc123?start=1&end=9' } },
    });
    fake.appEvents.get('second-instance')?.({}, ['/opt/qos/qos', '--evil', 'javascript:alert(1)']);
    expect(fake.sent.filter((m) => (m.message as { name: string }).name === 'ui.open-link')).toHaveLength(1);
  });

  it('returns errors as coded envelopes across IPC', async () => {
    const get = fake.handlers.get('qos:library.get')!;
    const trusted = { sender: fake.webContents, senderFrame: { url: 'app://qos/index.html' } };
    expect(await get(trusted, { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no article nope' },
    });
  });
});
