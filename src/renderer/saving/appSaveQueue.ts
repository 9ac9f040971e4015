import { describeSaveFailure } from './describeSaveFailure.ts';
import { SaveQueue } from './SaveQueue.ts';

/** The app's one save queue: notes and scorecards alike go through it, in order. */
export const appSaveQueue = new SaveQueue({ describeFailure: describeSaveFailure });

if (typeof window !== 'undefined') {
  // Leaving or closing the window: send what is unsaved now, with keepalive so it outlives the page.
  const flushForExit = () => appSaveQueue.flush({ keepalive: true });
  window.addEventListener('pagehide', flushForExit);
  window.addEventListener('beforeunload', flushForExit);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushForExit();
  });
}
