import { callApi } from '../fixtures/callApi.ts';
import { expectNoSeriousAxeViolations } from '../fixtures/expectNoSeriousAxeViolations.ts';
import { openSeededInterview } from '../fixtures/openSeededInterview.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { expect, test } from '../fixtures/test.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';

test('Submit with an attribute unrated is refused, naming it and focusing it; a submitted card is read-only until "Edit submitted scorecard"', async ({
  browser,
  webHost,
}) => {
  const { seeded, context, page, interview } = await openSeededInterview(browser, webHost);
  const gaps = interview.scorecard.getByRole('alert');

  // 1. One attribute rated, the other not, no recommendation: Submit says what is missing and goes to it.
  await interview.rate('Problem solving', 'Yes');
  await interview.submitButton.click();
  await expect(gaps).toContainText('The scorecard is not complete.');
  await expect(gaps).toContainText('Rate “Communication” or choose No decision.');
  await expect(gaps).toContainText('Choose an overall recommendation.');
  await expect(gaps).not.toContainText('Problem solving');
  await expect(interview.rating('Communication').getByRole('radio').first()).toBeFocused();
  await expect(interview.scorecard.getByText('Draft', { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'the scorecard saying what is missing');

  // 2. "No decision" is an answer; the list shrinks as the gaps are filled, and Submit then works.
  await interview.rate('Communication', 'No decision');
  await expect(gaps).not.toContainText('Communication');
  await interview.rate('Overall recommendation', 'Yes');
  await expect(gaps).toBeHidden();
  await interview.submitButton.click();
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();

  // 3. Submitted: nothing on the card can change.
  for (const attribute of ['Problem solving', 'Communication', 'Overall recommendation']) {
    for (const radio of await interview.rating(attribute).getByRole('radio').all()) {
      await expect(radio).toBeDisabled();
    }
  }
  await expect(
    interview.rating('Problem solving').getByRole('radio', { name: 'Yes', exact: true }),
  ).toBeChecked();
  await expect(interview.takeaways).not.toBeEditable();
  await expect(
    interview.scorecard.getByRole('textbox', { name: 'Note on Communication' }),
  ).not.toBeEditable();
  await expect(interview.submitButton).toBeHidden();
  await expectNoSeriousAxeViolations(page, 'the submitted, read-only scorecard');

  // 4. "Edit submitted scorecard" opens revision 2; revision 1 stays as submitted.
  await interview.scorecard.getByRole('button', { name: 'Edit submitted scorecard' }).click();
  await expect(interview.scorecard.getByText('Revision 2, not submitted yet.')).toBeVisible();
  await expect(interview.rating('Communication').getByRole('radio', { name: 'Strong yes' })).toBeEnabled();
  await expect(interview.takeaways).toBeEditable();
  await interview.rate('Communication', 'Strong yes');
  await interview.takeaways.fill('Clear on trade-offs.');
  await interview.submitButton.click();
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();
  const revisions = await callApi(webHost, 'scorecards.revisions', { interviewId: seeded.interviewId });
  expect(revisions.items.map((item) => [item.revision, item.ratings])).toEqual([
    [2, expect.objectContaining({})],
    [1, expect.objectContaining({})],
  ]);
  expect(Object.values(revisions.items[0]!.ratings)).toContain('strong_yes');
  expect(Object.values(revisions.items[1]!.ratings)).toContain('no_decision');
  await context.close();
});

test('a kit set in the editor to require a note for each rating refuses a rating without one, and focuses its note', async ({
  page,
  webHost,
}) => {
  const seeded = await seedLiveInterview(webHost.url, 2);
  const kit = (await callApi(webHost, 'kits.list', {})).items.find(
    (item) => item.name === 'Engineering screen',
  )!;
  await page.goto(webHost.url);
  await page.goto(`${webHost.origin}/#/kits/${kit.id}`);
  const requireNotes = page.getByRole('checkbox', { name: 'Require a note for each rating' });
  await expect(requireNotes).not.toBeChecked();
  await requireNotes.check();
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i }).first()).toBeVisible();
  const interviewId = (
    await callApi(webHost, 'interviews.create', {
      candidateId: seeded.candidateId,
      title: 'Second round',
      kitId: kit.id,
    })
  ).id;

  await page.goto(`${webHost.origin}/#/interviews/${interviewId}`);
  const interview = new InterviewPage(page);
  await interview.rate('Problem solving', 'Strong yes');
  await interview.rate('Communication', 'No decision');
  await interview.rate('Overall recommendation', 'Yes');
  await interview.submitButton.click();
  const gaps = interview.scorecard.getByRole('alert');
  await expect(gaps).toContainText('Add a note on “Problem solving”.');
  await expect(gaps).not.toContainText('Communication');
  const note = interview.scorecard.getByRole('textbox', { name: 'Note on Problem solving (required)' });
  await expect(note).toBeFocused();
  await note.fill('Found the race in the cache in ten minutes.');
  await interview.submitButton.click();
  await expect(interview.scorecard.getByText('Submitted', { exact: true })).toBeVisible();
  const card = await callApi(webHost, 'scorecards.get', { interviewId });
  expect(Object.values(card.ratingNotes)).toEqual(['Found the race in the cache in ten minutes.']);
});
