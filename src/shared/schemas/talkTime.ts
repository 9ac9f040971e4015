import { z } from 'zod';

/** Who talked how much, derived from the speech segments. */
export const talkTime = z.object({
  recruiterMs: z.number().int(),
  candidateMs: z.number().int(),
  /** The candidate's share of all talking, 0–1; null when nobody spoke. */
  candidateShare: z.number().nullable(),
  /** The longest stretch one side spoke with pauses under the join gap, and whose it was. */
  longestMonologue: z.object({ side: z.enum(['recruiter', 'candidate']), ms: z.number().int() }).nullable(),
});

export type TalkTime = z.infer<typeof talkTime>;
