#!/usr/bin/env node
// The `qos` command. It runs the built CLI (out/main/cli.js) and builds it first on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'out', 'main', 'cli.js');

if (!existsSync(cli)) {
  process.stderr.write('qos: first run, building the app (this takes a moment)…\n');
  const require = createRequire(import.meta.url);
  const electronVite = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const built = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0 || !existsSync(cli)) {
    process.stderr.write('qos: the build failed; run `npm run build` to see why.\n');
    process.exit(1);
  }
}

await import(pathToFileURL(cli).href);
