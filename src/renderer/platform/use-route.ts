import { useCallback, useSyncExternalStore } from 'react';

/** A passage to bring into view: the same query a qos:// link carries. */
export interface Passage {
  readonly start: number;
  readonly end: number;
}

export type Route =
  | { readonly view: 'library'; readonly entity?: string }
  | { readonly view: 'bookmarks' }
  | { readonly view: 'pair'; readonly a: string; readonly b: string }
  | { readonly view: 'search'; readonly q: string }
  | { readonly view: 'article'; readonly id: string; readonly at?: Passage; readonly relocate?: string };

export function parseRoute(hash: string): Route {
  if (hash === '#/bookmarks') return { view: 'bookmarks' };
  if (hash.startsWith('#/search'))
    return {
      view: 'search',
      q: new URLSearchParams(hash.slice('#/search'.length).replace(/^\?/, '')).get('q') ?? '',
    };
  const pair = /^#\/pair\/([\w-]+)\/([\w-]+)$/.exec(hash);
  if (pair?.[1] && pair[2]) return { view: 'pair', a: pair[1], b: pair[2] };
  const library = /^#\/\?entity=([^&]+)$/.exec(hash);
  if (library?.[1]) {
    try {
      return { view: 'library', entity: decodeURIComponent(library[1]) };
    } catch {
      return { view: 'library' };
    }
  }
  const match = /^#\/article\/([\w-]+)(?:\?(.*))?$/.exec(hash);
  if (!match?.[1]) return { view: 'library' };
  const query = new URLSearchParams(match[2] ?? '');
  const start = Number(query.get('start'));
  const end = Number(query.get('end'));
  const at =
    query.has('start') && Number.isInteger(start) && Number.isInteger(end) && end >= start
      ? { start, end }
      : undefined;
  const relocate = query.get('relocate') ?? undefined;
  return { view: 'article', id: match[1], ...(at ? { at } : {}), ...(relocate ? { relocate } : {}) };
}

export function routeHash(route: Route): string {
  if (route.view === 'bookmarks') return '#/bookmarks';
  if (route.view === 'library') return route.entity ? `#/?entity=${encodeURIComponent(route.entity)}` : '#/';
  if (route.view === 'pair') return `#/pair/${route.a}/${route.b}`;
  if (route.view === 'search') return `#/search?${new URLSearchParams({ q: route.q }).toString()}`;
  const query = new URLSearchParams();
  if (route.at) {
    query.set('start', String(route.at.start));
    query.set('end', String(route.at.end));
  }
  if (route.relocate) query.set('relocate', route.relocate);
  const q = query.toString();
  return `#/article/${route.id}${q ? `?${q}` : ''}`;
}

/**
 * A qos:// link (`qos://article/<id>?start=N&end=M&b=…`) as a route of this page: the browser shell's
 * way to follow links from exported Markdown; the desktop shell receives them from the OS.
 */
export function routeOfQosLink(link: string): Route | null {
  const match = /^qos:\/\/article\/([\w-]+)(?:\?(.*))?$/.exec(link.trim());
  if (!match?.[1]) return null;
  return parseRoute(`#/article/${match[1]}${match[2] ? `?${match[2]}` : ''}`);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Hash routes, so that Back works and a route survives a reload in both shells. */
export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route, options: { replace?: boolean } = {}) => {
    if (options.replace) {
      // Typing a query refines one history entry instead of adding one per keystroke.
      window.history.replaceState(window.history.state, '', routeHash(route));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
