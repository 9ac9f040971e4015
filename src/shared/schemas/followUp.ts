import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { localDate } from './localDate.ts';

export const followUpOrigins = ['profile', 'note', 'call', 'today'] as const;

/** A task with a due day on a candidate: "send Ada the take-home", made from the profile, a note or a call. */
export const followUp = z.object({
  id: entityId,
  candidateId: entityId,
  candidateName: z.string(),
  interviewId: entityId.nullable(),
  title: z.string(),
  /** The passage of a note it was made from, if any. */
  quote: z.string(),
  dueOn: localDate,
  origin: z.enum(followUpOrigins),
  doneAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});

export type FollowUp = z.infer<typeof followUp>;
