import { callApi } from '../fixtures/callApi.ts';
import { expectNoSeriousAxeViolations } from '../fixtures/expectNoSeriousAxeViolations.ts';
import { expect, test } from '../fixtures/test.ts';

test('Today, the feedback editor and Settings → Profile have no serious accessibility violations, and work from the keyboard', async ({
  browser,
  webHost,
}) => {
  // axe is injected as an inline script, which the app's CSP rightly refuses unless bypassed for the test.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const candidate = await callApi(webHost, 'candidates.create', {
      name: 'Ada Lovelace',
      stageId: 'interviewing',
    });
    // The overdue follow-up is another candidate's: one row per candidate, and Ada's must be her interview's.
    const other = await callApi(webHost, 'candidates.create', {
      name: 'Grace Hopper',
      stageId: 'interviewing',
    });
    await callApi(webHost, 'followUps.create', {
      candidateId: other.id,
      title: 'Send the take-home',
      dueOn: '2026-01-05',
    });
    const interview = await callApi(webHost, 'interviews.create', {
      candidateId: candidate.id,
      title: 'Screen',
    });
    await callApi(webHost, 'interviews.start', { id: interview.id });
    await callApi(webHost, 'interviews.end', { id: interview.id });
    await callApi(webHost, 'scorecards.save', { interviewId: interview.id, recommendation: 'yes' });
    await callApi(webHost, 'scorecards.submit', { interviewId: interview.id });
    const scan = (where: string) => expectNoSeriousAxeViolations(page, where);

    await page.goto(webHost.url);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Your profile' })).toBeVisible();
    await scan('Today with the first-run profile');
    // From the keyboard: skip the first run, then reach Write feedback and open it with Enter.
    await page.getByRole('button', { name: 'Skip for now' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: 'Your profile' })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByText('1 overdue follow-up'),
    ).toBeAttached();
    await page.getByRole('button', { name: 'Write feedback to Ada Lovelace' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Feedback to Ada Lovelace', level: 1 })).toBeVisible();
    await scan('the feedback editor');

    await page.goto(`${webHost.origin}/#/settings/profile`);
    await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
    await scan('Settings → Profile');
    await page.goto(`${webHost.origin}/#/candidates/${candidate.id}`);
    await expect(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 })).toBeVisible();
    await scan('the profile with its next step');
    await page.getByRole('main').getByRole('button', { name: 'Schedule interview' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await scan('the schedule dialog');
  } finally {
    await context.close();
  }
});
