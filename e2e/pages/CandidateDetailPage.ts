import type { Locator, Page } from '@playwright/test';

/** One candidate's page, with its Move to Trash confirmation dialog. */
export class CandidateDetailPage {
  readonly page: Page;
  readonly backLink: Locator;
  readonly editButton: Locator;
  readonly trashButton: Locator;
  readonly restoreButton: Locator;
  readonly dialog: Locator;
  readonly confirmTrashButton: Locator;
  readonly cancelDialogButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.backLink = page.getByRole('link', { name: 'All candidates' });
    this.editButton = page.getByRole('main').getByRole('button', { name: 'Edit', exact: true });
    this.trashButton = page.getByRole('main').getByRole('button', { name: 'Move to Trash' });
    this.restoreButton = page.getByRole('main').getByRole('button', { name: 'Restore', exact: true });
    this.dialog = page.getByRole('dialog');
    this.confirmTrashButton = this.dialog.getByRole('button', { name: 'Move to Trash' });
    this.cancelDialogButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, exact: true, level: 1 });
  }

  /** The value shown for a field in the details list, e.g. value('Stage'). */
  value(term: string): Locator {
    return this.page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  async moveToTrash(): Promise<void> {
    await this.trashButton.click();
    await this.confirmTrashButton.click();
  }
}
