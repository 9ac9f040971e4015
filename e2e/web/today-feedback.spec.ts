import { callApi } from '../fixtures/callApi.ts';
import { expect, test } from '../fixtures/test.ts';

const strength = 'Explained the trade-offs of sharding the orders table clearly';
const weakness = 'Could not say how the queue recovers after a crash';
const privateNote = 'Mentioned a competing offer from Initech';

test('a candidate waits after a scored interview; the feedback holds the evidence, not the ratings or the private note; sending it ends the wait', async ({
  page,
  webHost,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await callApi(webHost, 'profile.update', { name: 'Rita Recruiter', company: 'Acme Robotics' });
  const candidate = await callApi(webHost, 'candidates.create', {
    name: 'Bea Bishop',
    email: 'bea@example.com',
  });
  const kit = (await callApi(webHost, 'kits.list', {})).items.find(
    (item) => item.name === 'Technical interview',
  )!;
  const attributes = kit.definition.attributeCategories.flatMap((category) => category.attributes);
  const [first, second] = attributes;
  const interview = await callApi(webHost, 'interviews.create', {
    candidateId: candidate.id,
    title: 'Technical interview',
    kitId: kit.id,
  });
  await callApi(webHost, 'interviews.start', { id: interview.id });
  const tagged = (text: string, attributeId: string) => ({
    type: 'paragraph',
    content: [{ type: 'text', text, marks: [{ type: 'evidence', attrs: { attributeId } }] }],
  });
  await callApi(webHost, 'notes.save', {
    id: interview.noteId,
    document: { type: 'doc', content: [tagged(strength, first!.id), tagged(weakness, second!.id)] },
    sequence: 1,
  });
  await callApi(webHost, 'interviews.end', { id: interview.id });
  await callApi(webHost, 'scorecards.save', {
    interviewId: interview.id,
    sequence: 1,
    // A card is submitted only when complete: the attributes not asked about are "No decision".
    ratings: {
      ...Object.fromEntries(attributes.map((attribute) => [attribute.id, 'no_decision' as const])),
      [first!.id]: 'strong_yes',
      [second!.id]: 'strong_no',
    },
    recommendation: 'strong_no',
    takeaways: 'Strong on design, weak on failure handling.',
    privateNote,
  });
  await callApi(webHost, 'scorecards.submit', { interviewId: interview.id });

  // 1. Done and scored, with no answer yet: Bea is waiting on the recruiter.
  await page.goto(webHost.url);
  const waiting = page.getByRole('list', { name: /Waiting on you/ });
  const row = waiting.getByRole('listitem').filter({ hasText: 'Bea Bishop' });
  await expect(row).toContainText('Interview “Technical interview” ended; no answer sent yet');
  await expect(row).toContainText('Due in 3 working days');

  // 2. Write feedback from the scorecard: evidence in, rating words and the private note out.
  await row.getByRole('button', { name: 'Write feedback to Bea Bishop' }).click();
  await expect(page.getByRole('heading', { name: 'Feedback to Bea Bishop', level: 1 })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Feedback' });
  await expect(editor).toContainText(strength);
  await expect(editor).toContainText(weakness);
  await expect(editor).toContainText('we will not be moving forward');
  for (const word of ['Strong no', 'Strong yes', 'No decision', privateNote, 'Initech']) {
    await expect(editor).not.toContainText(word, { ignoreCase: true });
  }
  await expect(page.getByRole('radio', { name: 'Decline' })).toBeChecked();
  await expect(page.getByText(/It names what you saw/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/feedback-1440.png', fullPage: true });

  // A stock phrase gets a nudge, and taking it out again clears it.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' We went with a number of candidates who were a closer match.');
  const nudges = page.getByRole('region', { name: 'Is it honest and specific?' });
  await expect(nudges).toContainText(
    '“a number of candidates who were a closer match” says nothing about this candidate',
  );
  for (
    let index = 0;
    index < ' We went with a number of candidates who were a closer match.'.length;
    index += 1
  ) {
    await page.keyboard.press('Backspace');
  }
  await expect(nudges).toContainText('It names what you saw');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // 3. Mark it sent: off the list, and "Feedback sent" on the timeline.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('“Feedback sent” is on Bea Bishop’s timeline')).toBeVisible();
  const stored = await callApi(webHost, 'feedback.open', {
    candidateId: candidate.id,
    interviewId: interview.id,
  });
  expect(stored.sentAt).not.toBeNull();
  expect(stored.text).not.toMatch(/strong no|strong yes|initech/i);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByText('Nobody is waiting on you. Every candidate has heard back.')).toBeVisible();
  await expect(page.getByRole('list', { name: /Waiting on you/ })).toHaveCount(0);
  await page.goto(`${webHost.origin}/#/candidates/${candidate.id}`);
  await expect(
    page.getByRole('list', { name: 'Timeline' }).getByRole('link', { name: 'Feedback sent' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/profile-1440.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/profile-1280.png' });
});

test('a rejection offers the reasons list and Undo, and the rejected profile leads with Write feedback', async ({
  page,
  webHost,
}) => {
  const candidate = await callApi(webHost, 'candidates.create', { name: 'Cy Young', stageId: 'screening' });
  await page.goto(`${webHost.url}#/candidates/${candidate.id}`);
  await expect(page.getByRole('main').getByRole('button', { name: 'Schedule interview' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Rejected' });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'The role needs more experience than we saw' }).check();
  await dialog.getByRole('button', { name: 'Move to Rejected' }).click();
  await expect(page.getByRole('status')).toHaveText('Cy Young moved to Rejected.');
  // The rejected profile's main action is the answer, not another interview.
  const header = page.getByRole('main').locator('.page-header');
  await expect(header.getByRole('button', { name: 'Write feedback' })).toHaveClass(/button-primary/);
  await expect(header.getByRole('button', { name: 'Schedule interview' })).toHaveCount(0);

  // Undo from the toast puts them back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toHaveText('Cy Young is back in their previous stage.');
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('screening');
  expect((await callApi(webHost, 'candidates.get', { id: candidate.id })).stageId).toBe('screening');

  // Rejected again, then the feedback drafted with no interview uses the picked reason.
  await page.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Rejected' });
  await dialog.getByRole('checkbox', { name: 'The role needs more experience than we saw' }).check();
  await dialog.getByRole('button', { name: 'Move to Rejected' }).click();
  await expect(page.getByRole('status')).toHaveText('Cy Young moved to Rejected.');
  await header.getByRole('button', { name: 'Write feedback' }).click();
  const editor = page.getByRole('textbox', { name: 'Feedback' });
  await expect(editor).toContainText('What decided it: the role needs more experience than we saw.');
  await expect(page.getByRole('region', { name: 'Is it honest and specific?' })).toContainText('placeholder');
});
