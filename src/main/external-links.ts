const maxLength = 2048;

/**
 * Whether a link may be handed to the system browser: http(s) only, no credentials, no control or
 * bidi characters, not absurdly long. Anything else (file:, javascript:, custom schemes that launch
 * programs) stays inside.
 */
export function isSafeExternal(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxLength) return false;
  if (raw !== raw.trim() || /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.hostname !== ''
  );
}

/** Blocks every request that would leave the machine: the app is offline by design. */
export function isAllowedRequest(url: string, devServer: string | undefined): boolean {
  if (devServer && url.startsWith(devServer)) return true;
  try {
    const { protocol } = new URL(url);
    return (
      protocol === 'app:' ||
      protocol === 'devtools:' ||
      protocol === 'chrome-extension:' ||
      protocol === 'data:' ||
      protocol === 'blob:'
    );
  } catch {
    return false;
  }
}
