import { useId, useState } from 'react';
import { copyText } from '../lib/copyText.ts';
import { useAnnounce } from '../ui/useAnnounce.ts';
import type { CallRoom } from './CallRoom.ts';
import { invitationEmail } from './invitationEmail.ts';
import { isLoopbackLink } from './isLoopbackLink.ts';

/** The candidate's link, ready to copy, and a whole invitation email introducing the recruiter. */
export function InviteLink({ room }: { room: CallRoom }) {
  const id = useId();
  const announce = useAnnounce();
  const [copyProblem, setCopyProblem] = useState(false);
  const email = invitationEmail(room);

  const copy = async (text: string, done: string) => {
    const copied = await copyText(text);
    setCopyProblem(!copied);
    if (copied) announce(done);
  };

  return (
    <div className="invite">
      <label className="field-label" htmlFor={`${id}-link`}>
        Invite link
      </label>
      <p id={`${id}-hint`} className="field-hint">
        Send this to {room.candidateName}. Anyone with the link can ask to join; you decide who gets in.
      </p>
      {room.linkChanged && (
        <p role="alert" className="alert alert-info">
          The link in the invitation you sent no longer works (the signalling server restarted and forgot its
          room). Send {room.candidateName} this new link.
        </p>
      )}
      <div className="invite-row">
        <input
          id={`${id}-link`}
          className="input invite-link"
          readOnly
          value={room.joinUrl}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() => void copy(room.joinUrl, 'Invite link copied.')}
        >
          Copy link
        </button>
      </div>
      <div className="invite-row">
        <button
          type="button"
          className="button"
          onClick={() => void copy(`Subject: ${email.subject}\n\n${email.body}`, 'Invitation email copied.')}
        >
          Copy invitation email
        </button>
        <details className="invite-preview">
          <summary>Preview email</summary>
          <pre
            className="invite-email"
            aria-label="Invitation email"
          >{`Subject: ${email.subject}\n\n${email.body}`}</pre>
        </details>
      </div>
      {isLoopbackLink(room.joinUrl) && (
        <div role="note" className="alert alert-info invite-loopback" aria-labelledby={`${id}-loopback`}>
          <div className="alert-body">
            <p id={`${id}-loopback`} className="alert-title">
              This link works only on this computer
            </p>
            <p>
              The call server Rapport started itself listens on {new URL(room.joinUrl).host}, which no other
              computer can reach, so {room.candidateName} cannot open it from theirs. To invite someone
              elsewhere, run a signalling server they can reach (for example{' '}
              <code>npm run signal -- --host 0.0.0.0</code> on a machine with a public address, behind HTTPS)
              and enter its address and key in Settings under “Signalling server”.
            </p>
          </div>
        </div>
      )}
      {copyProblem && (
        <p role="alert" className="field-error">
          Copying is not allowed here. Select the text and copy it with Ctrl+C (⌘C on a Mac).
        </p>
      )}
    </div>
  );
}
