import { useStoreSelector } from '../lib/useStoreSelector.ts';
import { appSaveQueue } from './appSaveQueue.ts';
import type { SaveQueueSnapshot } from './SaveQueue.ts';

/** The save queue's status for React; re-renders only when the status itself changes. */
export function useSaveQueueSnapshot(): SaveQueueSnapshot {
  return useStoreSelector(appSaveQueue);
}
