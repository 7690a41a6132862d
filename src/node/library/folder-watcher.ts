import { watch, type FSWatcher } from 'node:fs';

const settleMs = 300;

/**
 * Calls `onChange` once a folder has been quiet for a moment after any change below it (editors and
 * copy tools write in bursts). Recursive watching works on Linux from Node 20, and on macOS/Windows.
 */
export function watchFolder(dir: string, onChange: () => void, onError: (error: Error) => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, settleMs);
    });
  } catch (error) {
    onError(error as Error);
    return () => {};
  }
  watcher.on('error', onError);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
