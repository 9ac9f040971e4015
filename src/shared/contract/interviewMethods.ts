import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { interview } from '../schemas/interview.ts';
import { interviewStatus } from '../schemas/interviewStatus.ts';
import { isoDateTime } from '../schemas/isoDateTime.ts';
import { limits } from '../schemas/limits.ts';
import { byId } from './byId.ts';
import { defineMethod } from './defineMethod.ts';

const title = z
  .string()
  .trim()
  .min(1, { message: 'Title is required' })
  .max(limits.shortText, { message: `Must be at most ${limits.shortText} characters` });

export const interviewMethods = {
  create: defineMethod({
    description: 'Plan an interview with a candidate from a kit; its notes start with the kit’s questions.',
    input: z.strictObject({
      candidateId: entityId,
      title,
      kitId: entityId.nullable().default(null),
      scheduledAt: isoDateTime.nullable().default(null),
    }),
    output: interview,
  }),
  get: defineMethod({
    description: 'One interview, with the kit as it was when it was created.',
    input: byId,
    output: interview,
  }),
  list: defineMethod({
    description: 'A candidate’s interviews, newest first: their timeline.',
    input: z.strictObject({
      candidateId: entityId,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(limits.pageSize).default(100),
    }),
    output: z.object({ items: z.array(interview), total: z.number().int() }),
  }),
  update: defineMethod({
    description: 'Rename, reschedule, start or end an interview.',
    input: z.strictObject({
      id: entityId,
      changes: z.strictObject({
        title: title.optional(),
        scheduledAt: isoDateTime.nullable().optional(),
        /** Moves forward only, as start and end do: planned → in progress → done. */
        status: interviewStatus.optional(),
      }),
    }),
    output: interview,
  }),
  start: defineMethod({
    description:
      'Mark an interview as in progress, from now. Starting one already in progress changes nothing.',
    input: byId,
    output: interview,
  }),
  end: defineMethod({
    description: 'Mark an interview as done, now, and record how long it ran.',
    input: byId,
    output: interview,
  }),
  callConnected: defineMethod({
    description:
      'The interview’s call has connected: starts the interview if it is planned and keeps the first connected time (a reconnection changes nothing).',
    input: byId,
    output: interview,
  }),
  callEnded: defineMethod({
    description:
      'The interview’s call has ended: records when, so its duration is the connected time, and ends the interview.',
    input: byId,
    output: interview,
  }),
  exportMarkdown: defineMethod({
    description: 'The interview’s notes and scorecard as Markdown (the private note is left out).',
    input: byId,
    output: z.object({ fileName: z.string(), markdown: z.string() }),
  }),
  exportHtml: defineMethod({
    description:
      'The interview’s notes and scorecard as a standalone, printable HTML page (no private note).',
    input: byId,
    output: z.object({ fileName: z.string(), html: z.string() }),
  }),
};
