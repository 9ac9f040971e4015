import { z } from 'zod';
import { kitPartId } from './kitPartId.ts';
import { limits } from './limits.ts';
import { rating } from './rating.ts';

/** What the recruiter edits on a scorecard; the app's saves send all of it, so a retried save is idempotent. */
export const scorecardFields = z.strictObject({
  /** Attribute id → rating. An attribute that is absent has not been rated yet. */
  ratings: z
    .record(kitPartId, rating)
    .refine((value) => Object.keys(value).length <= 200, 'Too many ratings'),
  /** Attribute id → the recruiter's note on that rating; a kit can require one for each rating. */
  ratingNotes: z
    .record(
      kitPartId,
      z.string().max(limits.reason, { message: `Must be at most ${limits.reason} characters` }),
    )
    .refine((value) => Object.keys(value).length <= 200, 'Too many notes'),
  recommendation: rating.nullable(),
  takeaways: z.string().max(limits.longText, { message: `Must be at most ${limits.longText} characters` }),
  privateNote: z.string().max(limits.longText, { message: `Must be at most ${limits.longText} characters` }),
});
