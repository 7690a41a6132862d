#!/usr/bin/env node
// `npm start`: builds, then opens the desktop app. Where the Electron binary is missing and cannot be
// downloaded, it says so and starts the browser shell instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function run(file, args, options = {}) {
  return spawnSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit', ...options });
}

/** The Electron binary's path if it is installed, else null (electron 45 downloads it lazily). */
function electronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'),
    readFileSync(pathFile, 'utf8'),
  );
  return existsSync(binary) ? binary : null;
}

function tryDownloadElectron() {
  try {
    const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
    const result = run(installer, [], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
    return result.status === 0 ? electronBinary() : null;
  } catch {
    return null;
  }
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
if (run(electronVite, ['build']).status !== 0) {
  console.error('npm start: the build failed (see above).');
  process.exit(1);
}

const binary = electronBinary() ?? tryDownloadElectron();
if (binary) {
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'The Electron desktop binary is not installed on this machine and could not be downloaded (the npm',
      'package fetches it on first use, which needs access to the Electron release downloads). Qos is',
      'starting its browser shell instead: the same interface and data, served on 127.0.0.1 only. Open the',
      'address below in a browser; press Ctrl+C to stop. With internet access, `npm start` opens the desktop app.',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [join(root, 'bin', 'qos.js'), 'serve', '--open'], {
    cwd: root,
    stdio: 'inherit',
  });
  // Ctrl+C reaches the child too (same process group); wait for it to close cleanly.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}
