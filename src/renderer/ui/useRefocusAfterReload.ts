import { useCallback, useEffect, useRef } from 'react';

/**
 * For an action that removes the focused control and reloads the screen: call `refocusAfterReload()`, and once
 * the new `data` arrives focus lands on `target` (a heading), a stable place, instead of nowhere.
 */
export function useRefocusAfterReload<Element extends HTMLElement>(data: unknown) {
  const target = useRef<Element>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || !data) return;
    pending.current = false;
    target.current?.focus();
  }, [data]);
  const refocusAfterReload = useCallback(() => {
    pending.current = true;
  }, []);
  return { target, refocusAfterReload };
}
