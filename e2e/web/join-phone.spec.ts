import { devices, type BrowserContextOptions, type Page } from '@playwright/test';
import { enableCallTestHooks, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { controlBoxes } from '../fixtures/controlBoxes.ts';
import { expectAccessible } from '../fixtures/expectAccessible.ts';
import { expectTouchTargets } from '../fixtures/expectTouchTargets.ts';
import { openRecruiterCall } from '../fixtures/openRecruiterCall.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { expect, test } from '../fixtures/test.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const servers = useCallServers('e2e-phone-key');

const phones: Array<{ name: string; options: BrowserContextOptions }> = [
  { name: 'Pixel 7', options: devices['Pixel 7'] },
  {
    name: '320×568',
    options: { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  },
];

/** The element lies inside the visual viewport (what is on screen above the keyboard). */
async function insideVisualViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    const viewport = window.visualViewport;
    if (!element || !viewport) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= viewport.height && box.right <= viewport.width;
  }, selector);
}

for (const phone of phones) {
  test(`on a phone (${phone.name}): Join above the fold, controls that stay put, Leave asks first, chat above the keyboard`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const { inviteLink, recruiter, recruiterPage } = await openRecruiterCall(browser, servers.host);
    const context = await browser.newContext({ ...phone.options, bypassCSP: true });
    const page = await context.newPage();
    await enableCallTestHooks(page);
    const candidate = new JoinPage(page);
    await page.goto(inviteLink);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Join your interview with Rita Recruiter',
    );
    await expect(candidate.preview).toBeVisible();

    // Join is the first thing, on screen without scrolling; consent stays on the way to it.
    await expect(candidate.joinButton).toBeInViewport({ ratio: 1 });
    await expect(candidate.name).toBeInViewport({ ratio: 1 });
    await expect(candidate.consent).toContainText('will see and hear you');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Nothing makes the page wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      page.viewportSize()!.width,
    );
    await expectTouchTargets(page, 'the lobby');
    await expectAccessible(page, 'the lobby');

    await candidate.joinButton.tap();
    await expect(candidate.name).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'the lobby with a missing name');

    await candidate.name.fill('Cara Candidate');
    await candidate.joinButton.tap();
    await expect(candidate.waiting('Rita Recruiter')).toBeVisible();
    await expectTouchTargets(page, 'the waiting room');
    await expectAccessible(page, 'the waiting room');

    await recruiter.admitButton('Cara Candidate').click();
    await expectRemoteVideoDecoding(page);
    await expect(candidate.controls).toBeInViewport({ ratio: 1 });
    await expectTouchTargets(page, 'the call');
    await expectAccessible(page, 'the call');

    // Tapping each control moves no other control (the 320 px "Unmute" reflow that ended an interview).
    const before = await controlBoxes(page);
    expect(before.length).toBeGreaterThanOrEqual(4);
    for (const control of [candidate.muteButton, candidate.cameraOffButton, candidate.chatButton]) {
      await control.tap();
      expect(await controlBoxes(page)).toEqual(before);
    }
    // The self view moves out of the way, corner by corner, and the bar stays put.
    const selfBefore = (await candidate.preview.boundingBox())!;
    await page.getByRole('button', { name: 'Move self view' }).tap();
    const selfAfter = (await candidate.preview.boundingBox())!;
    expect(selfAfter.x).toBeLessThan(selfBefore.x);
    expect(await controlBoxes(page)).toEqual(before);
    await expect(candidate.unmuteButton).toBeVisible();
    await expect(recruiterPage.getByText('Candidate is muted')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Turn camera on' })).toBeVisible();

    // "Leave call" asks first; Cancel keeps the call.
    await candidate.leaveButton.tap();
    await expect(candidate.leaveDialog).toBeVisible();
    await expectAccessible(page, 'the leave dialog');
    await expectTouchTargets(page, 'the leave dialog');
    await candidate.leaveDialog.getByRole('button', { name: 'Cancel' }).tap();
    await expect(candidate.leaveDialog).toBeHidden();
    await expect(candidate.remoteVideo).toBeVisible();
    expect(await page.evaluate('window.__rapportCall.state()')).toBe('connected');
    expect(await controlBoxes(page)).toEqual(before);

    // The chat sheet (opened by the tap above) with the keyboard up: the viewport cut to 55% of its height.
    await expect(candidate.message).toBeVisible();
    await candidate.message.tap();
    await expect(candidate.message).toBeFocused();
    await expectTouchTargets(page, 'the chat sheet');
    await expectAccessible(page, 'the chat sheet');
    const full = page.viewportSize()!;
    await page.setViewportSize({ width: full.width, height: Math.round(full.height * 0.55) });
    await candidate.message.fill('Sorry, one second');
    await recruiter.say('No problem. Here is a longer reply so the log has to grow: take your time, really.');
    await recruiter.say('And a second line, for good measure.');
    await expect(candidate.chatLog).toContainText('And a second line, for good measure.');
    await expect(candidate.message).toBeFocused();
    expect(await insideVisualViewport(page, '.join-chat-sheet .chat-form .input')).toBe(true);
    expect(await insideVisualViewport(page, '.join-control-bar')).toBe(true);
    await candidate.sendButton.tap();
    await expect(recruiter.chatLog).toContainText('Sorry, one second');

    // Turned to landscape (844 × 390), the chat folded away: the recruiter's video takes the screen.
    await candidate.chatButton.tap();
    await page.setViewportSize({ width: 844, height: 390 });
    await expect(candidate.message).toBeHidden();
    const video = (await candidate.remoteVideo.boundingBox())!;
    expect((video.width * video.height) / (844 * 390)).toBeGreaterThanOrEqual(0.6);
    await expect(candidate.controls).toBeInViewport({ ratio: 1 });

    // A message while the chat is folded shows as a badge on Chat.
    await recruiter.say('Are you still there?');
    await expect(candidate.chatButton).toHaveAccessibleName('Chat 1 unread');
    await candidate.chatButton.tap();
    await expect(candidate.chatButton).toHaveAccessibleName('Chat');

    await candidate.leaveButton.tap();
    await candidate.leaveDialog.getByRole('button', { name: 'Leave', exact: true }).tap();
    await expect(page.getByRole('heading', { name: 'You left the call' })).toBeVisible();
    await expectAccessible(page, 'after leaving');
    await expectTouchTargets(page, 'after leaving');
    await context.close();
  });
}

