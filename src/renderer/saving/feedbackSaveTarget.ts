import type { NoteDocument } from '../../shared/notes/NoteDocument.ts';
import { retryIfStale } from './retryIfStale.ts';
import type { SaveTarget } from './SaveQueue.ts';
import type { SaveTargetWiring } from './SaveTargetWiring.ts';

/** Where a feedback draft's autosaves go: `feedback.save`, sequenced and retried like a note's. */
export function feedbackSaveTarget(
  options: SaveTargetWiring<NoteDocument> & { feedbackId: string },
): SaveTarget {
  const { api, queue, key, feedbackId } = options;
  return {
    read: options.read,
    async write(payload, sequence, { keepalive }) {
      const result = await api.feedback.save(
        { id: feedbackId, document: payload as NoteDocument, sequence },
        { keepalive },
      );
      retryIfStale(queue, key, { stale: !result.applied, storedSequence: result.sequence }, 'feedback');
    },
  };
}
