import './outreach.css';
import { useId, useState } from 'react';
import type { Invitation } from '../../shared/schemas/invitation.ts';
import { copyText } from '../lib/copyText.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { useAnnounce } from '../ui/useAnnounce.ts';

/** The invitation to send: as text to copy, as a calendar file, and the bare link. */
export function InvitationPanel({
  invitation,
  candidateName,
}: {
  invitation: Invitation;
  candidateName: string;
}) {
  const id = useId();
  const announce = useAnnounce();
  const [copyProblem, setCopyProblem] = useState(false);
  const whole = `Subject: ${invitation.subject}\n\n${invitation.text}`;
  const copy = async (text: string, done: string) => {
    const copied = await copyText(text);
    setCopyProblem(!copied);
    if (copied) announce(done);
  };
  const what = invitation.cancelled
    ? 'cancellation'
    : invitation.sequence > 0
      ? 'updated invitation'
      : 'invitation';
  return (
    <div className="invitation">
      {invitation.linkProblem && (
        <div role="alert" className="alert alert-info">
          <div className="alert-body">
            <p className="alert-title">No join link yet</p>
            <p>{invitation.linkProblem} The invitation says the link follows; “Start call” makes one.</p>
          </div>
        </div>
      )}
      <p className="field-hint">
        Send {candidateName} the {what}: paste the text in an email and attach the calendar file.
      </p>
      <div className="invite-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void copy(whole, `The ${what} was copied.`)}
        >
          Copy {what}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            downloadFile(invitation.fileName, invitation.ics, 'text/calendar;charset=utf-8');
            announce(`Downloaded ${invitation.fileName}.`);
          }}
        >
          Download calendar file (.ics)
        </button>
        {invitation.joinUrl && (
          <button
            type="button"
            className="button"
            onClick={() => void copy(invitation.joinUrl!, 'Join link copied.')}
          >
            Copy join link
          </button>
        )}
      </div>
      <details className="invite-preview">
        <summary>Preview the {what}</summary>
        <pre id={`${id}-text`} className="invite-email" aria-label={`The ${what}`}>
          {whole}
        </pre>
      </details>
      {copyProblem && (
        <p role="alert" className="field-error">
          Copying is not allowed here. Open the preview, select the text and copy it with Ctrl+C (⌘C on a
          Mac).
        </p>
      )}
    </div>
  );
}
