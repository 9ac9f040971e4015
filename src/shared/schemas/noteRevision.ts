import { z } from 'zod';
import type { NoteDocument } from '../notes/NoteDocument.ts';
import { noteRevisionSummary } from './noteRevisionSummary.ts';

export const noteRevision = noteRevisionSummary.extend({
  document: z.custom<NoteDocument>(),
  text: z.string(),
});

export type NoteRevision = z.infer<typeof noteRevision>;
