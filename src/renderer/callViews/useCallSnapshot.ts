import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import { useStoreSelector } from '../lib/useStoreSelector.ts';

/** React's view of a call: re-renders when the machine publishes a new snapshot, holds no call logic. */
export function useCallSnapshot(machine: CallMachine): CallSnapshot {
  return useStoreSelector(machine);
}
