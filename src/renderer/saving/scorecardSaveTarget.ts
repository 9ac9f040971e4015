import type { Scorecard } from '../../shared/schemas/scorecard.ts';
import type { scorecardFields } from '../../shared/schemas/scorecardFields.ts';
import type { z } from 'zod';
import { retryIfStale } from './retryIfStale.ts';
import type { SaveTarget } from './SaveQueue.ts';
import type { SaveTargetWiring } from './SaveTargetWiring.ts';

type ScorecardFields = z.input<typeof scorecardFields>;

/** Where a scorecard's autosaves go: `scorecards.save` with every field, so a retried save is idempotent. */
export function scorecardSaveTarget(
  options: SaveTargetWiring<ScorecardFields> & {
    interviewId: string;
    /** The card as stored (its revision may have moved on), even when this save was ignored as out of date. */
    onStored: (scorecard: Scorecard) => void;
  },
): SaveTarget {
  const { api, queue, key, interviewId } = options;
  return {
    read: options.read,
    async write(payload, sequence, { keepalive }) {
      const fields = payload as ScorecardFields;
      const saved = await api.scorecards.save({ ...fields, interviewId, sequence }, { keepalive });
      options.onStored(saved);
      // A card numbered otherwise than this save was not stored by it.
      retryIfStale(
        queue,
        key,
        { stale: saved.sequence !== sequence, storedSequence: saved.sequence },
        'scorecard',
      );
    },
  };
}
