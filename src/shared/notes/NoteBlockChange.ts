import type { z } from 'zod';
import type { noteBlockChangeSchema } from './noteBlockChangeSchema.ts';

/** Top-level blocks `from` to `from + removed` replaced by `blocks`, leaving `blockCount` blocks. */
export type NoteBlockChange = z.output<typeof noteBlockChangeSchema>;
