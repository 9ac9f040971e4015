import type { Browser } from '@playwright/test';
import { benchApi as api } from './benchApi.ts';
import { pollPage as poll } from './pollPage.ts';
import { windowNumber } from './windowNumber.ts';
import { autoAdmitScript } from './autoAdmitScript.ts';
import { startCallForInvite } from './startCallForInvite.ts';
import type { CallTimes } from './CallTimes.ts';
import { watchFirstFrameScript } from './watchFirstFrameScript.ts';

/** One call through the product: app (recruiter) and join page (candidate) in separate browser contexts. */
export async function ourCall(
  browser: Browser,
  hostUrl: string,
  candidateId: string,
  index: number,
  admitDelay: number,
): Promise<CallTimes> {
  const interview = await api<{ id: string }>(hostUrl, 'interviews.create', {
    candidateId,
    title: `Bench call ${index}`,
  });
  const recruiterContext = await browser.newContext();
  const candidateContext = await browser.newContext();
  try {
    const recruiter = await recruiterContext.newPage();
    await recruiter.goto(hostUrl);
    const joinUrl = await startCallForInvite(
      recruiter,
      `${new URL(hostUrl).origin}/#/interviews/${interview.id}`,
    );

    const candidate = await candidateContext.newPage();
    await candidate.goto(joinUrl);
    await candidate.getByRole('textbox', { name: 'Your name' }).fill('Bench Candidate');
    // Both previews running: devices are open before anyone joins, as for a real candidate.
    const previewPlaying = `document.querySelector('video[aria-label="Your video"]')?.readyState >= 2`;
    await poll(candidate, previewPlaying);
    await poll(recruiter, previewPlaying);

    await recruiter.evaluate(autoAdmitScript(admitDelay));
    await recruiter.evaluate(watchFirstFrameScript('Candidate video', '__benchFirstFrameAt'));
    await candidate.evaluate(watchFirstFrameScript('Recruiter video', '__benchFirstFrameAt'));
    await candidate.evaluate(`document.querySelector('form').addEventListener('submit', () => {
      window.__benchJoinAt = performance.timeOrigin + performance.now();
    }, { capture: true })`);
    await candidate.getByRole('button', { name: 'Join', exact: true }).click();

    const [joinAt, admitAt, candidateFrame, recruiterFrame] = await Promise.all([
      windowNumber(candidate, '__benchJoinAt'),
      windowNumber(recruiter, '__benchAdmitAt'),
      windowNumber(candidate, '__benchFirstFrameAt'),
      windowNumber(recruiter, '__benchFirstFrameAt'),
    ]);
    await recruiter.getByRole('button', { name: 'End call' }).click();
    await candidate.getByRole('heading', { name: 'The interview has ended' }).waitFor();
    return {
      toCandidateFrame: candidateFrame - admitAt,
      toRecruiterFrame: recruiterFrame - admitAt,
      joinToCandidateFrame: candidateFrame - joinAt,
    };
  } finally {
    await recruiterContext.close();
    await candidateContext.close();
  }
}
