import { z } from 'zod/mini';

// Every error a client can receive in an `error` frame (docs/signaling.md): shared by the server and its clients.
export const signalingErrorCodeSchema = z.enum([
  'invalid_message',
  'not_joined',
  'unknown_room',
  'room_expired',
  'room_closed',
  'invalid_token',
  'room_full',
  'rate_limited',
  'frame_too_large',
  'unknown_peer',
  'denied',
  'forbidden',
]);
