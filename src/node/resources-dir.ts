import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding `corpus/`, `kb/`: `resources/` at the repository root in development and in the
 * built app (out/main/*.js sits two levels below the root). An explicit folder wins.
 */
export function resourcesDir(explicit?: string): string {
  if (explicit) return path.resolve(explicit);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..', '../../..']) {
    const candidate = path.resolve(here, up, 'resources');
    if (existsSync(path.join(candidate, 'corpus'))) return candidate;
  }
  throw new Error(`cannot find the resources folder from ${here}`);
}
