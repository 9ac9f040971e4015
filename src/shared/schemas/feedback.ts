import { z } from 'zod';
import type { NoteDocument } from '../notes/NoteDocument.ts';
import { entityId } from './entityId.ts';
import { feedbackDecision } from './feedbackDecision.ts';
import { isoDateTime } from './isoDateTime.ts';

/** A message to the candidate drafted from a submitted scorecard, edited in the notes editor, then sent. */
export const feedback = z.object({
  id: entityId,
  candidateId: entityId,
  candidateName: z.string(),
  candidateEmail: z.string().nullable(),
  interviewId: entityId.nullable(),
  interviewTitle: z.string().nullable(),
  decision: feedbackDecision,
  subject: z.string(),
  document: z.custom<NoteDocument>(),
  text: z.string(),
  /** Attribute names and evidence the draft was made from, so the nudges can tell a specific draft from a hollow one. */
  specifics: z.array(z.string()),
  sequence: z.number().int(),
  sentAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});

export type Feedback = z.infer<typeof feedback>;
