import { AdmitButton } from './AdmitButton.tsx';
import type { CallMachine } from '../callEngine/CallMachine.ts';
import { useCallSnapshot } from '../callViews/useCallSnapshot.ts';

/** Who is knocking, each with "Admit <name>" and "Turn away <name>"; or what the lobby is waiting for. */
export function WaitingGuests({
  machine,
  candidate,
  remoteLeft,
}: {
  machine: CallMachine;
  candidate: string;
  remoteLeft: boolean;
}) {
  const snapshot = useCallSnapshot(machine);
  if (snapshot.waitingGuests.length === 0) {
    return (
      <p role="status" className="call-notice">
        {remoteLeft
          ? `${candidate} left the call. They can rejoin with the same link.`
          : `Waiting for ${candidate} to open the link…`}
      </p>
    );
  }
  return (
    <ul className="waiting-guests" aria-label="Waiting to join">
      {snapshot.waitingGuests.map((guest) => (
        <li key={guest.peerId} className="waiting-guest">
          <span>
            <strong>{guest.name}</strong> is waiting to join
          </span>
          <span className="waiting-guest-actions">
            <AdmitButton machine={machine} guest={guest} />
            <button type="button" className="button button-quiet" onClick={() => machine.deny(guest.peerId)}>
              Turn away {guest.name}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
