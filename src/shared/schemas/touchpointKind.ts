import { z } from 'zod';

/** Contact with a candidate that the timeline shows and that answers whatever they were waiting for. */
export const touchpointKinds = [
  'feedback_sent',
  'follow_up_done',
  'replied',
  'interview_scheduled',
  'interview_rescheduled',
  'interview_cancelled',
] as const;

export const touchpointKind = z.enum(touchpointKinds);

export type TouchpointKind = z.infer<typeof touchpointKind>;
