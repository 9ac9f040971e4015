import type { Locator, Page } from '@playwright/test';

/** The app shell and the candidate list (or its welcome when there are no candidates). */
export class CandidatesPage {
  readonly page: Page;
  readonly navigation: Locator;
  readonly candidatesLink: Locator;
  readonly trashLink: Locator;
  readonly welcomeHeading: Locator;
  readonly heading: Locator;
  readonly addButton: Locator;
  readonly table: Locator;
  /** "1 candidate", "3 candidates". */
  readonly count: Locator;
  /** The global polite live region. */
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.candidatesLink = this.navigation.getByRole('link', { name: 'Candidates', exact: true });
    this.trashLink = this.navigation.getByRole('link', { name: 'Trash', exact: true });
    this.welcomeHeading = page.getByRole('heading', { name: 'Welcome to Rapport', level: 1 });
    this.heading = page.getByRole('heading', { name: 'Candidates', level: 1 });
    this.addButton = page.getByRole('button', { name: 'Add candidate' });
    this.table = page.getByRole('table', { name: 'Candidates' });
    this.count = page.getByRole('main').getByText(/^[\d,]+ candidates?$/);
    this.status = page.getByRole('status');
  }

  /** The candidate list at a web host address (the app itself opens on Today). */
  async goto(url: string): Promise<void> {
    await this.page.goto(url.includes('#') ? url : `${url}#/candidates`);
  }

  /** The link that opens a candidate; its name is exactly the candidate's name. */
  candidateLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }

  /** The whole row of a candidate, for checking the stage, role and location shown next to the name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.candidateLink(name).click();
  }
}
