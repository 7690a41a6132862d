import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { UiLanguage } from '../shared/article';
import type { DialogService } from '../shared/contract';
import { translator } from './main-i18n';

export interface DialogDeps {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;
  /** Looked up at each call: the window can be replaced (macOS re-creates it on activate). */
  readonly window: () => BrowserWindow | null;
  /** Looked up at each call, so a dialog speaks the language chosen a moment ago. */
  readonly language: () => Promise<UiLanguage>;
}

export const importExtensions = ['txt', 'text', 'md'] as const;

/** The desktop shell's native dialogs, in the interface language and attached to the window. */
export function desktopDialogs(deps: DialogDeps): DialogService {
  return {
    async chooseImportPaths({ folders }) {
      const t = translator(await deps.language());
      const options: OpenDialogOptions = folders
        ? {
            title: t('menu:dialog.chooseFolder'),
            buttonLabel: t('menu:dialog.choose'),
            properties: ['openDirectory', 'multiSelections'],
          }
        : {
            title: t('menu:dialog.chooseFiles'),
            buttonLabel: t('menu:dialog.choose'),
            properties: ['openFile', 'multiSelections'],
            filters: [
              { name: t('menu:dialog.textFiles'), extensions: [...importExtensions] },
              { name: t('menu:dialog.allFiles'), extensions: ['*'] },
            ],
          };
      const win = deps.window();
      const result = await (win
        ? deps.dialog.showOpenDialog(win, options)
        : deps.dialog.showOpenDialog(options));
      return result.canceled ? [] : result.filePaths;
    },
  };
}

/** About Qos as a native message box: the version, and what the app is, in the interface language. */
export async function showAbout(deps: DialogDeps, version: string): Promise<void> {
  const t = translator(await deps.language());
  const options = {
    type: 'info' as const,
    title: t('menu:help.about'),
    message: t('common:appName'),
    detail: t('menu:about.detail', { version }),
    buttons: [t('menu:about.close')],
  };
  const win = deps.window();
  await (win ? deps.dialog.showMessageBox(win, options) : deps.dialog.showMessageBox(options));
}
