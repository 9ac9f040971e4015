import { z } from 'zod';

const identifier = z.string().min(1).max(128);
// JSON has no undefined, so a missing `data` key is the only way to get here; refuse it rather than relay nothing.
const payload = z.unknown().refine((value) => value !== undefined, 'data is required');

// Every frame a client may send. Unknown extra fields are stripped so newer clients still work against this server.
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    roomId: identifier,
    token: z.string().min(1).max(256),
    name: z.string().trim().min(1).max(80),
    peerId: identifier.nullish(),
    // Only counts together with peerId: proves the resuming client is the peer that slot was issued to.
    resumeToken: identifier.nullish(),
  }),
  z.object({ type: z.literal('signal'), to: identifier, data: payload }),
  z.object({ type: z.literal('broadcast'), data: payload }),
  z.object({ type: z.literal('admit'), peerId: identifier }),
  z.object({ type: z.literal('deny'), peerId: identifier }),
  z.object({ type: z.literal('leave') }),
]);
