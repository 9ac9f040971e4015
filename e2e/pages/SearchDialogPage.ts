import type { Locator, Page } from '@playwright/test';

/** The Ctrl/Cmd+K search dialog: a search box and results grouped by candidate. */
export class SearchDialogPage {
  readonly page: Page;
  readonly dialog: Locator;
  readonly box: Locator;
  readonly results: Locator;
  readonly summary: Locator;
  /** "See all 118 in the list". */
  readonly seeAll: Locator;
  readonly tips: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Search' });
    this.box = this.dialog.getByRole('searchbox', { name: 'Search candidates and notes' });
    this.results = this.dialog.getByRole('listbox', { name: 'Search results' });
    this.summary = this.dialog.locator('.search-summary');
    this.seeAll = this.dialog.getByRole('link', { name: /^See all [\d,]+ in the list$/ });
    this.tips = this.dialog.getByRole('button', { name: 'Search tips' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
  }

  /** The group of results for one candidate. */
  group(name: string): Locator {
    return this.results.getByRole('group', { name });
  }

  option(name: string | RegExp): Locator {
    return this.results.getByRole('option', { name });
  }
}
