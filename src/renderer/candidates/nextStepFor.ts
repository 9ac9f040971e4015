import type { Candidate } from '../../shared/schemas/candidate.ts';
import type { Interview } from '../../shared/schemas/interview.ts';
import type { Stage } from '../../shared/schemas/stage.ts';

export type NextStep =
  | { kind: 'startCall'; interview: Interview }
  | { kind: 'writeFeedback'; interviewId: string | null }
  | { kind: 'followUp' }
  | { kind: 'schedule' }
  | { kind: 'none' };

const startableBefore = 10 * 60_000;

/**
 * What the profile's header leads with: a call about to start, an answer owed (always for a rejected candidate
 * who has not heard back), a follow-up due, or scheduling the next interview.
 */
export function nextStepFor(
  candidate: Candidate,
  stage: Stage | undefined,
  interviews: readonly Interview[],
  today: string,
  now: number,
): NextStep {
  if (candidate.deletedAt !== null) return { kind: 'none' };
  const live = interviews.filter((interview) => interview.cancelledAt === null);
  const running = live.find((interview) => interview.status === 'in_progress');
  if (running) return { kind: 'startCall', interview: running };
  const soon = live.find((interview) => {
    if (interview.status !== 'planned' || interview.scheduledAt === null) return false;
    const start = Date.parse(interview.scheduledAt);
    return now >= start - startableBefore && now <= start + (interview.durationMinutes ?? 60) * 60_000;
  });
  if (soon) return { kind: 'startCall', interview: soon };
  const lastDone = live.find((interview) => interview.status === 'done');
  const waiting = candidate.waitingSince !== null;
  if (stage?.kind === 'rejected' && (waiting || !lastDone))
    return { kind: 'writeFeedback', interviewId: lastDone?.id ?? null };
  if (waiting && lastDone) return { kind: 'writeFeedback', interviewId: lastDone.id };
  if (candidate.followUpDueOn !== null && candidate.followUpDueOn <= today) return { kind: 'followUp' };
  if (
    stage?.kind === 'open' &&
    !live.some((interview) => interview.status === 'planned' && interview.scheduledAt !== null)
  ) {
    return { kind: 'schedule' };
  }
  return { kind: 'followUp' };
}
