import type { Page } from '@playwright/test';

/**
 * Polls an expression until it is truthy. page.evaluate goes through the DevTools protocol, so the app's CSP (no
 * eval) does not get in the way; the times themselves are taken inside the page, so polling adds nothing to them.
 */
export async function pollPage<T>(page: Page, expression: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = (await page.evaluate(expression)) as T;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
