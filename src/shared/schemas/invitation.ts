import { z } from 'zod';

/** What the recruiter sends to schedule, move or cancel an interview: text to copy and a calendar file. */
export const invitation = z.object({
  subject: z.string(),
  text: z.string(),
  /** iCalendar (RFC 5545): METHOD:REQUEST, or METHOD:CANCEL once cancelled; same UID, SEQUENCE grows. */
  ics: z.string(),
  fileName: z.string(),
  joinUrl: z.string().nullable(),
  /** Why there is no join link (no signalling server reachable), in words the recruiter can act on. */
  linkProblem: z.string().nullable(),
  sequence: z.number().int(),
  cancelled: z.boolean(),
});

export type Invitation = z.infer<typeof invitation>;
