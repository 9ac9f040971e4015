import { NoteRepository } from '../../storage/repositories/NoteRepository.ts';
import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';
import { noteRevisionIntervalMs } from './noteRevisionIntervalMs.ts';

export function noteHandlers(context: HandlerContext): GroupHandlers<'notes'> {
  const notes = new NoteRepository(context.database, { revisionIntervalMs: noteRevisionIntervalMs(context) });
  return {
    'notes.get': ({ id }) => notes.get(id),
    'notes.save': ({ id, document, sequence }) => notes.save(id, document, sequence),
    'notes.revisions': ({ id }) => ({ items: notes.revisions(id) }),
    'notes.getRevision': ({ id }) => notes.getRevision(id),
    'notes.restoreRevision': ({ noteId, revisionId }) => notes.restoreRevision(noteId, revisionId),
  };
}
