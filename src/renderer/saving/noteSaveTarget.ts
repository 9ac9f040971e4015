import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { retryIfStale } from './retryIfStale.ts';
import type { SaveTarget } from './SaveQueue.ts';
import type { SaveTargetWiring } from './SaveTargetWiring.ts';

/** Where a note's autosaves go: `notes.save`, numbered by the queue, with keepalive as the window closes. */
export function noteSaveTarget(options: SaveTargetWiring<NoteDocument> & { noteId: string }): SaveTarget {
  const { api, queue, key, noteId } = options;
  return {
    read: options.read,
    async write(payload, sequence, { keepalive }) {
      const document = payload as NoteDocument;
      const result = await api.notes.save({ id: noteId, document, sequence }, { keepalive });
      retryIfStale(queue, key, { stale: !result.applied, storedSequence: result.sequence }, 'note');
    },
  };
}
