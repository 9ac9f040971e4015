import type { Page } from '@playwright/test';

/**
 * Resolves with `window[key]` once a page script sets it to a time (a number above 0, taken in the page itself).
 * It waits on a setter in the page rather than polling through the DevTools protocol: four pollers every 20 ms
 * kept this process, which also runs the signalling server and the app's web host, and both pages busy during the
 * very calls being timed.
 */
export async function windowNumber(page: Page, key: string, timeout = 20_000): Promise<number> {
  return page.evaluate(
    ({ key, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const target = window as unknown as Record<string, unknown>;
        // 0 means "armed, not yet": the recovery watcher resets its time to 0 before each failure.
        const isTime = (value: unknown): value is number => typeof value === 'number' && value > 0;
        if (isTime(target[key])) {
          resolve(target[key]);
          return;
        }
        const timer = setTimeout(() => reject(new Error(`timed out waiting for window.${key}`)), timeout);
        let value: unknown = target[key];
        Object.defineProperty(target, key, {
          configurable: true,
          get: () => value,
          set: (next: unknown) => {
            value = next;
            if (!isTime(next)) return;
            clearTimeout(timer);
            resolve(next);
          },
        });
      }),
    { key, timeout },
  );
}
