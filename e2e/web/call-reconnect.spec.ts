import type { Page } from '@playwright/test';
import { callApi, callStats, expectRemoteVideoDecoding } from '../fixtures/callHelpers.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { startSignalingServerProcess } from '../fixtures/startSignalingServerProcess.ts';
import { expect, test } from '../fixtures/test.ts';

const servers = useCallServers('e2e-reconnect-key');

/** Both sides' network dies for `holdMilliseconds` (the test hook: senders stop, ICE reports failed). */
async function failNetwork(pages: Page[], holdMilliseconds: number): Promise<void> {
  await Promise.all(
    pages.map((page) => page.evaluate(`window.__rapportCall.simulateNetworkFailure(${holdMilliseconds})`)),
  );
}

const reconnecting = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Connection lost. Reconnecting…' });

test('an ICE failure: both sides show reconnecting, ICE restarts on the same connection, and frames decode again', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { interviewId, recruiterPage, recruiter, first } = await startConnectedCall(browser, servers.host);
  const candidatePage = first.page;
  const callTimes = () =>
    callApi<{ callConnectedAt: string | null; callDurationSeconds: number | null }>(
      servers.host.url,
      'interviews.get',
      { id: interviewId },
    );
  await expect.poll(async () => (await callTimes()).callConnectedAt).not.toBeNull();
  const connectedAt = (await callTimes()).callConnectedAt;
  await recruiter.notes.click();
  await recruiterPage.keyboard.type('Notes taken before the network dropped.');
  await candidatePage.getByText('Connection: ').first().waitFor();

  await failNetwork([recruiterPage, candidatePage], 2500);
  await expect(reconnecting(recruiterPage)).toBeVisible();
  await expect(reconnecting(candidatePage)).toBeVisible();
  await expect(recruiterPage.getByLabel('Candidate video').locator('..')).toContainText('Reconnecting…');

  await expect(reconnecting(recruiterPage)).toBeHidden({ timeout: 15_000 });
  await expect(reconnecting(candidatePage)).toBeHidden({ timeout: 15_000 });
  expect(await recruiterPage.evaluate('window.__rapportCall.state()')).toBe('connected');
  expect(await candidatePage.evaluate('window.__rapportCall.state()')).toBe('connected');
  await expectRemoteVideoDecoding(candidatePage);
  await expectRemoteVideoDecoding(recruiterPage);

  // The same connection came back: chat, the clock and the notes carry on.
  await first.candidate.say('Back again!');
  await expect(recruiter.chatLog).toContainText('Back again!');
  await expect(recruiter.timer).toHaveText(/^\d\d:\d\d$/);
  await expect(recruiter.notes).toContainText('Notes taken before the network dropped.');

  await recruiter.endButton.click();
  await expect(candidatePage.getByRole('heading', { name: 'The interview has ended' })).toBeVisible();
  // The reconnection was the same call: its connected time still runs from the first connection.
  await expect.poll(async () => (await callTimes()).callDurationSeconds).not.toBeNull();
  expect((await callTimes()).callConnectedAt).toBe(connectedAt);
});

test('the signalling server is killed and restarted mid-call: the call stays up, and a later failure still recovers', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { recruiterPage, recruiter, first } = await startConnectedCall(browser, servers.host);
  const candidatePage = first.page;
  const port = Number(new URL(servers.signal.url).port);

  servers.signal.process.kill('SIGKILL');
  await servers.signal.stop();
  // Media and chat are peer to peer: nothing drops while the server is gone.
  const before = (await callStats(candidatePage))?.inboundVideo?.framesDecoded ?? 0;
  await expect
    .poll(async () => (await callStats(candidatePage))?.inboundVideo?.framesDecoded ?? 0)
    .toBeGreaterThan(before + 10);
  await first.candidate.say('Is the server down?');
  await expect(recruiter.chatLog).toContainText('Is the server down?');
  await expect(reconnecting(recruiterPage)).toBeHidden();

  // Back on the same port, with every room forgotten: the clients' rejoin gets unknown_room; the call goes on.
  servers.signal = await startSignalingServerProcess({ key: servers.key, port });
  await recruiterPage.waitForTimeout(3000);
  expect(await recruiterPage.evaluate('window.__rapportCall.state()')).toBe('connected');
  expect(await candidatePage.evaluate('window.__rapportCall.state()')).toBe('connected');

  // A later network failure still recovers: the ICE restart is negotiated over the data channel.
  await failNetwork([recruiterPage, candidatePage], 1500);
  await expect(reconnecting(candidatePage)).toBeVisible();
  await expect(reconnecting(recruiterPage)).toBeHidden({ timeout: 15_000 });
  await expect(reconnecting(candidatePage)).toBeHidden({ timeout: 15_000 });
  await expectRemoteVideoDecoding(candidatePage);
  await expectRemoteVideoDecoding(recruiterPage);
  await recruiter.say('Still here.');
  await expect(first.candidate.chatLog).toContainText('Still here.');
});
