import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T; refreshing: boolean };

type Settled<T> = { key: string; version: number } & ({ ok: true; data: T } | { ok: false; error: unknown });

/**
 * Loads `key`'s data and reloads on demand. While reloading the same key the old data stays on screen,
 * so a list does not flash empty after each change; a new key starts from "loading".
 */
export function useQuery<T>(key: string, load: () => Promise<T>): QueryState<T> & { reload: () => void } {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const runLoad = useEffectEvent(load);

  useEffect(() => {
    let current = true;
    runLoad().then(
      (data) => current && setSettled({ key, version, ok: true, data }),
      (error: unknown) => current && setSettled({ key, version, ok: false, error }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  if (!settled || settled.key !== key) return { status: 'loading', reload };
  const refreshing = settled.version !== version;
  if (!settled.ok)
    return refreshing ? { status: 'loading', reload } : { status: 'error', error: settled.error, reload };
  return { status: 'ready', data: settled.data, refreshing, reload };
}
