import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';

export const timelineItemKinds = ['interview', 'note', 'stageChange', 'touchpoint'] as const;

/** One touchpoint on a candidate's profile; `kind` and `id` are enough for the renderer to open it. */
export const timelineItem = z.object({
  kind: z.enum(timelineItemKinds),
  id: entityId,
  title: z.string(),
  /** When it happened; the timeline is ordered by this, newest first. */
  date: isoDateTime,
  /** A short plain-text excerpt (note text, interview status, rejection reason), or null. */
  snippet: z.string().nullable(),
  /** The interview a note or an interview item belongs to. */
  interviewId: entityId.nullable(),
  /** For stage changes: where the candidate came from (null when they were added) and went to. */
  fromStageId: z.string().nullable(),
  toStageId: z.string().nullable(),
  /** For stage changes into a rejected or withdrawn stage: why. */
  reason: z.string().nullable(),
  /** For stage changes: the reasons picked from the list of rejection reasons. */
  reasons: z.array(z.string()),
});

export type TimelineItem = z.infer<typeof timelineItem>;
