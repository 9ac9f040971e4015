import type { SaveQueue } from './SaveQueue.ts';
import { StaleSaveError } from './StaleSaveError.ts';

/**
 * The stale-sequence retry, decided once for every save target: when the backend ignored a save because it
 * stores a newer sequence, continue numbering from there and reject, so the queue saves ours again on top.
 */
export function retryIfStale(
  queue: Pick<SaveQueue, 'setSequence'>,
  key: string,
  save: { stale: boolean; storedSequence: number },
  what: string,
): void {
  if (!save.stale) return;
  queue.setSequence(key, save.storedSequence);
  throw new StaleSaveError(what);
}
