import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Navigate } from '../lib/Navigate.ts';
import { parseRoute } from '../lib/parseRoute.ts';
import type { Route } from '../lib/Route.ts';
import { routeHref } from '../lib/routeHref.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route from `location.hash`, kept in the address so a reload stays in place. */
export function useHashRoute(): { route: Route; navigate: Navigate } {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const route = useMemo(() => parseRoute(hash), [hash]);
  const navigate = useCallback<Navigate>((target) => {
    window.location.hash = routeHref(target);
  }, []);
  return { route, navigate };
}
