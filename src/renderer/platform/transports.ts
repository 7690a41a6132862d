import { methodId, type QosEventName, type Unsubscribe } from '../../shared/contract';
import type { Envelope } from '../../shared/qos-error';
import type { Transport } from './create-api';

type EnvelopeCall = (input?: unknown) => Promise<Envelope<unknown>>;

/** What the Electron preload exposes on `window.qosBridge`. */
export interface PreloadBridge {
  readonly services: Readonly<Record<string, Readonly<Record<string, EnvelopeCall>>>>;
  on(event: QosEventName, listener: (payload: unknown) => void): Unsubscribe;
}

export function electronTransport(bridge: PreloadBridge): Transport {
  return {
    call(service, method, input) {
      const fn = bridge.services[service]?.[method];
      if (!fn)
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown_method', message: methodId(service, method) },
        });
      return fn(input);
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}

const tokenKey = 'qos.token';

/**
 * The browser shell's token arrives once in the address (`?token=`); it is kept for this tab only and
 * removed from the visible address so it does not end up in bookmarks or screenshots.
 */
export function takeToken(location: Location, history: History, storage: Storage): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(tokenKey) ?? '';
}

export function httpTransport(token: string): Transport {
  let source: EventSource | undefined;
  const listeners = new Set<(message: { name: string; payload: unknown }) => void>();
  return {
    async call(service, method, input) {
      const response = await fetch(`/api/${methodId(service, method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qos-token': token },
        body: input === undefined ? '' : JSON.stringify(input),
      });
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
      }
    },
    on(event, listener) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (message: { name: string; payload: unknown }) => {
        if (message.name === event) listener(message.payload);
      };
      if (listeners.size === 0) {
        source.onmessage = (e: MessageEvent<string>) => {
          const message = JSON.parse(e.data) as { name: string; payload: unknown };
          listeners.forEach((l) => l(message));
        };
      }
      listeners.add(handler);
      return () => {
        listeners.delete(handler);
      };
    },
  };
}
