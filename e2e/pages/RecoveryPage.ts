import type { Locator, Page } from '@playwright/test';

/** The recovery screen that replaces the app once the database is found damaged. */
export class RecoveryPage {
  readonly heading: Locator;
  readonly message: Locator;
  readonly restoreNewestButton: Locator;
  readonly copyErrorButton: Locator;
  readonly quitButton: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { name: 'Rapport’s database is damaged', level: 1 });
    this.message = page.locator('.recovery-message');
    this.restoreNewestButton = page.getByRole('button', { name: /^Restore the newest backup \(.+\)$/ });
    this.copyErrorButton = page.getByRole('button', { name: 'Copy error' });
    this.quitButton = page.getByRole('button', { name: 'Quit' });
  }
}
