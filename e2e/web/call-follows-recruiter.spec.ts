import type { Browser } from '@playwright/test';
import { enableCallTestHooks, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { expectNoSeriousAxeViolations } from '../fixtures/expectNoSeriousAxeViolations.ts';
import { seedLiveInterview } from '../fixtures/seedLiveInterview.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { expect, test } from '../fixtures/test.ts';
import { CallPanel } from '../pages/CallPanel.ts';
import { CandidatesPage } from '../pages/CandidatesPage.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const servers = useCallServers('e2e-follows-key');

async function candidateKnocks(browser: Browser, inviteLink: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await enableCallTestHooks(page);
  const candidate = new JoinPage(page);
  await page.goto(inviteLink);
  await candidate.join('Cara Candidate');
  return { context, page, candidate };
}

test('a candidate knocks while the recruiter is on the candidate list: Admit there connects the call, and Deny turns a second knock away', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const seeded = await seedLiveInterview(servers.host.url, 3);
  const recruiterContext = await browser.newContext({ bypassCSP: true });
  const page = await recruiterContext.newPage();
  await enableCallTestHooks(page);
  const recruiter = new CallPanel(page);
  await page.goto(servers.host.url);
  await page.goto(`${servers.host.origin}/#/interviews/${seeded.interviewId}`);
  await recruiter.startButton.click();
  const inviteLink = await recruiter.inviteLink.inputValue();

  // The recruiter goes back to the list; the open lobby goes with them.
  const list = new CandidatesPage(page);
  await list.candidatesLink.click();
  await expect(list.heading).toBeVisible();
  const miniCall = page.getByRole('complementary', { name: 'Call in progress' });
  await expect(miniCall).toContainText('Call lobby: waiting for Cara Candidate');

  const first = await candidateKnocks(browser, inviteLink);
  const banner = page.getByRole('region', { name: 'Waiting to join' });
  await expect(banner.getByRole('alert')).toHaveText('Cara Candidate is waiting to join your call.');
  await expect(banner.getByRole('button', { name: 'Deny' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'the candidate list with a knock and the mini call');
  await banner.getByRole('button', { name: 'Admit Cara Candidate' }).click();

  // The call connects with the recruiter still on the list: video both ways, in the mini call here.
  await expectRemoteVideoDecoding(first.page);
  await expectRemoteVideoDecoding(page);
  await expect(list.heading).toBeVisible();
  await expect(banner).toBeHidden();
  await expect(miniCall.getByLabel('Candidate video')).toBeVisible();
  await expect(miniCall.getByRole('timer')).toHaveAccessibleName(/^Call time \d\d:\d\d$/);

  // A second tab knocks mid-call; Deny from the list turns it away and the call goes on.
  const second = await candidateKnocks(browser, inviteLink);
  await expect(banner.getByRole('button', { name: 'Admit Cara Candidate' })).toBeVisible();
  await banner.getByRole('button', { name: 'Deny' }).click();
  await expect(second.page.getByText('You were not let in')).toBeVisible();
  await expect(banner).toBeHidden();
  expect(await page.evaluate('window.__rapportCall.state()')).toBe('connected');

  await page.screenshot({ path: test.info().outputPath('mini-call-on-list.png') });
  await miniCall.getByRole('button', { name: 'End call' }).click();
  await expect(first.page.getByRole('heading', { name: 'The interview has ended' })).toBeVisible();
  await expect(miniCall).toContainText('Call ended');
  await first.context.close();
  await second.context.close();
  await recruiterContext.close();
});

test('during a call the recruiter opens the candidate’s profile: the mini call keeps decoding video, mutes, and "Back to interview" returns', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const call = await startConnectedCall(browser, servers.host);
  const page = call.recruiterPage;

  await page.getByRole('link', { name: 'Cara Candidate' }).first().click();
  await expect(page.getByRole('heading', { name: 'Cara Candidate', level: 1 })).toBeVisible();
  const miniCall = page.getByRole('complementary', { name: 'Call in progress' });
  const video = miniCall.getByLabel('Candidate video');
  await expect(video).toBeVisible();
  // The connection keeps decoding, and the mini call's own <video> keeps playing new frames.
  await expectRemoteVideoDecoding(page);
  const framesShown = () =>
    page.evaluate(
      `document.querySelector('.mini-call video').getVideoPlaybackQuality().totalVideoFrames`,
    ) as Promise<number>;
  const shownBefore = await framesShown();
  await expect
    .poll(framesShown, { message: 'the mini call plays new frames' })
    .toBeGreaterThan(shownBefore + 5);

  // Mute from the mini call reaches the candidate.
  await miniCall.getByRole('button', { name: 'Mute', exact: true }).click();
  await expect(call.first.page.getByText('Recruiter is muted')).toBeVisible();
  await expect(miniCall.getByRole('button', { name: 'Unmute' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('mini-call-on-profile.png') });

  await miniCall.getByRole('link', { name: 'Back to interview' }).click();
  await expect(page.getByRole('heading', { name: 'Technical screen', level: 1 })).toBeVisible();
  await expect(miniCall).toBeHidden();
  await expect(call.recruiter.remoteVideo).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unmute' })).toBeVisible();
  await expectRemoteVideoDecoding(page);
  await call.recruiter.endButton.click();
  await expect(page.getByRole('heading', { name: 'Call ended' })).toBeVisible();
});
