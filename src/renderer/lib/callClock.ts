type Listener = () => void;

let startedAt: number | null = null;
const listeners = new Set<Listener>();

/**
 * When the current call started, if one is running. The call layer sets it; the notes editor reads it to stamp
 * elapsed call time. No React here, so both sides can use it without depending on each other.
 */
export const callClock = {
  /** Whole seconds since the call started, or null when no call is running. */
  getElapsedSeconds(now = Date.now()): number | null {
    return startedAt === null ? null : Math.max(0, Math.floor((now - startedAt) / 1000));
  },
  /** Pass the call's start (ms since the epoch) when it connects, and null when it ends. */
  setStartedAt(value: number | null): void {
    if (value === startedAt) return;
    startedAt = value;
    for (const listener of listeners) listener();
  },
  getStartedAt(): number | null {
    return startedAt;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
