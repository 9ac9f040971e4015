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
  durationSeconds: z.number().int().nullable(),
  /** The interview's notes. */
  noteId: entityId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type Interview = z.infer<typeof interview>;
