import type { Page } from '@playwright/test';

/** The recruiter opens the interview and starts its call; resolves with the invite link the candidate opens. */
export async function startCallForInvite(recruiter: Page, interviewUrl: string): Promise<string> {
  await recruiter.goto(interviewUrl);
  await recruiter.getByRole('button', { name: 'Start call' }).click();
  const invite = recruiter.getByRole('textbox', { name: 'Invite link' });
  await invite.waitFor();
  return invite.inputValue();
}
