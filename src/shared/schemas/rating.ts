import { z } from 'zod';

/** The scorecard's scale, weakest to strongest, then an explicit abstention. */
export const ratings = ['strong_no', 'no', 'yes', 'strong_yes', 'no_decision'] as const;

export const rating = z.enum(ratings);

export type Rating = z.infer<typeof rating>;
