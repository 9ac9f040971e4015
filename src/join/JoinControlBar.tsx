import { useState } from 'react';
import type { CallMachine } from '../renderer/callEngine/CallMachine.ts';
import type { CallSnapshot } from '../renderer/callEngine/CallSnapshot.ts';
import { ConfirmDialog } from '../renderer/ui/ConfirmDialog.tsx';
import { ControlCell } from './ControlCell.tsx';
import { useMediaQuery } from './useMediaQuery.ts';

type Props = {
  machine: CallMachine;
  snapshot: CallSnapshot;
  host: string;
  chatOpen: boolean;
  unread: number;
  onToggleChat: () => void;
};

/**
 * The call's controls, fixed at the bottom: equal cells whose size never depends on their labels, so "Mute"
 * turning into "Unmute" moves nothing under the finger. A device the candidate does not have gets no button, and
 * "Share screen" shows only where there is a screen to share and a mouse to share it with.
 * "Leave call" stands apart and asks first.
 */
export function JoinControlBar({ machine, snapshot, host, chatOpen, unread, onToggleChat }: Props) {
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const hasMicrophone = (snapshot.localStream?.getAudioTracks().length ?? 0) > 0;
  const hasCamera = (snapshot.localStream?.getVideoTracks().length ?? 0) > 0;
  // Phones have no screen to share (no getDisplayMedia); a touch-only screen is not offered it either.
  const finePointer = useMediaQuery('(pointer: fine)');
  const canShare = finePointer && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  return (
    <div className="join-control-bar" role="group" aria-label="Call controls">
      {hasMicrophone && (
        <ControlCell
          icon={snapshot.muted ? 'microphoneOff' : 'microphone'}
          label={snapshot.muted ? 'Unmute' : 'Mute'}
          toggled={snapshot.muted}
          onClick={() => machine.setMuted(!snapshot.muted)}
        />
      )}
      {hasCamera && (
        <ControlCell
          icon={snapshot.cameraOff ? 'cameraOff' : 'camera'}
          label="Camera"
          name={snapshot.cameraOff ? 'Turn camera on' : 'Turn camera off'}
          toggled={snapshot.cameraOff}
          onClick={() => machine.setCameraOff(!snapshot.cameraOff)}
        />
      )}
      {canShare && (
        <ControlCell
          icon="screen"
          label={snapshot.screenSharing ? 'Stop' : 'Share'}
          name={snapshot.screenSharing ? 'Stop sharing' : 'Share screen'}
          toggled={snapshot.screenSharing}
          onClick={() =>
            snapshot.screenSharing ? machine.stopScreenShare() : void machine.startScreenShare()
          }
        />
      )}
      <ControlCell
        icon="chat"
        label="Chat"
        className="join-control-chat"
        expanded={chatOpen}
        onClick={onToggleChat}
      >
        {unread > 0 && (
          <span className="join-unread">
            {unread > 99 ? '99+' : unread}
            <span className="visually-hidden"> unread</span>
          </span>
        )}
      </ControlCell>
      <ControlCell
        icon="leave"
        label="Leave"
        name="Leave call"
        className="join-control-leave"
        onClick={() => setConfirmingLeave(true)}
      />
      <ConfirmDialog
        open={confirmingLeave}
        title="Leave the interview?"
        confirmLabel="Leave"
        destructive
        onConfirm={() => {
          setConfirmingLeave(false);
          machine.end();
        }}
        onClose={() => setConfirmingLeave(false)}
      >
        <p>The call ends for you, and {host} sees that you left. You can join again with the same link.</p>
      </ConfirmDialog>
    </div>
  );
}
