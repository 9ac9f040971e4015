import type { Locator, Page } from '@playwright/test';

/** `#/import`: the CSV file, the column mapping, the import button, its progress and the report. */
export class ImportPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly file: Locator;
  readonly progress: Locator;
  readonly report: Locator;
  readonly rowsNotImported: Locator;
  readonly skippedDuplicates: Locator;
  readonly viewCandidatesButton: Locator;
  readonly allOrNothing: Locator;
  readonly cancelButton: Locator;
  readonly encoding: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'Import candidates', level: 1 });
    this.file = page.getByLabel('CSV file');
    this.progress = page.getByRole('progressbar', { name: 'Import progress' });
    this.report = page.getByRole('region', { name: /Import finished|Nothing was imported|Import cancelled/ });
    this.rowsNotImported = page.getByRole('list', { name: 'Rows not imported' });
    this.skippedDuplicates = page.getByRole('list', { name: 'Skipped as duplicates' });
    this.viewCandidatesButton = page.getByRole('button', { name: 'View candidates' });
    this.allOrNothing = page.getByRole('checkbox', { name: 'Import nothing if any row is invalid' });
    this.cancelButton = page.getByRole('button', { name: 'Cancel import' });
    this.encoding = page.getByRole('combobox', { name: 'File encoding' });
  }

  mapping(column: string): Locator {
    return this.page.getByRole('combobox', { name: `Map column ${column}`, exact: true });
  }

  importButton(count: number): Locator {
    return this.page.getByRole('button', { name: `Import ${count.toLocaleString('en')} candidates` });
  }

  async chooseFile(filePath: string): Promise<void> {
    await this.file.setInputFiles(filePath);
  }

  async choose(name: string, csv: string): Promise<void> {
    await this.file.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  }
}
