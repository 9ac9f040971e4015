import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

type Props = {
  machine: CallMachine;
  snapshot: CallSnapshot;
  /** "End call" for the recruiter, "Leave call" for the candidate. */
  hangUpLabel: string;
  onHangUp: () => void;
};

/** Mute, camera and hang-up. The button's name says what it will do ("Unmute" when muted). */
export function CallControls({ machine, snapshot, hangUpLabel, onHangUp }: Props) {
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
      <button type="button" className="button button-danger" onClick={onHangUp}>
        {hangUpLabel}
      </button>
    </div>
  );
}
