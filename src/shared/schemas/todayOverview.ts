import { z } from 'zod';
import { answerRecord } from './answerRecord.ts';
import { entityId } from './entityId.ts';
import { followUp } from './followUp.ts';
import { isoDateTime } from './isoDateTime.ts';
import { localDate } from './localDate.ts';
import { todayInterview } from './todayInterview.ts';
import { waitingCandidate } from './waitingCandidate.ts';

/** Everything the Today screen shows, in one call. */
export const todayOverview = z.object({
  today: localDate,
  timeZone: z.string(),
  slaWorkingDays: z.number().int(),
  interviews: z.array(todayInterview),
  scorecards: z.array(
    z.object({
      interviewId: entityId,
      candidateId: entityId,
      candidateName: z.string(),
      title: z.string(),
      endedAt: isoDateTime.nullable(),
    }),
  ),
  waiting: z.object({ total: z.number().int(), items: z.array(waitingCandidate) }),
  followUps: z.object({ overdue: z.number().int(), items: z.array(followUp) }),
  record: answerRecord,
  onboarding: z.enum(['done', 'skipped']).nullable(),
});

export type TodayOverview = z.infer<typeof todayOverview>;
