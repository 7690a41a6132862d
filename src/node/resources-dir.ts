import { findResourcesDir } from './kb';

/**
 * The folder holding `corpus/` and `kb/`: `resources/` at the repository root in development and
 * beside the built app. One lookup for the whole back end (see `findResourcesDir`).
 */
export function resourcesDir(explicit?: string): string {
  return findResourcesDir(explicit);
}
