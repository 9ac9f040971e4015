import { z } from 'zod';
import { entityId } from './entityId.ts';
import { interviewStatus } from './interviewStatus.ts';
import { isoDateTime } from './isoDateTime.ts';
import { kitDefinition } from './kitDefinition.ts';

export const interview = z.object({
  id: entityId,
  candidateId: entityId,
  candidateName: z.string(),
  title: z.string(),
  /** The kit it was started from; null for a blank interview or when that kit was deleted since. */
  kitId: entityId.nullable(),
  /** The kit as it was when the interview started, so editing a kit later never changes a past interview. */
  kit: z.object({ name: z.string(), definition: kitDefinition }).nullable(),
  status: interviewStatus,
  scheduledAt: isoDateTime.nullable(),
  startedAt: isoDateTime.nullable(),
  endedAt: isoDateTime.nullable(),
  /** Started → ended: how long the interview ran, which can begin well before a call. */
  durationSeconds: z.number().int().nullable(),
  /** When its call first connected (a reconnection keeps it) and when that call ended; null without a call. */
  callConnectedAt: isoDateTime.nullable(),
  callEndedAt: isoDateTime.nullable(),
  /** The call's connected time in whole seconds, first connected → ended; null until a call has ended. */
  callDurationSeconds: z.number().int().nullable(),
  /** How long it is planned to take, when it was scheduled. */
  durationMinutes: z.number().int().nullable(),
  /** Set once the interview was called off; the invitation then cancels the calendar event. */
  cancelledAt: isoDateTime.nullable(),
  /** The interview's notes. */
  noteId: entityId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type Interview = z.infer<typeof interview>;
