import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';

/** "Your camera was disconnected. Switched to …", until dismissed. */
export function DeviceNotice({ machine, snapshot }: { machine: CallMachine; snapshot: CallSnapshot }) {
  if (!snapshot.deviceNotice) return null;
  return (
    <div role="status" className="alert alert-info">
      <p>{snapshot.deviceNotice}</p>
      <button type="button" className="button button-small" onClick={() => machine.dismissDeviceNotice()}>
        Dismiss
      </button>
    </div>
  );
}
