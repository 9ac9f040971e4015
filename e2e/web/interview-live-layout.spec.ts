import { enableCallTestHooks, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { documentScroll } from '../fixtures/documentScroll.ts';
import { expectInViewport } from '../fixtures/expectInViewport.ts';
import { expectNoSeriousAxeViolations } from '../fixtures/expectNoSeriousAxeViolations.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { expect, test } from '../fixtures/test.ts';
import { CallPanel } from '../pages/CallPanel.ts';
import { InterviewPage } from '../pages/InterviewPage.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const servers = useCallServers('e2e-live-layout-key');

test('at 1280×720 a live call keeps video, Mute and End call in view while the notes scroll on their own, and the scorecard is a keystroke away', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedLiveInterview(servers.host.url);
  const recruiterContext = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    bypassCSP: true,
  });
  const page = await recruiterContext.newPage();
  await enableCallTestHooks(page);
  const recruiter = new CallPanel(page);
  const interview = new InterviewPage(page);
  await page.goto(servers.host.url);
  await page.goto(`${servers.host.origin}/#/interviews/${seeded.interviewId}`);
  await expect(interview.editor).toContainText('The last line written before the call.');

  // Planned: "Start call" is the one main action; the rest waits in a menu.
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'More actions' })).toBeVisible();
  await recruiter.startButton.click();
  const inviteLink = await recruiter.inviteLink.inputValue();

  // The candidate knocks; in the lobby "Admit" is in view without scrolling.
  const candidateContext = await browser.newContext();
  const candidatePage = await candidateContext.newPage();
  await enableCallTestHooks(candidatePage);
  const candidate = new JoinPage(candidatePage);
  await candidatePage.goto(inviteLink);
  await candidate.join('Cara Candidate');
  await expect(recruiter.admitButton('Cara Candidate')).toBeVisible();
  await expectInViewport(page, recruiter.admitButton('Cara Candidate'), 'Admit in the lobby');
  await recruiter.admitButton('Cara Candidate').click();
  await expectRemoteVideoDecoding(page);
  await expect(recruiter.timer).toHaveAccessibleName(/^Call time \d\d:\d\d$/);
  // The two clocks differ: the call's stopwatch and the time of day are named and styled apart.
  const clock = page.getByRole('img', { name: /^Time of day / });
  await expect(clock).toHaveAccessibleName(/^Time of day \d{1,2}:\d\d( [AP]M)?$/);
  expect(await clock.evaluate((element) => getComputedStyle(element).borderStyle)).toBe('dashed');
  expect(await recruiter.timer.evaluate((element) => getComputedStyle(element).borderStyle)).not.toBe(
    'dashed',
  );

  // In the call nothing competes with the call bar: no export or revisions buttons in sight.
  await expect(page.getByRole('button', { name: 'Start call' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Revisions' })).toBeHidden();

  // Scroll the notes to the very end and type there.
  const lastLine = interview.editor.getByText('The last line written before the call.');
  await page.locator('.note-editor-frame').hover();
  await page.mouse.wheel(0, 20_000);
  // The wheel scrolls asynchronously; wait until the end of the notes has come into view.
  await expect
    .poll(async () => (await lastLine.boundingBox())?.y ?? Number.POSITIVE_INFINITY)
    .toBeLessThan(page.viewportSize()!.height);
  await expectInViewport(page, lastLine, 'the last line after scrolling the notes');
  await lastLine.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Typed at the end during the call.');
  await expect(interview.editor).toContainText('Typed at the end during the call.');
  const frameScrolled = (await page.evaluate(
    `document.querySelector('.note-editor-frame').scrollTop`,
  )) as number;
  expect(frameScrolled, 'the notes pane scrolled inside itself').toBeGreaterThan(500);
  await interview.waitUntilSaved();

  // The document never scrolls, and the call's essentials are all inside the window.
  expect(await documentScroll(page)).toEqual({ overflow: 0, scrolled: 0 });
  await expectInViewport(page, recruiter.remoteVideo, 'Candidate video');
  await expectInViewport(page, recruiter.muteButton, 'Mute');
  await expectInViewport(page, recruiter.endButton, 'End call');
  await expectInViewport(page, page.getByText('Typed at the end during the call.'), 'the line just typed');
  // The toolbar keeps one row; what has no room there is under "More formatting".
  const barRows = (await page.locator('.call-bar').boundingBox())!.height;
  expect(barRows, 'the call bar takes two rows at most').toBeLessThan(
    3 * (await recruiter.muteButton.boundingBox())!.height,
  );
  const toolbarHeight = (await interview.toolbar.boundingBox())!.height;
  const buttonHeight = (await interview.toolbarButton('Bold').boundingBox())!.height;
  expect(toolbarHeight, 'the editor toolbar keeps one row').toBeLessThan(buttonHeight * 2);
  await expect(interview.toolbarButton('Quote')).toBeHidden();
  await interview.toolbar.getByRole('button', { name: 'More formatting' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Quote' }).click();
  await expect(interview.editor.locator('blockquote')).toContainText('Typed at the end during the call.');
  // Nothing in the toolbar is cut off ("Follow up on this" was): every button shown ends inside it.
  const toolbarRight = await interview.toolbar.evaluate((element) => element.getBoundingClientRect().right);
  for (const button of await interview.toolbar.getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const right = await button.evaluate((element) => element.getBoundingClientRect().right);
    expect(right, `${await button.textContent()} inside the toolbar`).toBeLessThanOrEqual(toolbarRight);
  }
  await page.screenshot({ path: test.info().outputPath('live-toolbar-1280x720.png') });
  // "Follow up on this" waits in the same menu, under the same name, and acts on the selected passage.
  await expect(interview.toolbar.getByRole('button', { name: 'Follow up on this' })).toBeHidden();
  await interview.editor.getByText('Typed at the end during the call.').selectText();
  await interview.toolbar.getByRole('button', { name: 'More formatting' }).click();
  await page.getByRole('menuitem', { name: 'Follow up on this' }).click();
  const followUp = page.getByRole('dialog', { name: 'Follow up with Cara Candidate' });
  await expect(followUp).toBeVisible();
  await expect(followUp).toContainText('Typed at the end during the call.');
  await page.keyboard.press('Escape');
  await expect(followUp).toBeHidden();
  // Back to the caret at the end of that line, as before the follow-up.
  await interview.editor.getByText('Typed at the end during the call.').click();
  await page.keyboard.press('End');

  // The scorecard, from the keyboard: Alt+S shows it and focuses the first rating; Space sets it.
  await page.keyboard.press('Alt+S');
  await expect(interview.scorecard).toBeVisible();
  await expect(page.getByRole('tab', { name: /Scorecard/ })).toHaveAttribute('aria-selected', 'true');
  await expect(interview.rating('Problem solving').getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(
    interview.rating('Problem solving').getByRole('radio', { name: 'No', exact: true }),
  ).toBeChecked();
  await expectInViewport(page, recruiter.endButton, 'End call with the scorecard open');
  expect(await documentScroll(page)).toEqual({ overflow: 0, scrolled: 0 });
  await interview.waitUntilSaved();

  // Alt+N goes back to the notes, with the caret where it was.
  await page.keyboard.press('Alt+N');
  await expect(interview.editor).toBeFocused();
  await page.keyboard.type(' And more.');
  await expect(interview.editor).toContainText('Typed at the end during the call. And more.');

  // The chat is a drawer: it opens when the candidate writes and never pushes the call bar away.
  await candidate.say('Can you see my screen?');
  await expect(recruiter.chatLog).toContainText('Can you see my screen?');
  await expectInViewport(page, recruiter.message, 'the chat message box');
  await expectInViewport(page, recruiter.endButton, 'End call with the chat open');
  expect(await documentScroll(page)).toEqual({ overflow: 0, scrolled: 0 });

  // The split stays keyboard-resizable and is remembered after a reload.
  await recruiter.separator.focus();
  const before = Number(await recruiter.separator.getAttribute('aria-valuenow'));
  await page.keyboard.press('ArrowLeft');
  await expect(recruiter.separator).toHaveAttribute('aria-valuenow', String(before - 5));
  expect(await page.evaluate(`localStorage.getItem('rapport.callSplit')`)).toBe(String(before - 5));

  await expectNoSeriousAxeViolations(page, 'the live interview with the chat open');
  await page.screenshot({ path: test.info().outputPath('live-1280x720.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await documentScroll(page)).toEqual({ overflow: 0, scrolled: 0 });
  await expectInViewport(page, recruiter.endButton, 'End call at 1440×900');
  await page.screenshot({ path: test.info().outputPath('live-1440x900.png') });

  const rated = (await page.evaluate(
    `fetch('/api/scorecards.get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ interviewId: '${seeded.interviewId}' }) }).then((response) => response.json())`,
  )) as { ok: boolean; value: { ratings: Record<string, string> } };
  expect(Object.values(rated.value.ratings)).toEqual(['no']);

  await recruiter.endButton.click();
  await expect(page.getByRole('heading', { name: 'Call ended' })).toBeVisible();
  await candidateContext.close();
  await recruiterContext.close();
});
