import { z } from 'zod';
import { isoDateTime } from './isoDateTime.ts';
import { rating } from './rating.ts';

/** A submitted scorecard as it was at that submit; kept for good. */
export const scorecardRevision = z.object({
  revision: z.number().int(),
  ratings: z.record(z.string(), rating),
  ratingNotes: z.record(z.string(), z.string()),
  recommendation: rating.nullable(),
  takeaways: z.string(),
  privateNote: z.string(),
  submittedAt: isoDateTime,
});

export type ScorecardRevision = z.infer<typeof scorecardRevision>;
