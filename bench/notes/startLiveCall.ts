import type { Browser, BrowserContext, Page } from '@playwright/test';
import { autoAdmitScript } from '../call/autoAdmitScript.ts';
import { pollPage as poll } from '../call/pollPage.ts';
import { startCallForInvite } from '../call/startCallForInvite.ts';
import { watchFirstFrameScript } from '../call/watchFirstFrameScript.ts';

export type LiveCall = {
  /** The recruiter's interview page, in the call, with the candidate's video showing. */
  recruiter: Page;
  end(): Promise<void>;
};

/**
 * A real call on an interview: the recruiter's app and the candidate's join page in separate browser contexts,
 * through the signalling server, with fake camera and microphone. Resolves once both sides show remote video
 * (and, with `record`, once the candidate has accepted and the recruiter's side shows REC).
 */
export async function startLiveCall(
  browser: Browser,
  hostUrl: string,
  interviewId: string,
  { record = false }: { record?: boolean } = {},
): Promise<LiveCall> {
  const contexts: BrowserContext[] = [
    await browser.newContext({ viewport: { width: 1440, height: 900 } }),
    await browser.newContext(),
  ];
  const [recruiterContext, candidateContext] = contexts as [BrowserContext, BrowserContext];
  const recruiter = await recruiterContext.newPage();
  const joinUrl = await startCallForInvite(recruiter, `${hostUrl}#/interviews/${interviewId}`);
  if (record) await recruiter.getByRole('checkbox', { name: /Record this interview/ }).check();

  const candidate = await candidateContext.newPage();
  await candidate.goto(joinUrl);
  await candidate.getByRole('textbox', { name: 'Your name' }).fill('Bench Candidate');
  await recruiter.evaluate(autoAdmitScript(0));
  await recruiter.evaluate(watchFirstFrameScript('Candidate video', '__benchFirstFrameAt'));
  await candidate.evaluate(watchFirstFrameScript('Recruiter video', '__benchFirstFrameAt'));
  await candidate.getByRole('button', { name: 'Join', exact: true }).click();
  await Promise.all([
    poll(recruiter, 'window.__benchFirstFrameAt', 60_000),
    poll(candidate, 'window.__benchFirstFrameAt', 60_000),
  ]);
  if (record) {
    // The candidate is asked once connected; recording starts on the recruiter's side when they accept.
    await candidate
      .getByRole('alertdialog', { name: /will be recorded/ })
      .getByRole('button', { name: 'Accept' })
      .click();
    await recruiter.getByRole('status', { name: 'REC' }).waitFor({ timeout: 30_000 });
  }
  return {
    recruiter,
    async end() {
      try {
        await recruiter.getByRole('button', { name: 'End call' }).click();
        await candidate.getByRole('heading', { name: 'The interview has ended' }).waitFor();
      } finally {
        for (const context of contexts) await context.close();
      }
    },
  };
}
