import type { NoteNode } from '../notes/NoteDocument.ts';
import { walkNoteDocument } from '../notes/walkNoteDocument.ts';

/** The call times (seconds) of a note's call-time chips, in document order; wall-clock chips have none. */
export function callTimesOf(document: NoteNode): number[] {
  const seconds: number[] = [];
  walkNoteDocument(document, {
    enter(node) {
      const value = node.attrs?.['seconds'];
      if (node.type === 'timestamp' && typeof value === 'number' && Number.isFinite(value) && value >= 0)
        seconds.push(value);
      return node.type !== 'timestamp';
    },
  });
  return seconds;
}
