import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { followUp, followUpOrigins } from '../schemas/followUp.ts';
import { localDate } from '../schemas/localDate.ts';
import { timeZone } from '../schemas/timeZone.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';

export const followUpMethods = {
  create: defineMethod({
    description: 'Add a follow-up to a candidate: a task due on a day in the recruiter’s calendar.',
    input: z.strictObject({
      candidateId: entityId,
      interviewId: entityId.nullable().default(null),
      title: z
        .string()
        .trim()
        .min(1, { message: 'Say what to follow up on' })
        .max(200, { message: 'Must be at most 200 characters' }),
      /** The note passage it came from ("Follow up on this"). */
      quote: z.string().trim().max(2000, { message: 'Must be at most 2000 characters' }).default(''),
      dueOn: localDate,
      origin: z.enum(followUpOrigins).default('profile'),
    }),
    output: followUp,
  }),
  list: defineMethod({
    description: 'A candidate’s follow-ups: open ones first, soonest due first.',
    input: z.strictObject({ candidateId: entityId }),
    output: z.object({ items: z.array(followUp) }),
  }),
  complete: defineMethod({
    description: 'Mark a follow-up done: records it on the timeline as contact with the candidate.',
    input: byId,
    output: followUp,
  }),
  reschedule: defineMethod({
    description: 'Move an open follow-up to another day.',
    input: z.strictObject({ id: entityId, dueOn: localDate }),
    output: followUp,
  }),
  delete: defineMethod({
    description: 'Remove a follow-up that is no longer needed.',
    input: byId,
    output: z.object({ deleted: z.literal(true) }),
  }),
  takeOverdue: defineMethod({
    description:
      'Overdue follow-ups nobody was told about yet, each returned once. In the desktop app they are also shown ' +
      'as a desktop notification (shownOnDesktop); elsewhere the page may use the Notification API.',
    input: z.strictObject({ timeZone }),
    output: z.object({ items: z.array(followUp), shownOnDesktop: z.boolean() }),
  }),
};
