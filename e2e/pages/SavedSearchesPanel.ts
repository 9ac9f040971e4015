import type { Locator, Page } from '@playwright/test';

/** The sidebar's saved searches: links with live counts, the save form, and a delete button per search. */
export class SavedSearchesPanel {
  readonly page: Page;
  readonly region: Locator;
  readonly saveButton: Locator;
  readonly nameField: Locator;
  readonly confirmSave: Locator;

  constructor(page: Page) {
    this.page = page;
    this.region = page.getByRole('navigation', { name: 'Saved searches' });
    this.saveButton = this.region.getByRole('button', { name: 'Save this search' });
    this.nameField = this.region.getByRole('textbox', { name: 'Name' });
    this.confirmSave = this.region.getByRole('button', { name: 'Save', exact: true });
  }

  /** The link to a saved search, named by its name and its count: "Lisboa referrals 2 candidates". */
  link(name: string): Locator {
    return this.region.getByRole('link', { name: new RegExp(`^${name} [\\d,]+ candidates?$`) });
  }

  deleteButton(name: string): Locator {
    return this.region.getByRole('button', { name: `Delete the saved search “${name}”` });
  }
}
