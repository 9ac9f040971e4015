import type { SignalingErrorCode } from '../../shared/signaling/SignalingErrorCode.ts';

/** Room-level refusals: retrying the same join can never succeed, so the client stops reconnecting. */
export const terminalSignalingErrors: ReadonlySet<SignalingErrorCode> = new Set([
  'unknown_room',
  'room_expired',
  'invalid_token',
  'room_full',
  'denied',
]);
