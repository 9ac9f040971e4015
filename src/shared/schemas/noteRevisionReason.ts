import { z } from 'zod';

/** Why a snapshot was kept: the start, periodic autosave, or either side of a restore. */
export const noteRevisionReason = z.enum(['created', 'autosave', 'before_restore', 'restore']);

export type NoteRevisionReason = z.infer<typeof noteRevisionReason>;
