import { saveStatusLabels } from './saveStatusLabels.ts';
import { useSaveQueueSnapshot } from './useSaveQueueSnapshot.ts';
import './saveStatus.css';

/** "Saved", "Saving…" or "Not saved — retrying", as a polite live region; an alert when saving keeps failing. */
export function SaveStatusIndicator() {
  const { status, alert } = useSaveQueueSnapshot();
  return (
    <>
      <p role="status" className="save-status" data-status={status}>
        {saveStatusLabels[status]}
      </p>
      {alert && (
        <div role="alert" className="alert alert-error save-alert">
          <div className="alert-body">
            <p className="alert-title">Not saved</p>
            <p>{alert}</p>
          </div>
        </div>
      )}
    </>
  );
}
