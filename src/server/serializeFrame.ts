import type { ServerFrame } from '../shared/signaling/ServerFrame.ts';

// Funnels every outgoing frame through the ServerFrame type so a typo in a field name fails the typecheck.
export function serializeFrame(frame: ServerFrame): string {
  return JSON.stringify(frame);
}
