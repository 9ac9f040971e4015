import { ExternalStore } from '../../shared/store/ExternalStore.ts';

/** When the current call started (ms since the epoch), or null while no call is running. */
const startedAt = new ExternalStore<number | null>(null);

/**
 * When the current call started, if one is running. The call layer sets it; the notes editor is handed it to
 * stamp elapsed call time. No React here, so both sides can use it without depending on each other.
 */
export const callClock = {
  /** Whole seconds since the call started, or null when no call is running. */
  getElapsedSeconds(now = Date.now()): number | null {
    const start = startedAt.getSnapshot();
    return start === null ? null : Math.max(0, Math.floor((now - start) / 1000));
  },
  /** Pass the call's start (ms since the epoch) when it connects, and null when it ends. */
  setStartedAt(value: number | null): void {
    startedAt.set(value);
  },
  getStartedAt: startedAt.getSnapshot,
  subscribe: startedAt.subscribe,
};
