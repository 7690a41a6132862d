import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../shared/article';
import type { QosEvents } from '../shared/contract';
import { EventHub } from '../node/service/event-hub';
import { openSettings } from '../node/service/settings-service';
import { installAppMenu, menuTemplate, type MenuActions } from './app-menu';

type Item = MenuItemConstructorOptions;

const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const labels = (items: readonly Item[]) => items.map((i) => i.label);
const find = (items: readonly Item[], label: string): Item => {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = submenu(item);
    if (inner.length > 0) {
      try {
        return find(inner, label);
      } catch {
        // not in this branch
      }
    }
  }
  throw new Error(`no menu item ${label}`);
};
const click = (item: Item) => (item.click as unknown as () => void | undefined)?.call(undefined);

const noActions = (): MenuActions & { calls: unknown[][] } => {
  const calls: unknown[][] = [];
  return {
    calls,
    command: (c) => calls.push(['command', c]),
    setLanguage: (l) => calls.push(['language', l]),
    about: () => calls.push(['about']),
  };
};

/** Every item that shows a label: separators excepted. */
function allItems(items: readonly Item[]): Item[] {
  return items.flatMap((i) => (i.type === 'separator' ? [] : [i, ...allItems(submenu(i))]));
}

describe('menuTemplate', () => {
  it.each<[UiLanguage, string[]]>([
    ['en', ['File', 'Edit', 'View', 'Language', 'Help']],
    ['ru', ['Файл', 'Правка', 'Вид', 'Язык', 'Справка']],
    ['kk', ['Файл', 'Түзету', 'Көрініс', 'Тіл', 'Анықтама']],
  ])('is labelled in %s', (language, top) => {
    const template = menuTemplate(language, noActions(), 'linux');
    expect(labels(template)).toEqual(top);
  });

  it.each<UiLanguage>(['en', 'ru', 'kk'])('labels every item in %s, roles included', (language) => {
    for (const platform of ['linux', 'darwin'] as const) {
      for (const item of allItems(menuTemplate(language, noActions(), platform))) {
        expect(item.label, JSON.stringify(item.role ?? item)).toMatch(/\S/);
        expect(item.label).not.toMatch(/^(menu|common):/);
        // Only the app's name and the English language's own name stay in Latin letters.
        if (language !== 'en' && item.label !== 'Qos' && item.label !== 'English')
          expect(item.label).toMatch(/\p{Script=Cyrillic}/u);
      }
    }
  });

  it('names each language in itself and checks the current one', () => {
    const template = menuTemplate('ru', noActions(), 'linux');
    const radios = submenu(template[3]);
    expect(radios.map((r) => [r.label, r.type, r.checked])).toEqual([
      ['English', 'radio', false],
      ['Русский', 'radio', true],
      ['Қазақша', 'radio', false],
    ]);
  });

  it('sends the page its commands and the chosen language', () => {
    const actions = noActions();
    const template = menuTemplate('en', actions, 'linux');
    click(find(template, 'Import Files…'));
    click(find(template, 'Import Folder…'));
    click(find(template, 'Library'));
    click(find(template, 'Find…'));
    click(find(template, 'Қазақша'));
    click(find(template, 'About Qos'));
    expect(actions.calls).toEqual([
      ['command', 'import-files'],
      ['command', 'import-folder'],
      ['command', 'open-library'],
      ['command', 'find'],
      ['language', 'kk'],
      ['about'],
    ]);
  });

  it('uses the standard roles for editing, zoom, full screen and quit', () => {
    const roles = allItems(menuTemplate('en', noActions(), 'linux')).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles).toEqual([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'help',
    ]);
  });

  it('puts About and Quit in the application menu on macOS', () => {
    const template = menuTemplate('kk', noActions(), 'darwin');
    expect(template[0]?.label).toBe('Qos');
    expect(labels(submenu(template[0]))).toContain('Qos туралы');
    expect(labels(submenu(template[0]))).toContain('Qos-тан шығу');
    expect(labels(submenu(template[1]))).not.toContain('Qos-тан шығу');
  });
});

describe('installAppMenu', () => {
  let store = '';
  afterEach(() => rmSync(store, { recursive: true, force: true }));

  async function setUp(systemLanguages: readonly string[]) {
    store = mkdtempSync(path.join(os.tmpdir(), 'qos-menu-'));
    const events = new EventHub();
    const settings = await openSettings(store, events);
    const built: Item[][] = [];
    const installed: unknown[] = [];
    const Menu = {
      buildFromTemplate: (template: Item[]) => {
        built.push(template);
        return { template } as never;
      },
      setApplicationMenu: (menu: unknown) => void installed.push(menu),
    };
    const commands: QosEvents['ui.command'][] = [];
    events.subscribe((name, payload) => {
      if (name === 'ui.command') commands.push(payload as QosEvents['ui.command']);
    });
    const about = vi.fn();
    const stop = await installAppMenu({ Menu, settings, events, systemLanguages, about, platform: 'linux' });
    return { built, installed, commands, about, stop, settings, events };
  }

  it("starts in the system's language, falling back to English", async () => {
    expect(labels((await setUp(['kk-KZ', 'ru-RU'])).built[0]!)[0]).toBe('Файл');
    rmSync(store, { recursive: true, force: true });
    const other = await setUp(['de-DE']);
    expect(labels(other.built[0]!)).toEqual(['File', 'Edit', 'View', 'Language', 'Help']);
    expect(other.installed).toHaveLength(1);
  });

  it('a language chosen in the menu is stored, and the menu rebuilds itself in it', async () => {
    const menu = await setUp(['en-US']);
    click(find(menu.built[0]!, 'Русский'));
    await vi.waitFor(() => expect(menu.built).toHaveLength(2));
    expect(labels(menu.built[1]!)).toEqual(['Файл', 'Правка', 'Вид', 'Язык', 'Справка']);
    expect(find(menu.built[1]!, 'Русский').checked).toBe(true);
    expect(JSON.parse(readFileSync(path.join(store, 'settings.json'), 'utf8'))).toMatchObject({
      uiLanguage: 'ru',
    });
  });

  it('follows a language chosen in the page, and ignores other settings changes', async () => {
    const menu = await setUp(['en-US']);
    await menu.settings.update({ uiLanguage: 'kk' });
    expect(labels(menu.built.at(-1)!)[0]).toBe('Файл');
    expect(find(menu.built.at(-1)!, 'Қазақша').checked).toBe(true);
    await menu.settings.update({ theme: 'dark' });
    expect(menu.built).toHaveLength(2);
    menu.stop();
    await menu.settings.update({ uiLanguage: 'en' });
    expect(menu.built).toHaveLength(2);
  });

  it('emits ui.command events for the page and opens About', async () => {
    const menu = await setUp(['en']);
    click(find(menu.built[0]!, 'Import Files…'));
    click(find(menu.built[0]!, 'Import Folder…'));
    click(find(menu.built[0]!, 'Library'));
    click(find(menu.built[0]!, 'About Qos'));
    expect(menu.commands).toEqual([
      { command: 'import-files' },
      { command: 'import-folder' },
      { command: 'open-library' },
    ]);
    expect(menu.about).toHaveBeenCalledOnce();
  });
});
