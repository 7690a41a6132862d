import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../shared/article';
import { desktopDialogs, showAbout, type DialogDeps } from './dialogs';

function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const calls: { window: unknown; options: OpenDialogOptions & Record<string, unknown> }[] = [];
  const record = (...args: unknown[]) => {
    const [window, options] = args.length === 2 ? args : [null, args[0]];
    calls.push({ window, options: options as OpenDialogOptions & Record<string, unknown> });
  };
  const dialog = {
    showOpenDialog: (...args: unknown[]) => {
      record(...args);
      return Promise.resolve(answer);
    },
    showMessageBox: (...args: unknown[]) => {
      record(...args);
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
  } as unknown as DialogDeps['dialog'];
  return { dialog, calls };
}

const win = { id: 1 } as unknown as BrowserWindow;

describe('desktop dialogs', () => {
  it('chooses text files with a localized title, button and filter, attached to the window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/a.txt', '/b.txt'] });
    let language: UiLanguage = 'ru';
    const dialogs = desktopDialogs({ dialog, window: () => win, language: () => Promise.resolve(language) });
    expect(await dialogs.chooseImportPaths({ folders: false })).toEqual(['/a.txt', '/b.txt']);
    expect(calls[0]).toEqual({
      window: win,
      options: {
        title: 'Выберите текстовые файлы для импорта',
        buttonLabel: 'Выбрать',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Текстовые файлы', extensions: ['txt', 'text', 'md'] },
          { name: 'Все файлы', extensions: ['*'] },
        ],
      },
    });
    language = 'kk';
    await dialogs.chooseImportPaths({ folders: true });
    expect(calls[1]?.options).toEqual({
      title: 'Буманы таңдаңыз',
      buttonLabel: 'Таңдау',
      properties: ['openDirectory', 'multiSelections'],
    });
  });

  it('returns nothing when the reader cancels, and works before a window exists', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: ['/ignored'] });
    const dialogs = desktopDialogs({ dialog, window: () => null, language: () => Promise.resolve('en') });
    expect(await dialogs.chooseImportPaths({ folders: true })).toEqual([]);
    expect(calls[0]?.window).toBeNull();
    expect(calls[0]?.options.title).toBe('Choose a folder');
  });

  it('shows About with the version in the interface language', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: [] });
    await showAbout({ dialog, window: () => win, language: () => Promise.resolve('kk') }, '1.2.3');
    expect(calls[0]?.options).toMatchObject({
      type: 'info',
      title: 'Qos туралы',
      message: 'Qos',
      buttons: ['Жарайды'],
    });
    expect(calls[0]?.options.detail).toMatch(/^Нұсқасы 1\.2\.3\n/);
  });
});
