import type { GroupHandlers } from './GroupHandlers.ts';
import type { HandlerContext } from './HandlerContext.ts';

export function noteHandlers({ repositories }: HandlerContext): GroupHandlers<'notes'> {
  const { notes, noteIndex } = repositories;
  return {
    'notes.get': ({ id }) => notes.get(id),
    'notes.save': ({ id, document, sequence }) => notes.save(id, document, sequence),
    'notes.saveChanges': ({ id, ...change }) => notes.saveChanges(id, change),
    'notes.indexNow': ({ id }) => ({ indexed: noteIndex.indexNote(id) }),
    'notes.revisions': ({ id }) => ({ items: notes.revisions(id) }),
    'notes.getRevision': ({ id }) => notes.getRevision(id),
    'notes.restoreRevision': ({ noteId, revisionId }) => notes.restoreRevision(noteId, revisionId),
  };
}
