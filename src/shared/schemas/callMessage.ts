import { z } from 'zod';
import { isoDateTime } from './isoDateTime.ts';

export const maximumCallMessageLength = 4000;

/** One chat line from a call, as kept with its interview. */
export const callMessage = z.object({
  /** The id the line had on the data channel; saving it twice keeps one copy. */
  id: z.string().trim().min(1).max(100),
  author: z.enum(['recruiter', 'candidate']),
  authorName: z.string().trim().max(100),
  text: z.string().min(1).max(maximumCallMessageLength),
  sentAt: isoDateTime,
});

export type CallMessage = z.infer<typeof callMessage>;