test('a candidate whose camera and microphone are blocked joins with neither, and the recruiter is told', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const { inviteLink, recruiter, recruiterPage } = await openRecruiterCall(browser, servers.host);
  // Without --use-fake-ui-for-media-stream Chromium answers getUserMedia as a person who said no (NotAllowedError).
  const launchOptions = test.info().project.use.launchOptions ?? {};
  const denying = await playwright.chromium.launch({
    ...launchOptions,
    args: (launchOptions.args ?? []).filter((flag) => flag !== '--use-fake-ui-for-media-stream'),
  });
  try {
    const context = await denying.newContext({ ...devices['Pixel 7'], bypassCSP: true });
    const page = await context.newPage();
    await enableCallTestHooks(page);
    const candidate = new JoinPage(page);
    await page.goto(inviteLink);

    // The preview says what happened, the help names Android's own settings, and no device control is offered.
    await expect(candidate.alert).toContainText('Camera and microphone are blocked');
    await expect(candidate.alert).toContainText('Permissions');
    await expect(candidate.alert).not.toContainText('the camera icon');
    await expect(candidate.alert).toContainText('You can still join');
    await expect(page.getByText('Your camera is blocked')).toBeVisible();
    await expect(page.getByText('Starting your camera…')).toBeHidden();
    await expect(candidate.muteButton).toHaveCount(0);
    await expect(candidate.cameraOffButton).toHaveCount(0);
    await expect(candidate.joinButton).toBeInViewport({ ratio: 1 });
    await expectTouchTargets(page, 'the blocked lobby');
    await expectAccessible(page, 'the blocked lobby');

    await candidate.name.fill('Cara Candidate');
    await candidate.joinButton.tap();
    await recruiter.admitButton('Cara Candidate').click();
    // In the call: the recruiter's video plays, the candidate has no mute or camera button, and chat works.
    await expectRemoteVideoDecoding(page);
    await expect(candidate.controls).toBeVisible();
    await expect(candidate.muteButton).toHaveCount(0);
    await expect(candidate.cameraOffButton).toHaveCount(0);
    await expect(recruiterPage.getByText('The candidate’s camera is blocked')).toBeVisible();
    await expect(recruiterPage.getByText('The candidate’s microphone is blocked')).toBeVisible();
    await expectAccessible(page, 'the call with nothing allowed');

    await candidate.chatButton.tap();
    await candidate.say('My camera is blocked, can we chat?');
    await expect(recruiter.chatLog).toContainText('My camera is blocked, can we chat?');
    await context.close();
  } finally {
    await denying.close();
  }
});

