import type { Browser } from '@playwright/test';

export type ColdLoad = {
  /** `first-paint` from the paint timing API, ms after navigation start. */
  firstPaint: number;
  /** `first-contentful-paint`: the first paint with text or an image in it. */
  firstContentfulPaint: number;
  /** When the first `<h1>` was in the page and visible, ms after navigation start. */
  heading: number;
  /** Script bytes fetched before the heading showed (encoded body sizes). */
  scriptBytes: number;
};

/** One load in a fresh browser context (nothing cached), timed inside the page. */
export async function measureColdLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    // Installed before any of the page's own scripts: notes the moment a visible heading first exists.
    await page.addInitScript(() => {
      const state = window as unknown as { headingAt?: number };
      const check = () => {
        if (state.headingAt !== undefined) return;
        const heading = document.querySelector('h1');
        if (heading && heading.checkVisibility()) state.headingAt = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'),
        );
      const headingAt = (window as unknown as { headingAt: number }).headingAt;
      return {
        firstPaint: performance.getEntriesByName('first-paint')[0]!.startTime,
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        heading: headingAt,
        scriptBytes: scripts
          .filter((entry) => entry.startTime <= headingAt)
          .reduce((total, entry) => total + (entry as PerformanceResourceTiming).encodedBodySize, 0),
      };
    });
  } finally {
    await context.close();
  }
}
