import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { waitReason } from './waitReason.ts';

/** One row of "Waiting on you". */
export const waitingCandidate = z.object({
  candidateId: entityId,
  candidateName: z.string(),
  stageId: z.string(),
  reason: waitReason,
  /** When the wait began: the interview's end, the stage change, or the start of the follow-up's due day. */
  since: isoDateTime,
  /** Calendar days since then, and working days (Monday to Friday in the recruiter's zone). */
  days: z.number().int(),
  workingDays: z.number().int(),
  /** Working days past the deadline (the SLA, or a follow-up's due day); 0 is due today, negative is still in time. */
  lateness: z.number().int(),
  /** The interview's title or the follow-up's, for the row's text. */
  about: z.string().nullable(),
  interviewId: entityId.nullable(),
  followUpId: entityId.nullable(),
});

export type WaitingCandidate = z.infer<typeof waitingCandidate>;
