import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { interview } from '../schemas/interview.ts';
import { invitation } from '../schemas/invitation.ts';
import { isoDateTime } from '../schemas/isoDateTime.ts';
import { limits } from '../schemas/limits.ts';
import { timeZone } from '../schemas/timeZone.ts';
import { defineMethod } from './defineMethod.ts';

const time = {
  /** The instant it starts; the renderer turns the recruiter's date and time in their zone into it. */
  startsAt: isoDateTime,
  durationMinutes: z
    .number()
    .int()
    .min(5, { message: 'At least 5 minutes' })
    .max(480, { message: 'At most 8 hours' }),
  /** The recruiter's zone: the invitation gives the time in it first. */
  timeZone,
};

const scheduled = z.object({ interview, invitation });

export const scheduleMethods = {
  create: defineMethod({
    description:
      'Schedule an interview from a kit at a time in the next 28 days. Opens its call room on the signalling ' +
      'server so the invitation can carry the join link, and records "Interview scheduled" on the timeline.',
    input: z.strictObject({
      candidateId: entityId,
      title: z
        .string()
        .trim()
        .min(1, { message: 'Title is required' })
        .max(limits.shortText, { message: `Must be at most ${limits.shortText} characters` }),
      kitId: entityId.nullable().default(null),
      ...time,
    }),
    output: scheduled,
  }),
  move: defineMethod({
    description:
      'Reschedule: same calendar UID, SEQUENCE one higher, so calendars update the event in place.',
    input: z.strictObject({ interviewId: entityId, ...time }),
    output: scheduled,
  }),
  cancel: defineMethod({
    description: 'Cancel a planned interview: the invitation becomes a METHOD:CANCEL calendar file.',
    input: z.strictObject({ interviewId: entityId }),
    output: scheduled,
  }),
  invitation: defineMethod({
    description: 'The current invitation of a scheduled interview: the text to copy and the .ics file.',
    input: z.strictObject({ interviewId: entityId }),
    output: invitation,
  }),
};
