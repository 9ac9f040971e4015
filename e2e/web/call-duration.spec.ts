import { callApi } from '../fixtures/callHelpers.ts';
import { startConnectedCall } from '../fixtures/startConnectedCall.ts';
import { useCallServers } from '../fixtures/useCallServers.ts';
import { expect, test } from '../fixtures/test.ts';
import { JoinPage } from '../pages/JoinPage.ts';

const servers = useCallServers('e2e-duration-key');

type SavedInterview = {
  startedAt: string | null;
  durationSeconds: number | null;
  callConnectedAt: string | null;
  callDurationSeconds: number | null;
};

const secondsOf = (shown: string) => {
  const [minutes, seconds] = shown.split(':').map(Number);
  return minutes! * 60 + seconds!;
};

test('an interview started well before its call shows the call’s connected time as its duration, not the interview’s', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // When each side first sees the call connected: the recruiter's call timer, the candidate's view of the recruiter.
  let recruiterConnected: Promise<number> | null = null;
  let candidateConnected: Promise<number> | null = null;
  const candidateContext = await browser.newContext();
  const call = await startConnectedCall(browser, servers.host, {
    contextForCandidate: candidateContext,
    beforeJoin: async ({ interviewId, recruiterPage, recruiter }) => {
      // The recruiter starts the interview, and the candidate is late: the call connects 8 s later.
      await callApi(servers.host.url, 'interviews.start', { id: interviewId });
      await recruiterPage.waitForTimeout(8_000);
      recruiterConnected = recruiter.timer.waitFor({ timeout: 60_000 }).then(() => Date.now());
      candidateConnected = candidateContext
        .waitForEvent('page')
        .then((page) => new JoinPage(page).remoteVideo.waitFor({ timeout: 60_000 }))
        .then(() => Date.now());
    },
  });
  expect(recruiterConnected && candidateConnected).not.toBeNull();
  const connectedAt = Math.max(await recruiterConnected!, await candidateConnected!);

  // The call goes on for a few seconds, then the recruiter ends it.
  await call.recruiterPage.waitForTimeout(4_000);
  const endedAt = Date.now();
  await call.recruiter.endButton.click();
  const connectedSeconds = (endedAt - connectedAt) / 1000;

  const summary = call.recruiterPage.getByText(/^Duration \d\d:\d\d, saved with the interview\.$/);
  await expect(summary).toBeVisible();
  const shown = secondsOf(/Duration (\d\d:\d\d)/.exec((await summary.textContent())!)![1]!);
  expect(
    Math.abs(shown - connectedSeconds),
    `shown ${shown} s, connected ${connectedSeconds} s`,
  ).toBeLessThanOrEqual(2);
  // The interview page says the same, and the interview itself ran longer (it started before the call).
  await expect(call.recruiterPage.getByText(/· Duration \d\d:\d\d/)).toContainText(
    `Duration ${/Duration (\d\d:\d\d)/.exec((await summary.textContent())!)![1]}`,
  );
  const saved = await callApi<SavedInterview>(servers.host.url, 'interviews.get', { id: call.interviewId });
  expect(saved.callDurationSeconds).toBe(shown);
  expect(saved.durationSeconds!).toBeGreaterThanOrEqual(shown + 8);
  expect(Date.parse(saved.callConnectedAt!) - Date.parse(saved.startedAt!)).toBeGreaterThanOrEqual(8_000);

  await call.first.context.close();
  await call.recruiterContext.close();
});
