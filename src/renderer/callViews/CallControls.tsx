import type { ReactNode } from 'react';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

type Props = {
  machine: CallMachine;
  snapshot: CallSnapshot;
  /** "End call" for the recruiter, "Leave call" for the candidate. */
  hangUpLabel: string;
  onHangUp: () => void;
  /** More of the call bar (chat, devices, timer, quality), just before hang-up. */
  children?: ReactNode;
};

/** Screen sharing needs getDisplayMedia (every desktop browser, and Electron through its picker). */
function canShareScreen(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
}

/** Mute, camera, screen and hang-up. The button's name says what it will do ("Unmute" when muted). */
export function CallControls({ machine, snapshot, hangUpLabel, onHangUp, children }: Props) {
  return (
    <div className="call-controls" role="group" aria-label="Call controls">
      <button
        type="button"
        className={['button', snapshot.muted ? 'button-toggled' : ''].join(' ')}
        onClick={() => machine.setMuted(!snapshot.muted)}
      >
        {snapshot.muted ? 'Unmute' : 'Mute'}
      </button>
      <button
        type="button"
        className={['button', snapshot.cameraOff ? 'button-toggled' : ''].join(' ')}
        onClick={() => machine.setCameraOff(!snapshot.cameraOff)}
      >
        {snapshot.cameraOff ? 'Turn camera on' : 'Turn camera off'}
      </button>
      {canShareScreen() && snapshot.state !== 'lobby' && (
        <button
          type="button"
          className={['button', snapshot.screenSharing ? 'button-toggled' : ''].join(' ')}
          onClick={() =>
            snapshot.screenSharing ? machine.stopScreenShare() : void machine.startScreenShare()
          }
        >
          {snapshot.screenSharing ? 'Stop sharing' : 'Share screen'}
        </button>
      )}
      {children}
      <button type="button" className="button button-danger" onClick={onHangUp}>
        {hangUpLabel}
      </button>
    </div>
  );
}
