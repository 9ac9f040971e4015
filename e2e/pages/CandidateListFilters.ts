import type { Locator, Page } from '@playwright/test';

/** The candidate list's filter bar and live count. */
export class CandidateListFilters {
  readonly page: Page;
  readonly stage: Locator;
  readonly role: Locator;
  readonly tag: Locator;
  readonly source: Locator;
  readonly sort: Locator;
  readonly clearButton: Locator;
  /** "Showing 42 of 500 candidates", or "500 candidates" with no filter. */
  readonly shown: Locator;

  constructor(page: Page) {
    this.page = page;
    const bar = page.getByRole('group', { name: 'Filter and sort candidates' });
    this.stage = bar.getByLabel('Stage', { exact: true });
    this.role = bar.getByLabel('Role', { exact: true });
    this.tag = bar.getByLabel('Tag', { exact: true });
    this.source = bar.getByLabel('Source', { exact: true });
    this.sort = bar.getByLabel('Sort by', { exact: true });
    this.clearButton = bar.getByRole('button', { name: 'Clear filters' });
    this.shown = page.getByRole('main').getByText(/^(Showing [\d,]+ of )?[\d,]+ candidates?$/);
  }
}
