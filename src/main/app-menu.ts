/**
 * The application menu, in the interface language. It is rebuilt whenever the settings change, so
 * choosing a language here or in the page relabels it at once.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import { uiLanguages, type Settings, type UiLanguage } from '../shared/article';
import type { SettingsService, UiCommand } from '../shared/contract';
import type { EventHub } from '../node/service/event-hub';
import { translator, uiLanguageOf } from './main-i18n';

export interface MenuActions {
  /** A command for the page (import, open the library, find), sent as a `ui.command` event. */
  command(command: UiCommand): void;
  setLanguage(language: UiLanguage): void;
  about(): void;
}

export function menuTemplate(
  language: UiLanguage,
  actions: MenuActions,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const t = translator(language);
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: t('menu:help.about'), click: () => actions.about() };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu:file.quit') };

  const file: MenuItemConstructorOptions = {
    label: t('menu:file.label'),
    submenu: [
      {
        label: t('menu:file.importFiles'),
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.command('import-files'),
      },
      {
        label: t('menu:file.importFolder'),
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => actions.command('import-folder'),
      },
      ...(mac ? [] : [separator, quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu:edit.label'),
    submenu: [
      { role: 'undo', label: t('menu:edit.undo') },
      { role: 'redo', label: t('menu:edit.redo') },
      separator,
      { role: 'cut', label: t('menu:edit.cut') },
      { role: 'copy', label: t('menu:edit.copy') },
      { role: 'paste', label: t('menu:edit.paste') },
      { role: 'selectAll', label: t('menu:edit.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu:view.label'),
    submenu: [
      {
        label: t('menu:view.library'),
        accelerator: 'CmdOrCtrl+L',
        click: () => actions.command('open-library'),
      },
      { label: t('menu:view.find'), accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
      separator,
      { role: 'resetZoom', label: t('menu:view.resetZoom') },
      { role: 'zoomIn', label: t('menu:view.zoomIn') },
      { role: 'zoomOut', label: t('menu:view.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu:view.fullScreen') },
    ],
  };
  // Each language is named in itself, so a reader lost in a language they cannot read finds their own.
  const languages: MenuItemConstructorOptions = {
    label: t('menu:language.label'),
    submenu: uiLanguages.map((l) => ({
      label: t(`common:language.${l}`),
      type: 'radio' as const,
      checked: l === language,
      click: () => actions.setLanguage(l),
    })),
  };
  const help: MenuItemConstructorOptions = { role: 'help', label: t('menu:help.label'), submenu: [about] };

  if (!mac) return [file, edit, view, languages, help];
  const appMenu: MenuItemConstructorOptions = {
    label: t('common:appName'),
    submenu: [
      about,
      separator,
      { role: 'hide', label: t('menu:app.hide') },
      { role: 'hideOthers', label: t('menu:app.hideOthers') },
      { role: 'unhide', label: t('menu:app.showAll') },
      separator,
      quit,
    ],
  };
  return [appMenu, file, edit, view, languages, { ...help, submenu: [] }];
}

export interface AppMenuDeps {
  readonly Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly settings: SettingsService;
  readonly events: EventHub;
  readonly systemLanguages: readonly string[];
  readonly about: () => void;
  readonly platform?: NodeJS.Platform;
}

/** Installs the menu and keeps it in the interface language; returns the unsubscribe. */
export async function installAppMenu(deps: AppMenuDeps): Promise<() => void> {
  const actions: MenuActions = {
    command: (command) => deps.events.emit('ui.command', { command }),
    // The page follows `settings.changed`, and so does this menu: one source of truth for both.
    setLanguage: (uiLanguage) =>
      void deps.settings.update({ uiLanguage }).catch((error: unknown) => console.error(error)),
    about: deps.about,
  };
  let shown: UiLanguage | null = null;
  const show = (language: UiLanguage) => {
    if (language === shown) return;
    shown = language;
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(menuTemplate(language, actions, deps.platform)));
  };
  show(uiLanguageOf(await deps.settings.get(), deps.systemLanguages));
  return deps.events.subscribe((name, payload) => {
    if (name === 'settings.changed') show(uiLanguageOf(payload as Settings, deps.systemLanguages));
  });
}
