import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { timeZone } from '../schemas/timeZone.ts';
import { todayOverview } from '../schemas/todayOverview.ts';
import { defineMethod } from './defineMethod.ts';

export const todayMethods = {
  get: defineMethod({
    description:
      'Today in the recruiter’s zone: today’s and upcoming interviews, scorecards to submit, everyone waiting on ' +
      'the recruiter ordered by lateness against the answer deadline, follow-ups, and the recruiter’s own record.',
    input: z.strictObject({
      timeZone,
      /** How many waiting candidates to list (the total is always counted). */
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: todayOverview,
  }),
  markAnswered: defineMethod({
    description:
      'The recruiter answered a waiting candidate some other way (a call, an email): recorded on the timeline.',
    input: z.strictObject({
      candidateId: entityId,
      note: z.string().trim().max(500, { message: 'Must be at most 500 characters' }).default(''),
    }),
    output: z.object({ answered: z.literal(true) }),
  }),
};