test('dead links, a call the recruiter ended, and a room closed under the candidate are accessible too', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ ...devices['Pixel 7'], bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${servers.signal.url}/join/no-such-room#token=abc`);
  await expect(page.getByRole('heading', { name: 'This interview link is not valid' })).toBeVisible();
  await expectAccessible(page, 'an unknown link');
  await page.goto(`${servers.signal.url}/join/no-such-room`);
  await expect(page.getByRole('heading', { name: 'This interview link is incomplete' })).toBeVisible();
  await expectAccessible(page, 'an incomplete link');

  // While the room is being looked up, and when the server cannot be reached at all.
  let answerRoomInfo: () => void = () => {};
  await page.route('**/api/rooms/*/info', async (route) => {
    await new Promise<void>((resolve) => (answerRoomInfo = resolve));
    await route.abort();
  });
  await page.goto(`${servers.signal.url}/join/some-room#token=abc`);
  await expect(page.getByRole('status')).toHaveText('Loading your interview…');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join your interview');
  await expectAccessible(page, 'the room being looked up');
  answerRoomInfo();
  await expect(page.getByRole('heading', { name: 'Could not reach the interview server' })).toBeVisible();
  await expectAccessible(page, 'an unreachable server');
  await expectTouchTargets(page, 'an unreachable server');
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  const { first, recruiter } = await startConnectedCall(browser, servers.host, {
    contextForCandidate: context,
  });
  await page.close();
  const candidatePage = first.page;
  await recruiter.endButton.click();
  await expect(candidatePage.getByRole('heading', { name: 'The interview has ended' })).toBeVisible();
  await expectAccessible(candidatePage, 'a call the recruiter ended');
  await expectTouchTargets(candidatePage, 'a call the recruiter ended');

  await candidatePage.reload();
  await expect(candidatePage.getByRole('heading', { name: 'This interview has ended' })).toBeVisible();
  await expectAccessible(candidatePage, 'a closed room');
  await context.close();
});

test('the chat survives "Join again" within the same call', async ({ browser }) => {
  test.setTimeout(90_000);
  const call = await startConnectedCall(browser, servers.host);
  const { candidate, page } = call.first;
  await candidate.say('Hello from before');
  await call.recruiter.say('Welcome, Cara');
  await expect(candidate.chatLog).toContainText('Welcome, Cara');

  await candidate.leave();
  await page.getByRole('button', { name: 'Join again' }).click();
  await expect(candidate.joinButton).toBeVisible();
  await candidate.join('Cara Candidate');
  await call.recruiter.admitButton('Cara Candidate').click();
  await expectRemoteVideoDecoding(page);
  await expect(candidate.chatLog).toContainText('Hello from before');
  await expect(candidate.chatLog).toContainText('Welcome, Cara');
  await candidate.say('Back again');
  await expect(call.recruiter.chatLog).toContainText('Back again');
});
