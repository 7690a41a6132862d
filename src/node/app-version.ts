import { version } from '../../package.json';

export function appVersion(): string {
  return version;
}
