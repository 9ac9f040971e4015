import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { WaitingGuest } from '../callEngine/CallSnapshot.ts';

/** "Admit <name>": the one main action of a knock, in the lobby and in the banner alike. */
export function AdmitButton({ machine, guest }: { machine: CallMachine; guest: WaitingGuest }) {
  return (
    <button type="button" className="button button-primary" onClick={() => machine.admit(guest.peerId)}>
      Admit {guest.name}
    </button>
  );
}
