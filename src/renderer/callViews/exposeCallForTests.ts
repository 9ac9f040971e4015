import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallSnapshot } from '../callEngine/CallSnapshot.ts';
import type { CallStats } from '../callEngine/summarizeStats.ts';

export type CallTestHooks = {
  stats(): Promise<CallStats | null>;
  state(): string;
  /** This side's connection fails as a dead network would, for `holdMilliseconds` (docs/call.md). */
  simulateNetworkFailure(holdMilliseconds?: number): void;
  quality(): CallSnapshot['quality'];
};

declare global {
  interface Window {
    /** Set by a test (page.addInitScript) before the page loads to get `__rapportCall`. */
    __rapportTestHooks?: boolean;
    __rapportCall?: CallTestHooks;
  }
}

/**
 * Lets an end-to-end test read the live connection's statistics (framesDecoded, candidate types) with
 * `window.__rapportCall.stats()`. Only when the test asked for it first; returns the cleanup.
 */
export function exposeCallForTests(machine: CallMachine): () => void {
  if (typeof window === 'undefined' || window.__rapportTestHooks !== true) return () => {};
  const hooks: CallTestHooks = {
    stats: () => machine.stats(),
    state: () => machine.getSnapshot().state,
    simulateNetworkFailure: (holdMilliseconds) => machine.simulateNetworkFailure(holdMilliseconds),
    quality: () => machine.getSnapshot().quality,
  };
  window.__rapportCall = hooks;
  return () => {
    if (window.__rapportCall === hooks) delete window.__rapportCall;
  };
}
