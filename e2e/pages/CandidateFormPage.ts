import type { Locator, Page } from '@playwright/test';

export type CandidateFormInput = {
  name?: string;
  email?: string;
  phone?: string;
  location?: string;
  role?: string;
  source?: string;
  pronouns?: string;
  stage?: string;
  tags?: string;
  links?: string;
};

/** The add / edit candidate form; fields are found by their visible labels. */
export class CandidateFormPage {
  readonly page: Page;
  readonly form: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly phone: Locator;
  readonly location: Locator;
  readonly role: Locator;
  readonly source: Locator;
  readonly pronouns: Locator;
  readonly stage: Locator;
  readonly tags: Locator;
  readonly links: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  /** A refusal that belongs to no single field, e.g. a conflict. */
  readonly formError: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole('form');
    this.name = this.form.getByRole('textbox', { name: 'Name', exact: true });
    this.email = this.form.getByRole('textbox', { name: 'Email', exact: true });
    this.phone = this.form.getByRole('textbox', { name: 'Phone', exact: true });
    this.location = this.form.getByRole('textbox', { name: 'Location', exact: true });
    this.role = this.form.getByRole('textbox', { name: 'Role applied for', exact: true });
    this.source = this.form.getByRole('textbox', { name: 'Source', exact: true });
    this.pronouns = this.form.getByRole('textbox', { name: 'Pronouns', exact: true });
    this.stage = this.form.getByRole('combobox', { name: 'Stage', exact: true });
    this.tags = this.form.getByRole('textbox', { name: 'Tags', exact: true });
    this.links = this.form.getByRole('textbox', { name: 'Links', exact: true });
    this.saveButton = this.form.getByRole('button', { name: 'Save' });
    this.cancelButton = this.form.getByRole('button', { name: 'Cancel' });
    this.formError = this.form.getByRole('alert');
  }

  /** Fills only the fields given, leaving the others as they are. */
  async fill(input: CandidateFormInput): Promise<void> {
    const textFields = [
      'name',
      'email',
      'phone',
      'location',
      'role',
      'source',
      'pronouns',
      'tags',
      'links',
    ] as const;
    for (const field of textFields) {
      const value = input[field];
      if (value !== undefined) await this[field].fill(value);
    }
    if (input.stage !== undefined) await this.stage.selectOption({ label: input.stage });
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }
}
