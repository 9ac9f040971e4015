import { z } from 'zod';
import { entityId } from './entityId.ts';
import { interviewStatus } from './interviewStatus.ts';
import { isoDateTime } from './isoDateTime.ts';

/** An interview on Today: today's and upcoming ones, and any call still in progress. */
export const todayInterview = z.object({
  id: entityId,
  candidateId: entityId,
  candidateName: z.string(),
  title: z.string(),
  status: interviewStatus,
  startsAt: isoDateTime.nullable(),
  durationMinutes: z.number().int().nullable(),
  /** Today in the recruiter's zone, or later. */
  when: z.enum(['now', 'today', 'upcoming']),
  /** Close enough to its start (10 minutes before until its end) that "Start call" is the main action. */
  startable: z.boolean(),
});

export type TodayInterview = z.infer<typeof todayInterview>;
