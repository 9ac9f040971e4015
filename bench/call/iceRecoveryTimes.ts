import type { Browser } from '@playwright/test';
import { benchApi as api } from './benchApi.ts';
import { pollPage as poll } from './pollPage.ts';
import { windowNumber } from './windowNumber.ts';
import { autoAdmitScript } from './autoAdmitScript.ts';

/**
 * Armed before each forced failure: once the recruiter's video has gone (the call shows "Reconnecting…") and come
 * back, the time its first new frame is presented goes into `window.__benchRecoveredAt`.
 */
const watchRecoveryScript = `(() => {
  window.__benchRecoveredAt = 0;
  let gone = false;
  const check = () => {
    const video = document.querySelector('video[aria-label="Recruiter video"]');
    if (!video || !video.srcObject) gone = true;
    if (!gone || !video || !video.srcObject) return setTimeout(check, 2);
    video.requestVideoFrameCallback((now, metadata) => {
      window.__benchRecoveredAt = performance.timeOrigin + (metadata.presentationTime || now);
    });
  };
  check();
})()`;

/** Both sides' network fails at once (the call test hook); returns the candidate page's clock at that moment. */
const failBothScript = `(() => {
  const at = performance.timeOrigin + performance.now();
  window.__rapportCall.simulateNetworkFailure(0);
  return at;
})()`;

/**
 * One call through the product, then `count` forced ICE failures in a row: each is timed from the failure to the
 * first frame of the recruiter's video on the candidate's screen after the ICE restart.
 */
export async function iceRecoveryTimes(
  browser: Browser,
  hostUrl: string,
  candidateId: string,
  count: number,
  log: (message: string) => void,
): Promise<number[]> {
  const interview = await api<{ id: string }>(hostUrl, 'interviews.create', {
    candidateId,
    title: 'Bench ICE',
  });
  const recruiterContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  const times: number[] = [];
  try {
    const recruiter = await recruiterContext.newPage();
    const candidate = await candidateContext.newPage();
    for (const page of [recruiter, candidate])
      await page.addInitScript({ content: 'window.__rapportTestHooks = true;' });
    await recruiter.goto(hostUrl);
    await recruiter.goto(`${new URL(hostUrl).origin}/#/interviews/${interview.id}`);
    await recruiter.getByRole('button', { name: 'Start call' }).click();
    const invite = recruiter.getByRole('textbox', { name: 'Invite link' });
    await invite.waitFor();
    await candidate.goto(await invite.inputValue());
    await candidate.getByRole('textbox', { name: 'Your name' }).fill('Bench Candidate');
    await recruiter.evaluate(autoAdmitScript(0));
    await candidate.getByRole('button', { name: 'Join', exact: true }).click();
    const connected = `window.__rapportCall?.state() === 'connected'`;
    for (let index = 0; index < count; index += 1) {
      await poll(candidate, connected);
      await poll(recruiter, connected);
      // Settled: a second of media both ways since the last recovery.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await candidate.evaluate(watchRecoveryScript);
      const failedAt = (await candidate.evaluate(failBothScript)) as number;
      await recruiter.evaluate('window.__rapportCall.simulateNetworkFailure(0)');
      const recoveredAt = await windowNumber(candidate, '__benchRecoveredAt');
      times.push(recoveredAt - failedAt);
      log(`ICE failure ${index + 1}/${count}: frames again after ${(recoveredAt - failedAt).toFixed(0)} ms`);
    }
    await recruiter.getByRole('button', { name: 'End call' }).click();
    await candidate.getByRole('heading', { name: 'The interview has ended' }).waitFor();
  } finally {
    await recruiterContext.close();
    await candidateContext.close();
  }
  return times;
}
