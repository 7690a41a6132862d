import os from 'node:os';
import path from 'node:path';

export const storeEnvVar = 'QOS_STORE';

/**
 * The platform's user-data folder, the same one Electron's `app.getPath('userData')` gives for an app
 * named "Qos", so that both shells share settings and library.
 */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const fromEnv = env[storeEnvVar];
  if (fromEnv) return path.resolve(fromEnv);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Qos');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Qos');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Qos');
}
