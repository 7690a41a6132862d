import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Makes fresh temporary folders (`<prefix>XXXXXX` in the system's temporary folder) for the tests, and
 * removes each one, with all in it, once the tests of the block it was called in are done. Call it at
 * the top level or in a describe block, before that block's own afterAll hooks (they run last first),
 * so that what they close (a server, a back end) is closed before its folder goes.
 */
export function tempDirs(prefix: string): (otherPrefix?: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (otherPrefix = prefix) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), otherPrefix));
    made.push(dir);
    return dir;
  };
}
