import { z } from 'zod';

/** Who the recruiter is, as candidates see it in invitations, on the join page and in feedback. */
export const recruiterProfile = z.object({
  name: z.string(),
  company: z.string(),
  /** A few lines about themselves, read before the candidate joins. */
  intro: z.string(),
  /** For calendar invitations (the organizer); optional. */
  email: z.string(),
  /** A small JPEG as a data: URL, resized on this computer, or null. */
  photo: z.string().nullable(),
  /** 'done' once the first-run questions were answered, 'skipped' if put off, null until then. */
  onboarding: z.enum(['done', 'skipped']).nullable(),
});

export type RecruiterProfile = z.infer<typeof recruiterProfile>;
