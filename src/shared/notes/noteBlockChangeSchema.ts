import { z } from 'zod';
import type { NoteNode } from './NoteDocument.ts';
import { noteLimits } from './noteLimits.ts';
import { validateNoteDocument } from './validateNoteDocument.ts';

const blockIndex = z.number().int().min(0).max(noteLimits.nodes);

/**
 * An autosave of a long note sends only what changed: its top-level blocks `from` to `from + removed` give way to
 * `blocks`, after which the note has `blockCount` blocks (a check that both sides mean the same document). The
 * blocks are validated as the content of a document, by the same walk as a whole note.
 */
export const noteBlockChangeSchema = z.strictObject({
  from: blockIndex,
  removed: blockIndex,
  blocks: z
    .array(z.unknown())
    .max(noteLimits.nodes)
    .superRefine((blocks, context) => {
      for (const issue of validateNoteDocument({ type: 'doc', content: blocks })) {
        // The walk names paths from the document (content.N...); here they are from the list of blocks.
        const parts = issue.path === '' ? [] : issue.path.split('.').slice(1);
        context.addIssue({
          code: 'custom',
          message: issue.message,
          path: parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        });
      }
    })
    .transform((blocks) => blocks as NoteNode[]),
  blockCount: blockIndex,
});
