import type { Locator, Page } from '@playwright/test';

/** The Trash: restore or delete forever, each button named after the candidate it acts on. */
export class TrashPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly table: Locator;
  readonly emptyMessage: Locator;
  readonly dialog: Locator;
  readonly confirmDeleteButton: Locator;
  readonly cancelDialogButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Trash', level: 1 });
    this.table = page.getByRole('table', { name: 'Trash' });
    this.emptyMessage = page.getByText('The Trash is empty');
    this.dialog = page.getByRole('dialog');
    this.confirmDeleteButton = this.dialog.getByRole('button', { name: 'Delete forever' });
    this.cancelDialogButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  restoreButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Restore ${name}`, exact: true });
  }

  deleteButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Delete forever: ${name}`, exact: true });
  }

  async deleteForever(name: string): Promise<void> {
    await this.deleteButton(name).click();
    await this.confirmDeleteButton.click();
  }
}
