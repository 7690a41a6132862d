import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from '../command';
import { createBackend } from '../../node/service/create-service';
import { defaultStoreDir } from '../../node/store-paths';
import { bundledCorpusDir, rendererDir, systemLanguages } from '../../node/app-paths';
import { startServer } from '../../server/http-server';

const usage = `Usage: qos serve [--port N] [--store DIR] [--corpus DIR] [--open]

Serves the Qos interface and its API on http://127.0.0.1 (this machine only) and prints the address
to open, which carries a per-run access token.

  --port N       port to listen on (default: a free one)
  --store DIR    the data folder (default: the platform's user-data folder, or $QOS_STORE)
  --corpus DIR   read the articles of DIR in place instead of the store's library
  --open         open the address in the default browser`;

/** Opens a URL with the desktop's handler, if there is a desktop; failure is harmless. */
export function openInBrowser(url: string): void {
  const opener =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    spawn(opener, [url], { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {
    // no desktop browser: the printed address is enough
  }
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the app in a browser on 127.0.0.1 (the browser shell)',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        store: { type: 'string' },
        corpus: { type: 'string' },
        open: { type: 'boolean', default: false },
      },
      strict: true,
    });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be 0..65535, not ${values.port}`);
    const corpusDir = values.corpus === undefined ? undefined : path.resolve(io.cwd, values.corpus);
    if (corpusDir !== undefined && !existsSync(corpusDir)) throw new UsageError(`no folder ${corpusDir}`);
    const renderer = rendererDir();
    if (!existsSync(path.join(renderer, 'index.html'))) {
      io.stderr(`qos serve: the interface is not built (${renderer}); run 'npm run build' first.\n`);
      return 1;
    }
    const storeDir = values.store === undefined ? defaultStoreDir() : path.resolve(io.cwd, values.store);
    const backend = await createBackend({
      storeDir,
      bundledCorpusDir: bundledCorpusDir(),
      ...(corpusDir === undefined ? {} : { corpusDir }),
      shell: 'browser',
      systemLanguages: systemLanguages(),
      indexNow: true,
    });
    for (const problem of backend.problems) io.stderr(`qos serve: ${problem}\n`);
    const server = await startServer({
      services: backend.services,
      events: backend.events,
      rendererDir: renderer,
      port,
      log: (line) => io.stderr(`qos serve: ${line}\n`),
    });
    io.stdout(
      `Qos is running. Open this address in a browser (it holds this run's access token):\n\n  ${server.url}\n\nData folder: ${storeDir}\nPress Ctrl+C to stop.\n`,
    );
    if (values.open) openInBrowser(server.url);
    await io.interrupted;
    await server.close();
    await backend.close();
    io.stdout('Qos stopped.\n');
    return 0;
  },
};
