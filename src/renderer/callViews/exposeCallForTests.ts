import type { CallMachine } from '../callEngine/CallMachine.ts';
import type { CallStats } from '../callEngine/summarizeStats.ts';

export type CallTestHooks = {
  stats(): Promise<CallStats | null>;
  state(): string;
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
  const hooks: CallTestHooks = { stats: () => machine.stats(), state: () => machine.getSnapshot().state };
  window.__rapportCall = hooks;
  return () => {
    if (window.__rapportCall === hooks) delete window.__rapportCall;
  };
}
