import { useCallback, useSyncExternalStore } from 'react';

export type Route = { readonly view: 'library' } | { readonly view: 'article'; readonly id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([\w-]+)$/.exec(hash);
  return match?.[1] ? { view: 'article', id: match[1] } : { view: 'library' };
}

export function routeHash(route: Route): string {
  return route.view === 'article' ? `#/article/${route.id}` : '#/';
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** Hash routes, so that Back works and a route survives a reload in both shells. */
export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
