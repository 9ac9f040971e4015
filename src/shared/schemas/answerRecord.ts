import { z } from 'zod';

/** The recruiter's own record of answering candidates, for the chart on Today. */
export const answerRecord = z.object({
  /** Median days from an interview's end to the first contact after it, over interviews that got one. */
  medianDays30: z.number().nullable(),
  medianDays90: z.number().nullable(),
  /** Candidates interviewed in the last 90 days, and how many of them heard back after their last interview. */
  interviewed90: z.number().int(),
  answered90: z.number().int(),
  /** The longest current wait, in working days, and whose it is. */
  oldestWaitWorkingDays: z.number().int().nullable(),
  oldestWaitCandidateName: z.string().nullable(),
});

export type AnswerRecord = z.infer<typeof answerRecord>;
