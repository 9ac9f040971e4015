import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';

/** A query kept under a name in the sidebar, with how many candidates it matches now. */
export const savedSearch = z.object({
  id: entityId,
  name: z.string(),
  query: z.string(),
  /** Candidates not in the Trash the query matches, counted when this was read. */
  count: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type SavedSearch = z.infer<typeof savedSearch>;
