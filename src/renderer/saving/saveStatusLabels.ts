import type { SaveStatus } from './SaveQueue.ts';

/** The exact words of the save status. */
export const saveStatusLabels: Record<SaveStatus, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  retrying: 'Not saved — retrying',
};
