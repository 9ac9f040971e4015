import type { Locator, Page } from '@playwright/test';

/** The interview screen: notes editor with its toolbar, the scorecard, save status, revisions and export. */
export class InterviewPage {
  readonly page: Page;
  readonly editor: Locator;
  readonly toolbar: Locator;
  readonly saveStatus: Locator;
  readonly scorecard: Locator;
  readonly submitButton: Locator;
  readonly takeaways: Locator;
  readonly privateNote: Locator;
  /** Revisions, exports and print wait in this menu while "Start call" (or a call) leads. */
  readonly moreActionsButton: Locator;
  readonly revisionsButton: Locator;
  readonly exportMarkdownButton: Locator;
  readonly printButton: Locator;
  readonly slashMenu: Locator;

  constructor(page: Page) {
    this.page = page;
    this.editor = page.getByRole('textbox', { name: 'Notes' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.saveStatus = page.locator('p.save-status[role="status"]');
    this.scorecard = page.getByRole('complementary', { name: 'Scorecard' });
    this.submitButton = this.scorecard.getByRole('button', { name: 'Submit scorecard' });
    this.takeaways = this.scorecard.getByRole('textbox', { name: 'Key take-aways' });
    this.privateNote = this.scorecard.getByRole('textbox', { name: 'Private note' });
    this.moreActionsButton = page.getByRole('button', { name: 'More actions' });
    this.revisionsButton = page.getByRole('button', { name: 'Revisions' });
    this.exportMarkdownButton = page.getByRole('button', { name: 'Export Markdown' });
    this.printButton = page.getByRole('button', { name: 'Print / PDF' });
    this.slashMenu = page.getByRole('listbox', { name: 'Commands' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 1 });
  }

  /** A kit question block in the notes, by (part of) its question text. */
  question(text: string): Locator {
    return this.editor.getByRole('group', { name: text });
  }

  /** The notes area of a kit question. */
  questionNotes(text: string): Locator {
    return this.question(text).locator('.kit-question-notes');
  }

  /** Puts the caret at the end of a question's notes (clicking the question does that). */
  async writeUnder(question: string, text: string): Promise<void> {
    await this.question(question).locator('.kit-question-text').click();
    await this.page.keyboard.type(text);
  }

  toolbarButton(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  rating(attribute: string): Locator {
    return this.scorecard.getByRole('radiogroup', { name: attribute, exact: true });
  }

  async rate(attribute: string, rating: string): Promise<void> {
    await this.rating(attribute).getByRole('radio', { name: rating, exact: true }).check();
  }

  evidenceFor(attribute: string): Locator {
    return this.scorecard.getByRole('list', { name: `Evidence for ${attribute}` });
  }

  async waitUntilSaved(): Promise<void> {
    await this.saveStatus.filter({ hasText: /^Saved$/ }).waitFor();
  }
}
