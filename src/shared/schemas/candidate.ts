import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { localDate } from './localDate.ts';

export const candidate = z.object({
  id: entityId,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Their job title today, as opposed to the role they applied for. */
  currentTitle: z.string().nullable(),
  location: z.string().nullable(),
  role: z.string().nullable(),
  source: z.string().nullable(),
  pronouns: z.string().nullable(),
  consentUntil: z.string().nullable(),
  links: z.array(z.string()),
  tags: z.array(z.string()),
  stageId: z.string(),
  /** The candidate's IANA time zone, where known, so times can be shown in theirs too. */
  timeZone: z.string().nullable(),
  /** Since when they have waited on the recruiter for an answer (an interview or a stage change), or null. */
  waitingSince: isoDateTime.nullable(),
  /** The due day of their earliest open follow-up: from that day on they wait too. */
  followUpDueOn: localDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Set when the candidate is in the Trash; null otherwise. */
  deletedAt: isoDateTime.nullable(),
});

export type Candidate = z.infer<typeof candidate>;
