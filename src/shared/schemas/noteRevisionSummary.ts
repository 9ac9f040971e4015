import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { noteRevisionReason } from './noteRevisionReason.ts';

export const noteRevisionSummary = z.object({
  id: entityId,
  noteId: entityId,
  reason: noteRevisionReason,
  createdAt: isoDateTime,
  characterCount: z.number().int(),
  /** The start of the revision's plain text, to tell revisions apart. */
  preview: z.string(),
});

export type NoteRevisionSummary = z.infer<typeof noteRevisionSummary>;
