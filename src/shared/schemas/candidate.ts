import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';

export const candidate = z.object({
  id: entityId,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  role: z.string().nullable(),
  source: z.string().nullable(),
  pronouns: z.string().nullable(),
  consentUntil: z.string().nullable(),
  links: z.array(z.string()),
  tags: z.array(z.string()),
  stageId: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Set when the candidate is in the Trash; null otherwise. */
  deletedAt: isoDateTime.nullable(),
});

export type Candidate = z.infer<typeof candidate>;
