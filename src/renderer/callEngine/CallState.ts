/**
 * idle → lobby → connecting → connected ⇄ reconnecting, ending in ended or failed.
 * docs/call.md draws the whole diagram, including the host's way back to the lobby when the guest leaves.
 */
export type CallState = 'idle' | 'lobby' | 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'failed';

/** Every allowed move; anything else is ignored, so a late event cannot resurrect an ended call. */
export const callTransitions: Readonly<Record<CallState, readonly CallState[]>> = {
  idle: ['lobby', 'ended', 'failed'],
  lobby: ['connecting', 'ended', 'failed'],
  connecting: ['connected', 'reconnecting', 'lobby', 'ended', 'failed'],
  connected: ['reconnecting', 'lobby', 'ended', 'failed'],
  reconnecting: ['connected', 'lobby', 'ended', 'failed'],
  ended: [],
  failed: [],
};
