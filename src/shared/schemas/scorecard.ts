import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { noteEvidence } from './noteEvidence.ts';
import { rating } from './rating.ts';

export const scorecard = z.object({
  interviewId: entityId,
  ratings: z.record(z.string(), rating),
  /** Attribute id → the note on that rating (empty for none). */
  ratingNotes: z.record(z.string(), z.string()),
  recommendation: rating.nullable(),
  takeaways: z.string(),
  privateNote: z.string(),
  /** 1 until the first submit; an edit after a submit starts the next revision. */
  revision: z.number().int(),
  /** Set while the current revision is submitted (and so locked); null while it is a draft. */
  submittedAt: isoDateTime.nullable(),
  sequence: z.number().int(),
  updatedAt: isoDateTime,
  /** Passages of the interview's notes tagged to an attribute, in note order. */
  evidence: z.array(noteEvidence),
});

export type Scorecard = z.infer<typeof scorecard>;
