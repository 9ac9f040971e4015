import { readFileSync } from 'node:fs';
import { callApi } from '../fixtures/callApi.ts';
import { startWebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';

const firstQuestion = 'Tell me about a system you built that you are proud of';
const secondQuestion = 'How would you test this, and what could go wrong in production?';

test('a recruiter runs a structured interview: kit, notes under questions, timestamp, evidence, scorecard, reload', async ({
  page,
  webHost,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const candidate = await callApi(webHost, 'candidates.create', { name: 'Grace Hopper' });
  const kits = await callApi(webHost, 'kits.list', {});
  const kit = kits.items.find((item) => item.name === 'Technical interview')!;
  const attributes = kit.definition.attributeCategories.flatMap((category) =>
    category.attributes.map((attribute) => attribute.name),
  );
  const interview = new InterviewPage(page);

  // 1. Start an interview from a kit, on the candidate's profile.
  await page.goto(`${webHost.url}#/candidates/${candidate.id}`);
  await page.getByRole('button', { name: 'Start interview' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start interview' });
  await dialog.getByRole('combobox', { name: 'Kit' }).selectOption({ label: 'Technical interview' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Technical screen');
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(interview.heading('Technical screen')).toBeVisible();
  await expect(page).toHaveURL(/#\/interviews\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Grace Hopper · Technical interview · In progress')).toBeVisible();
  for (const section of kit.definition.sections) {
    for (const question of section.questions) await expect(interview.question(question.text)).toBeVisible();
  }

  // 2. Notes under two questions, with markdown shortcuts on the way.
  await interview.writeUnder(firstQuestion, 'Built a compiler for COBOL. ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Owned the parser');
  await interview.writeUnder(secondQuestion, 'Property-based tests for the optimiser.');
  await expect(interview.questionNotes(firstQuestion)).toContainText('Built a compiler for COBOL.');
  await expect(interview.questionNotes(firstQuestion).getByRole('listitem')).toHaveText('Owned the parser');
  await expect(interview.questionNotes(secondQuestion)).toContainText(
    'Property-based tests for the optimiser.',
  );

  // 3. A timestamp from the keyboard, and one from the slash menu; no call runs, so both show the time of day.
  await page.keyboard.press('ControlOrMeta+Shift+T');
  await page.keyboard.type('/time');
  await expect(interview.slashMenu.getByRole('option', { name: /Timestamp/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(interview.slashMenu).toBeHidden();
  const chips = interview.questionNotes(secondQuestion).locator('time[data-timestamp]');
  await expect(chips).toHaveCount(2);
  // No call is running: a time of day, in the browser locale's clock (12 h here), named as such.
  await expect(chips.first()).toHaveText(/^\d{1,2}:\d\d(\s[AP]M)?$/);
  await expect(chips.first()).toHaveAttribute('aria-label', /^Time of day \d{1,2}:\d\d/);
  await expect(interview.questionNotes(secondQuestion)).not.toContainText('/time');

  // 4. Highlight a passage and tag it to an attribute; the scorecard shows it as evidence.
  await interview
    .questionNotes(secondQuestion)
    .getByText('Property-based tests', { exact: false })
    // On the first word, not the paragraph's centre: after 10 PM the two time chips wrap onto a second line and
    // the centre falls between them, where a double-click selects nothing.
    .dblclick({ position: { x: 12, y: 8 } });
  await expect(interview.toolbarButton('Tag as evidence')).toBeEnabled();
  await interview.toolbarButton('Tag as evidence').click();
  await page
    .getByRole('menu', { name: 'Scorecard attributes' })
    .getByRole('menuitem', { name: 'Testing and reliability' })
    .click();
  const tagged = interview.questionNotes(secondQuestion).locator('mark[data-evidence="tech-reliability"]');
  await expect(tagged).toHaveCount(1);
  const taggedText = (await tagged.textContent())!;
  await expect(interview.evidenceFor('Testing and reliability')).toContainText(taggedText);

  // 5. Rate every attribute (one from the keyboard), recommend, write take-aways, and submit.
  for (const [index, attribute] of attributes.entries()) {
    await interview.rate(attribute, index % 2 === 0 ? 'Yes' : 'Strong yes');
  }
  await interview.rating(attributes[0]!).getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    interview.rating(attributes[0]!).getByRole('radio', { name: 'Strong yes', exact: true }),
  ).toBeChecked();
  await interview.rate('Overall recommendation', 'Strong yes');
  const noted = attributes[0]!;
  const noteOn = interview.scorecard.getByRole('textbox', { name: `Note on ${noted}` });
  await noteOn.fill('Knows compilers inside out.');
  await interview.takeaways.fill('Deep compiler knowledge; tests first.');
  await interview.privateNote.fill('Asked about a four-day week.');
  await interview.submitButton.click();
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();
  await interview.waitUntilSaved();

  // 6. Reload: everything is exactly there.
  const notesBefore = await interview.editor.innerHTML();
  await page.reload();
  await expect(interview.heading('Technical screen')).toBeVisible();
  await expect(interview.editor).toBeVisible();
  expect(await interview.editor.innerHTML()).toBe(notesBefore);
  await expect(interview.questionNotes(firstQuestion)).toContainText('Built a compiler for COBOL.');
  await expect(interview.questionNotes(secondQuestion).locator('time[data-timestamp]')).toHaveCount(2);
  await expect(
    interview.questionNotes(secondQuestion).locator('mark[data-evidence="tech-reliability"]'),
  ).toHaveText(taggedText);
  await expect(interview.evidenceFor('Testing and reliability')).toContainText(taggedText);
  await expect(
    interview.rating(attributes[0]!).getByRole('radio', { name: 'Strong yes', exact: true }),
  ).toBeChecked();
  for (const [index, attribute] of attributes.entries()) {
    if (index === 0) continue;
    const expected = index % 2 === 0 ? 'Yes' : 'Strong yes';
    await expect(
      interview.rating(attribute).getByRole('radio', { name: expected, exact: true }),
    ).toBeChecked();
  }
  await expect(
    interview.rating('Overall recommendation').getByRole('radio', { name: 'Strong yes', exact: true }),
  ).toBeChecked();
  await expect(interview.takeaways).toHaveValue('Deep compiler knowledge; tests first.');
  await expect(interview.privateNote).toHaveValue('Asked about a four-day week.');
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();
  await expect(interview.saveStatus).toHaveText('Saved');

  // "Edit submitted scorecard" opens revision 2; revision 1 stays as submitted.
  await interview.scorecard.getByRole('button', { name: 'Edit submitted scorecard' }).click();
  await interview.rate('Overall recommendation', 'Yes');
  await expect(interview.scorecard.getByText('Revision 2, not submitted yet.')).toBeVisible();
  await noteOn.fill('Knows compilers inside out; weaker on tests.');
  await interview.submitButton.click();
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();
  const interviewId = page.url().split('/').at(-1)!;
  const revisions = await callApi(webHost, 'scorecards.revisions', { interviewId });
  expect(revisions.items.map((item) => [item.revision, item.recommendation])).toEqual([
    [2, 'yes'],
    [1, 'strong_yes'],
  ]);

  // The revisions browser lists both submits with their rating notes; the changed note counts as a change.
  await interview.moreActionsButton.click();
  await interview.revisionsButton.click();
  const revisionsDialog = page.getByRole('dialog', { name: 'Revisions' });
  const scorecardRevisions = revisionsDialog.getByRole('region', { name: 'Scorecard' });
  const revision = (number: number) =>
    scorecardRevisions
      .getByRole('listitem')
      .filter({ has: page.getByText(`Revision ${number}`, { exact: true }) });
  await expect(revision(2)).toContainText(
    `Changed from revision 1: Note on ${noted}, Overall recommendation.`,
  );
  await expect(revision(1)).toContainText('First submitted.');
  await revision(2).getByRole('button', { name: 'Show' }).click();
  await expect(revision(2).getByRole('term').filter({ hasText: noted })).toBeVisible();
  await expect(
    revision(2).getByRole('definition').filter({ hasText: 'Knows compilers inside out; weaker on tests.' }),
  ).toBeVisible();
  await revision(1).getByRole('button', { name: 'Show' }).click();
  await expect(
    revision(1)
      .getByRole('definition')
      .filter({ hasText: /^Knows compilers inside out\.$/ }),
  ).toBeVisible();
  await expect(revision(2).getByRole('definition')).toHaveCount(0);
  await revisionsDialog.getByRole('button', { name: 'Close' }).click();
  await expect(revisionsDialog).toBeHidden();

  // Export to Markdown (no private note), and the printable page.
  const downloading = page.waitForEvent('download');
  await interview.moreActionsButton.click();
  await interview.exportMarkdownButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/grace-hopper-technical-screen\.md$/);
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('# Technical screen — Grace Hopper');
  expect(markdown).toContain('Built a compiler for COBOL.');
  expect(markdown).toContain(`| Testing and reliability |`);
  expect(markdown).not.toContain('four-day week');
  await interview.moreActionsButton.click();
  await interview.printButton.click();
  await expect(page).toHaveURL(/\/print$/);
  await expect(
    page.getByRole('heading', { name: 'Technical screen — Grace Hopper', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Built a compiler for COBOL.')).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Knows compilers inside out; weaker on tests.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  // The candidate's timeline shows the interview.
  await page.goto(`${webHost.url}#/candidates/${candidate.id}`);
  const timeline = page.getByRole('list', { name: 'Interview timeline' });
  await expect(timeline.getByRole('link', { name: 'Technical screen' })).toBeVisible();
  await expect(timeline).toContainText('In progress');
  expect(errors).toEqual([]);
});

test('the slash menu and the toolbar format notes, and revisions can be browsed and restored', async ({
  page,
  dataDirectory,
}) => {
  // A snapshot on every save, so the test need not wait minutes for one.
  const previous = process.env.RAPPORT_NOTE_REVISION_MINUTES;
  process.env.RAPPORT_NOTE_REVISION_MINUTES = '0';
  const webHost = await startWebHostProcess(dataDirectory).finally(() => {
    if (previous === undefined) delete process.env.RAPPORT_NOTE_REVISION_MINUTES;
    else process.env.RAPPORT_NOTE_REVISION_MINUTES = previous;
  });
  try {
    const candidate = await callApi(webHost, 'candidates.create', { name: 'Alan Turing' });
    const created = await callApi(webHost, 'interviews.create', { candidateId: candidate.id, title: 'Chat' });
    const interview = new InterviewPage(page);
    await page.goto(`${webHost.url}#/interviews/${created.id}`);
    await interview.editor.click();

    await page.keyboard.type('/');
    await expect(interview.slashMenu.getByRole('option')).toHaveText([
      /Heading/,
      /Bullet list/,
      /Numbered list/,
      /Task list/,
      /Quote/,
      /Timestamp/,
      /Divider/,
      /Code block/,
    ]);
    await page.keyboard.type('task');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Send the take-home');
    await expect(interview.editor.locator('ul[data-type="taskList"] li > div')).toHaveText(
      'Send the take-home',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await interview.toolbarButton('Quote').click();
    await page.keyboard.type('I like hard problems');
    await expect(interview.editor.locator('blockquote')).toHaveText('I like hard problems');
    await expect(interview.toolbarButton('Quote')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Shift+Home');
    await interview.toolbarButton('Bold').click();
    await expect(interview.editor.locator('blockquote strong')).toHaveText('I like hard problems');
    await interview.toolbarButton('Link').click();
    await page.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('Use a web address')).toBeVisible();
    await page.getByRole('textbox', { name: 'Link address' }).fill('example.com/turing');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(interview.editor.locator('a')).toHaveAttribute('href', 'https://example.com/turing');
    await interview.waitUntilSaved();

    // Everything deleted by mistake: a revision brings it back.
    await interview.editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await expect(interview.editor).not.toContainText('I like hard problems');
    await interview.waitUntilSaved();
    await interview.moreActionsButton.click();
    await interview.revisionsButton.click();
    const dialog = page.getByRole('dialog', { name: 'Revisions' });
    const withText = dialog.getByRole('listitem').filter({ hasText: 'I like hard problems' }).first();
    await withText.getByRole('button', { name: 'Show' }).click();
    await expect(dialog.getByLabel('Revision text')).toContainText('Send the take-home');
    await withText.getByRole('button', { name: 'Restore' }).click();
    await expect(dialog).toBeHidden();
    await expect(interview.editor.locator('blockquote')).toHaveText('I like hard problems');
    await page.reload();
    await expect(interview.editor.locator('blockquote')).toHaveText('I like hard problems');
    await expect(interview.saveStatus).toHaveText('Saved');
  } finally {
    await webHost.stop();
  }
});
