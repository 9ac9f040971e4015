/**
 * Room-level refusals: retrying the same join can never succeed, so the client stops reconnecting. Strings, not
 * SignalingErrorCode: `room_closed` (a host ended the room) may come from a server newer than this wire format.
 */
export const terminalSignalingErrors: ReadonlySet<string> = new Set([
  'unknown_room',
  'room_expired',
  'room_closed',
  'invalid_token',
  'room_full',
  'denied',
]);
