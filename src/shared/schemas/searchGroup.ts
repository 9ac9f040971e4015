import { z } from 'zod';
import { candidate } from './candidate.ts';
import { entityId } from './entityId.ts';
import { highlightSegment } from './highlightSegment.ts';
import { isoDateTime } from './isoDateTime.ts';

export const candidateSearchFields = [
  'name',
  'email',
  'phone',
  'location',
  'role',
  'source',
  'tags',
] as const;

/** One candidate in the search results, with what matched: their own fields and/or some of their notes. */
export const searchGroup = z.object({
  candidate,
  /** The candidate's name, with the matching words highlighted. */
  name: z.array(highlightSegment),
  /** The best-matching field of the candidate themselves, other than the name; null when only notes matched. */
  field: z.object({ field: z.enum(candidateSearchFields), segments: z.array(highlightSegment) }).nullable(),
  notes: z.array(
    z.object({
      noteId: entityId,
      interviewId: entityId.nullable(),
      title: z.string(),
      date: isoDateTime,
      snippet: z.array(highlightSegment),
    }),
  ),
});

export type SearchGroup = z.infer<typeof searchGroup>;
