import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateKb, type KbEntity } from '../core/entities/kb-schema';

/**
 * The app's `resources` folder. Tried in order: the argument, `QOS_RESOURCES`, then the first
 * `resources/kb` found walking up from this module (source tree, bundled `out/`, packaged app) and
 * from the working directory.
 */
export function findResourcesDir(resourcesDir?: string): string {
  if (resourcesDir !== undefined) return resolve(resourcesDir);
  const fromEnv = process.env['QOS_RESOURCES'];
  if (fromEnv) return resolve(fromEnv);
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(join(dir, 'resources', 'kb'))) return join(dir, 'resources');
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('Cannot find the resources folder (resources/kb); pass it explicitly.');
}

/** Reads and validates every `resources/kb/*.json`, in file-name order, as one knowledge base. */
export async function loadKb(resourcesDir?: string): Promise<KbEntity[]> {
  const dir = join(findResourcesDir(resourcesDir), 'kb');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const files = await Promise.all(
    names.map(async (n) => {
      try {
        return JSON.parse(await readFile(join(dir, n), 'utf8')) as unknown;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Cannot read knowledge-base file ${n}: ${reason}`, { cause: error });
      }
    }),
  );
  return validateKb(files);
}
