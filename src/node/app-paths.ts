import path from 'node:path';
import { resourcesDir } from './resources-dir';

/** The built renderer that the browser shell serves and Electron loads over app://. */
export function rendererDir(resources = resourcesDir()): string {
  return path.join(path.dirname(resources), 'out', 'renderer');
}

export function bundledCorpusDir(resources = resourcesDir()): string {
  return path.join(resources, 'corpus');
}

/** The OS's language preference as Node sees it (the browser shell's page adds navigator.languages). */
export function systemLanguages(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .filter((v): v is string => Boolean(v) && v !== 'C' && v !== 'POSIX')
    .map((v) => v.split('.')[0]!.replace('_', '-'));
  return [...new Set([...fromEnv, Intl.DateTimeFormat().resolvedOptions().locale])];
}
