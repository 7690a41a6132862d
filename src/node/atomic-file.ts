import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a torn
 * one: temporary file, fsync, rename over the target, fsync of the directory.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export type JsonReadResult<T> =
  | { readonly state: 'missing' }
  | { readonly state: 'ok'; readonly value: T }
  /** The file could not be read as valid data: it was moved aside to `setAside`, never overwritten. */
  | { readonly state: 'corrupt'; readonly setAside: string; readonly reason: string };

/**
 * Reads a JSON file the user's data lives in. A file that does not parse or validate is renamed to
 * `<name>.corrupt-<time>` so that nothing written later can destroy it.
 */
export async function readJsonFile<T>(
  file: string,
  validate: (data: unknown) => T,
): Promise<JsonReadResult<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    return { state: 'ok', value: validate(JSON.parse(text)) };
  } catch (error) {
    const setAside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(file, setAside);
    return { state: 'corrupt', setAside, reason: error instanceof Error ? error.message : String(error) };
  }
}
