import { expect, type Locator, type Page } from '@playwright/test';

/** The candidate list's own search box, its hint, and the rows it leaves in the (virtualized) table. */
export class ListSearch {
  readonly page: Page;
  readonly box: Locator;
  readonly hint: Locator;
  readonly tips: Locator;
  readonly table: Locator;
  readonly clearSearch: Locator;

  constructor(page: Page) {
    this.page = page;
    this.box = page.getByRole('searchbox', { name: 'Search candidates', exact: true });
    this.hint = page.locator('#candidate-search-hint');
    this.tips = page.getByRole('main').getByRole('button', { name: 'Search tips' });
    this.table = page.getByRole('table', { name: 'Candidates' });
    this.clearSearch = page.getByRole('button', { name: 'Clear search' });
  }

  /** Types a query as a person would, replacing what the box held. */
  async type(query: string): Promise<void> {
    await this.box.fill('');
    await this.box.pressSequentially(query);
  }

  /**
   * The email of every row, read the way a keyboard user reads a long list: from the first row, Page Down (ten
   * rows) until the last one; the table draws only the rows in view, so each step reads the rows drawn then.
   */
  async listedEmails(total: number): Promise<string[]> {
    const byRow = new Map<string, string>();
    // One read of the drawn rows at a time: row by row, the virtualizer could redraw between a row's index and
    // its email, and pair them wrongly.
    const read = async () => {
      const rows = await this.table.evaluate((table) =>
        [...table.querySelectorAll('tbody tr.row-link')].map((row) => [
          row.getAttribute('aria-rowindex'),
          row.querySelector('.cell-sub')?.textContent ?? null,
        ]),
      );
      for (const [index, email] of rows) if (index && email) byRow.set(index, email);
    };
    const rowLink = (position: number) => this.table.locator(`tr[aria-rowindex="${position + 2}"] a`);
    await rowLink(0).focus();
    await read();
    for (let position = 0; position < total - 1;) {
      position = Math.min(position + 10, total - 1);
      await this.page.keyboard.press('PageDown');
      await expect(rowLink(position)).toBeFocused();
      await read();
    }
    return [...byRow.values()];
  }
}
