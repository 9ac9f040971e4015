import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  callApi,
  callStats,
  enableCallTestHooks,
  expectRemoteVideoDecoding,
} from '../fixtures/callHelpers.ts';
import {
  startSignalingServerProcess,
  type SignalingServerProcess,
} from '../fixtures/startSignalingServerProcess.ts';
import { startWebHostProcess, type WebHostProcess } from '../fixtures/startWebHostProcess.ts';
import { expect, test } from '../fixtures/test.ts';
import { CallPanel } from '../pages/CallPanel.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const signalKey = 'e2e-recovery-key';
let signal: SignalingServerProcess;
let host: WebHostProcess;

test.beforeEach(async ({ dataDirectory }) => {
  signal = await startSignalingServerProcess({ key: signalKey });
  host = await startWebHostProcess(dataDirectory, 0, ['--signal-url', signal.url, '--signal-key', signalKey]);
});

test.afterEach(async () => {
  await host?.stop();
  await signal?.stop();
});

/** The renderer dies the way a crashed or killed tab does: no unload, no goodbye. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  // The protocol never answers a crash command; the page's "crash" event is the signal.
  void session.send('Page.crash').catch(() => {});
  await crashed;
}

async function startCall(browser: Browser) {
  await callApi(host.url, 'settings.update', { recruiterName: 'Rita Recruiter' });
  const candidateRecord = await callApi<{ id: string }>(host.url, 'candidates.create', {
    name: 'Cara Candidate',
  });
  const interview = await callApi<{ id: string }>(host.url, 'interviews.create', {
    candidateId: candidateRecord.id,
    title: 'Technical screen',
  });
  const recruiterContext = await browser.newContext();
  const recruiterPage = await recruiterContext.newPage();
  await enableCallTestHooks(recruiterPage);
  const recruiter = new CallPanel(recruiterPage);
  await recruiterPage.goto(host.url);
  await recruiterPage.goto(`${host.origin}/#/interviews/${interview.id}`);
  await recruiter.startButton.click();
  const inviteLink = await recruiter.inviteLink.inputValue();

  const joinAs = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await enableCallTestHooks(page);
    const candidate = new JoinPage(page);
    await page.goto(inviteLink);
    await candidate.join('Cara Candidate');
    await recruiter.admitButton('Cara Candidate').click();
    await expectRemoteVideoDecoding(page);
    return { context, page, candidate };
  };
  const first = await joinAs();
  await expectRemoteVideoDecoding(recruiterPage);
  return { recruiterContext, recruiterPage, recruiter, joinAs, first };
}

test('switching the microphone mid-call keeps the call, and a candidate whose tab crashed can be let back in', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { recruiterPage, recruiter, joinAs, first } = await startCall(browser);

  // Switch microphones during the call: the track is replaced, nothing renegotiates, media keeps flowing.
  await recruiterPage.getByText('Camera and microphone').click();
  await recruiter.microphone.selectOption({ label: 'Fake Audio Input 1' });
  await expect
    .poll(() =>
      recruiterPage.evaluate(
        `document.querySelector('video[aria-label="Your video"]').srcObject.getAudioTracks()[0]?.label`,
      ),
    )
    .toBe('Fake Audio Input 1');
  const audioBefore = (await callStats(first.page))?.inboundVideo?.framesDecoded ?? 0;
  await expect
    .poll(async () => (await callStats(first.page))?.inboundVideo?.framesDecoded ?? 0)
    .toBeGreaterThan(audioBefore + 10);
  expect(await recruiterPage.evaluate('window.__rapportCall.state()')).toBe('connected');
  await expect(recruiterPage.getByText('Connection lost. Reconnecting…')).toBeHidden();

  // The candidate's tab dies without a goodbye: the recruiter is told, and the call waits for them.
  const timerBefore = await recruiter.timer.textContent();
  await crash(first.context, first.page);
  await expect(recruiterPage.getByText('Connection lost. Reconnecting…')).toBeVisible({ timeout: 30_000 });

  // They open the link again and are let back in: same call, same clock.
  const second = await joinAs();
  await expectRemoteVideoDecoding(recruiterPage);
  await expect(recruiterPage.getByText('Connection lost. Reconnecting…')).toBeHidden();
  expect((await recruiter.timer.textContent())! >= timerBefore!).toBe(true);
  await second.candidate.say('Sorry, my browser crashed!');
  await expect(recruiter.chatLog).toContainText('Sorry, my browser crashed!');

  await recruiter.endButton.click();
  await expect(second.page.getByRole('heading', { name: 'The interview has ended' })).toBeVisible();
});

test('the candidate sees that the connection was lost when the recruiter’s side goes away', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { recruiterContext, recruiterPage, first } = await startCall(browser);
  await crash(recruiterContext, recruiterPage);
  await expect(
    first.page.getByRole('status').filter({ hasText: 'Connection lost. Reconnecting…' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(first.candidate.leaveButton).toBeVisible();
});
