import { z } from 'zod';

/** An interview moves planned → in progress → done. */
export const interviewStatuses = ['planned', 'in_progress', 'done'] as const;

export const interviewStatus = z.enum(interviewStatuses);

export type InterviewStatus = z.infer<typeof interviewStatus>;
