import { useId } from 'react';
import type { Invitation } from '../../shared/schemas/invitation.ts';
import { useModalDialog } from '../ui/useModalDialog.ts';
import { InvitationPanel } from './InvitationPanel.tsx';

/** An interview's current invitation (or cancellation) in a dialog, to copy or download again. */
export function InvitationDialog({
  invitation,
  candidateName,
  onClose,
}: {
  invitation: Invitation | null;
  candidateName: string;
  onClose: () => void;
}) {
  const dialog = useModalDialog(invitation !== null);
  const id = useId();
  return (
    <dialog
      ref={dialog}
      className="dialog dialog-wide"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        if (invitation) onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {invitation?.cancelled ? 'Cancellation' : 'Invitation'}: {invitation?.subject}
      </h2>
      {invitation && (
        <>
          <div className="dialog-body">
            <InvitationPanel invitation={invitation} candidateName={candidateName} />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
