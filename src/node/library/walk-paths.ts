import { promises as fs } from 'node:fs';
import path from 'node:path';

const textExtensions = new Set(['.txt', '.text', '.md', '']);

/** Folder entries that are article files: text-like extensions, no hidden or temporary files. */
export function looksLikeArticle(name: string): boolean {
  if (name.startsWith('.') || name.endsWith('~')) return false;
  return textExtensions.has(path.extname(name).toLowerCase());
}

/**
 * Expands files and folders into the files to import, walking folders recursively. A path the user
 * named explicitly is always tried (and reported if it is not text); inside folders, only article-like
 * files are taken. Unreadable paths are yielded too, so the import can report them.
 */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<string> {
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      yield given;
      continue;
    }
    if (!stat.isDirectory()) {
      yield given;
      continue;
    }
    const stack = [given];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.')) stack.push(full);
        else if (entry.isFile() && looksLikeArticle(entry.name)) yield full;
      }
    }
  }
}
