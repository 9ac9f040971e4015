import { z } from 'zod';
import type { NoteDocument } from '../notes/NoteDocument.ts';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';

export const note = z.object({
  id: entityId,
  candidateId: entityId,
  interviewId: entityId.nullable(),
  document: z.custom<NoteDocument>(),
  /** The sequence number of the save stored last; the editor continues from here. */
  sequence: z.number().int(),
  updatedAt: isoDateTime,
});

export type Note = z.infer<typeof note>;
