import path from 'node:path';
import { defaultSettings, uiLanguages, type Settings, type Theme } from '../../shared/article';
import type { SettingsService } from '../../shared/contract';
import { QosError } from '../../shared/qos-error';
import { readJsonFile, writeFileAtomic } from '../atomic-file';
import type { EventHub } from './event-hub';

const themes: readonly Theme[] = ['system', 'light', 'dark'];

function isUiLanguage(value: unknown): value is Settings['uiLanguage'] {
  return value === null || (uiLanguages as readonly unknown[]).includes(value);
}

/** Accepts a stored or submitted settings object; unknown keys are dropped, wrong values refused. */
export function validateSettings(data: unknown, base: Settings = defaultSettings): Settings {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new QosError('bad_request', 'settings must be an object');
  }
  const input = data as Record<string, unknown>;
  const next: { -readonly [K in keyof Settings]: Settings[K] } = { ...base };
  if ('uiLanguage' in input) {
    if (!isUiLanguage(input.uiLanguage))
      throw new QosError('bad_request', `unknown language ${String(input.uiLanguage)}`);
    next.uiLanguage = input.uiLanguage;
  }
  if ('theme' in input) {
    if (!themes.includes(input.theme as Theme))
      throw new QosError('bad_request', `unknown theme ${String(input.theme)}`);
    next.theme = input.theme as Theme;
  }
  return next;
}

export interface SettingsStore extends SettingsService {
  /** Set when the stored file could not be read at start: where it was moved, for the user to see. */
  readonly problem: string | null;
}

export async function openSettings(storeDir: string, events: EventHub): Promise<SettingsStore> {
  const file = path.join(storeDir, 'settings.json');
  const read = await readJsonFile(file, (data) => validateSettings(data));
  let current: Settings = read.state === 'ok' ? read.value : defaultSettings;
  const problem =
    read.state === 'corrupt' ? `settings could not be read (${read.reason}); kept as ${read.setAside}` : null;
  // Writes are chained so two quick updates cannot land out of order.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    problem,
    get: () => Promise.resolve(current),
    async update(input) {
      const next = validateSettings(input, current);
      current = next;
      const write = queue.then(() => writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`));
      queue = write.catch(() => undefined);
      await write;
      events.emit('settings.changed', next);
      return next;
    },
  };
}
