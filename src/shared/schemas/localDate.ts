import { z } from 'zod';

/** A calendar date with no time or zone ("2026-03-03"): a follow-up's due day in the recruiter's own calendar. */
export const localDate = z.iso.date({ message: 'Use a date like 2026-03-03' });
