import type { Locator, Page } from '@playwright/test';

/** Settings → Backups: encryption, the list of backups with a Restore button each, "Back up now", "Export everything". */
export class BackupsPage {
  readonly page: Page;
  readonly settingsLink: Locator;
  readonly backupsLink: Locator;
  readonly heading: Locator;
  readonly encryption: Locator;
  readonly backUpNowButton: Locator;
  readonly exportButton: Locator;
  readonly table: Locator;
  readonly dialog: Locator;
  readonly confirmRestoreButton: Locator;
  readonly cancelDialogButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.settingsLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' });
    this.backupsLink = page.getByRole('link', { name: 'Backups', exact: true });
    this.heading = page.getByRole('heading', { name: 'Backups', level: 1 });
    this.encryption = page.getByText('Encrypted at rest').locator('..');
    this.backUpNowButton = page.getByRole('button', { name: 'Back up now' });
    this.exportButton = page.getByRole('button', { name: 'Export everything' });
    this.table = page.getByRole('table', { name: 'Backups on this computer' });
    this.dialog = page.getByRole('dialog');
    this.confirmRestoreButton = this.dialog.getByRole('button', { name: 'Restore', exact: true });
    this.cancelDialogButton = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  /** Rows of the backup list whose "Why" column says `kind` (e.g. "Backed up by you"). */
  rows(kind: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) });
  }

  restoreButtonIn(row: Locator): Locator {
    return row.getByRole('button', { name: /^Restore the backup from / });
  }
}
