import type { BrowserContext, Page } from '@playwright/test';
import { callStats, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { expect, test } from '../fixtures/test.ts';

const servers = useCallServers('e2e-recovery-key');

/** The renderer dies the way a crashed or killed tab does: no unload, no goodbye. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  // The protocol never answers a crash command; the page's "crash" event is the signal.
  void session.send('Page.crash').catch(() => {});
  await crashed;
}

test('switching the microphone mid-call keeps the call, and a candidate whose tab crashed can be let back in', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { recruiterPage, recruiter, joinAs, first } = await startConnectedCall(browser, servers.host);

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
  const { recruiterContext, recruiterPage, first } = await startConnectedCall(browser, servers.host);
  await crash(recruiterContext, recruiterPage);
  await expect(
    first.page.getByRole('status').filter({ hasText: 'Connection lost. Reconnecting…' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(first.candidate.leaveButton).toBeVisible();
});
