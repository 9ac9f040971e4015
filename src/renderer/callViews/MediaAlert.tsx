import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

/** Why the camera or microphone is not working, with "Try again": for the call panel and the join page. */
export function MediaAlert({
  machine,
  snapshot,
  title,
}: {
  machine: CallMachine;
  snapshot: CallSnapshot;
  /** A headline above the message, where the page has room for one. */
  title?: string;
}) {
  if (!snapshot.mediaMessage) return null;
  return (
    <div role="alert" className="alert alert-error">
      <div className="alert-body">
        {title !== undefined && <p className="alert-title">{title}</p>}
        <p>{snapshot.mediaMessage}</p>
      </div>
      <button type="button" className="button" onClick={() => void machine.retryMedia()}>
        Try again
      </button>
    </div>
  );
}
