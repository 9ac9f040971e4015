import type { SignalingErrorCode } from '../shared/signaling/SignalingErrorCode.ts';

// The human half of every error frame; clients switch on the code, people read this.
export const signalingErrorMessages: Record<SignalingErrorCode, string> = {
  invalid_message: 'The frame is not valid JSON or does not match the protocol.',
  not_joined: 'Join a room (and be admitted) before sending this frame.',
  unknown_room: 'There is no such room.',
  room_expired: 'This room has expired.',
  room_closed: 'The interviewer has closed this room.',
  invalid_token: 'The token does not belong to this room.',
  room_full: 'The room is full.',
  rate_limited: 'Too many frames; slow down.',
  frame_too_large: 'The frame is too large.',
  unknown_peer: 'There is no such peer in this room.',
  denied: 'The host did not let you in.',
  forbidden: 'Only hosts may do that.',
};
