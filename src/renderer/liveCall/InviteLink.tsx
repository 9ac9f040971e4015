import { useId, useState } from 'react';
import { useAnnounce } from '../ui/useAnnounce.ts';
import type { CallRoom } from './CallRoom.ts';
import { invitationEmail } from './invitationEmail.ts';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

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
      {copyProblem && (
        <p role="alert" className="field-error">
          Copying is not allowed here. Select the text and copy it with Ctrl+C (⌘C on a Mac).
        </p>
      )}
    </div>
  );
}
