import type { WaitingCandidate } from '../../shared/schemas/waitingCandidate.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How late an answer is, in words: "2 working days late", "Due today", "Due in 1 working day". */
export function describeLateness(lateness: number): string {
  if (lateness > 0) return `${plural(lateness, 'working day')} late`;
  if (lateness === 0) return 'Due today';
  return `Due in ${plural(-lateness, 'working day')}`;
}

/** Why they wait, in words. */
export function describeReason(wait: WaitingCandidate, stageName: string | undefined): string {
  if (wait.reason === 'interview')
    return `Interview${wait.about ? ` “${wait.about}”` : ''} ended; no answer sent yet`;
  if (wait.reason === 'follow_up') return `Follow-up due: ${wait.about ?? ''}`.trim();
  return `Moved to ${stageName ?? 'a new stage'}; not told yet`;
}

export function describeDays(wait: WaitingCandidate): string {
  return `Waiting ${plural(wait.days, 'day')} (${plural(wait.workingDays, 'working day')})`;
}
