import { z } from 'zod';

/** Why a candidate is waiting on the recruiter: an interview with no answer, a follow-up due, a silent stage change. */
export const waitReason = z.enum(['interview', 'follow_up', 'stage']);

export type WaitReason = z.infer<typeof waitReason>;
