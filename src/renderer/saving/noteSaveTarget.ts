import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { blockChange } from './blockChange.ts';
import { retryIfStale } from './retryIfStale.ts';
import type { SaveTarget } from './SaveQueue.ts';
import type { SaveTargetWiring } from './SaveTargetWiring.ts';

/** What a note save reads: the document as JSON, and the editor's top-level nodes (compared by identity). */
export type NoteSavePayload = { document: NoteDocument; blocks: readonly unknown[] };

/**
 * Where a note's autosaves go, numbered by the queue. Once the backend has confirmed a save, the next one sends
 * only the top-level blocks changed since (`notes.saveChanges`), so a save costs the same at 20,000 words as at
 * 20, and fits the browser's 64 KB keepalive limit as the window closes. The whole document goes instead for the
 * first save of an editor, whenever the backend answers resync, and as the window closes while another save of
 * the note is under way: a change is based on the last confirmed save, which that one may overtake, and whole
 * saves are ordered by sequence alone.
 */
export function noteSaveTarget(options: SaveTargetWiring<NoteSavePayload> & { noteId: string }): SaveTarget {
  const { api, queue, key, noteId } = options;
  /** The last save the backend confirmed storing, and the blocks it held. */
  let confirmed: { sequence: number; blocks: readonly unknown[] } | null = null;
  let underWay = 0;
  return {
    read: options.read,
    async write(payload, sequence, { keepalive }) {
      const { document, blocks } = payload as NoteSavePayload;
      const saveWhole = () => api.notes.save({ id: noteId, document, sequence }, { keepalive });
      const alone = underWay === 0;
      underWay += 1;
      try {
        let result: { sequence: number; applied: boolean };
        if (confirmed && (!keepalive || alone)) {
          const range = blockChange(confirmed.blocks, blocks);
          const content = document.content ?? [];
          const changed = await api.notes.saveChanges(
            {
              id: noteId,
              sequence,
              baseSequence: confirmed.sequence,
              change: {
                from: range.from,
                removed: range.removed,
                blocks: content.slice(range.from, range.from + range.inserted),
                blockCount: content.length,
              },
            },
            { keepalive },
          );
          result = changed.resync ? await saveWhole() : changed;
        } else {
          result = await saveWhole();
        }
        if (result.applied && result.sequence === sequence && sequence > (confirmed?.sequence ?? -1)) {
          confirmed = { sequence, blocks };
        }
        retryIfStale(queue, key, { stale: !result.applied, storedSequence: result.sequence }, 'note');
      } finally {
        underWay -= 1;
      }
    },
  };
}
