/** Seeking from a note lands this long before its chip, so the moment is heard from its start. */
export const seekLeadSeconds = 5;

/** Where in the recording a chip stamped `callSeconds` into the call is, minus the lead; never before 0. */
export function replaySeekSeconds(callSeconds: number, callOffsetMs: number): number {
  return Math.max(0, callSeconds - callOffsetMs / 1000 - seekLeadSeconds);
}
