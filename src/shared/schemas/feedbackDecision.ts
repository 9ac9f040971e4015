import { z } from 'zod';

/** What the feedback tells the candidate: they move on, or they do not. */
export const feedbackDecision = z.enum(['advance', 'decline']);

export type FeedbackDecision = z.infer<typeof feedbackDecision>;
