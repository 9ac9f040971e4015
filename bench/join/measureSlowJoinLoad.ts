import { devices, type Browser } from '@playwright/test';
import { emulateSlowLink } from '../../e2e/fixtures/emulateSlowLink.ts';

export type SlowJoinLoad = {
  /** When the first visible <h1> was in the page, ms after navigation start. */
  heading: number;
  /** `first-contentful-paint`: the first paint with text in it (the heading, once its styles have arrived). */
  firstContentfulPaint: number;
  /** When the Join button was visible (the page's script has run and the room is known). */
  joinButton: number;
  /** Bytes on the wire for scripts and styles (encoded body sizes). */
  transferredKilobytes: number;
};

/** One cold load of a join link on a Pixel 7 over Chromium's emulated 400 kbit/s, 300 ms link, timed in the page. */
export async function measureSlowJoinLoad(browser: Browser, url: string): Promise<SlowJoinLoad> {
  const context = await browser.newContext(devices['Pixel 7']);
  try {
    const page = await context.newPage();
    await emulateSlowLink(page);
    // Before any of the page's own code: note when a visible heading and the Join button first exist.
    await page.addInitScript(() => {
      const state = window as unknown as { headingAt?: number; joinAt?: number };
      const check = () => {
        const heading = document.querySelector('h1');
        if (state.headingAt === undefined && heading?.checkVisibility()) state.headingAt = performance.now();
        const join = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Join');
        if (state.joinAt === undefined && join?.checkVisibility()) state.joinAt = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Join', exact: true }).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => {
      const state = window as unknown as { headingAt: number; joinAt: number };
      const transferred = performance
        .getEntriesByType('resource')
        .reduce((total, entry) => total + (entry as PerformanceResourceTiming).encodedBodySize, 0);
      return {
        heading: state.headingAt,
        firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
        joinButton: state.joinAt,
        transferredKilobytes: transferred / 1024,
      };
    });
  } finally {
    await context.close();
  }
}
