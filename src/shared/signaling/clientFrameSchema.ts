import { z } from 'zod/mini';
import { peerNameSchema } from './peerNameSchema.ts';
import { signalingIdentifierSchema } from './signalingIdentifierSchema.ts';
import { signalingProtocolLimits } from './signalingProtocolLimits.ts';
import { signalPayloadSchema } from './signalPayloadSchema.ts';

// Every frame a client may send. Unknown extra fields are stripped so newer clients still work against this server.
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    roomId: signalingIdentifierSchema,
    token: z.string().check(z.minLength(1), z.maxLength(signalingProtocolLimits.maximumTokenLength)),
    name: peerNameSchema,
    // Optional (null counts as absent): a first join has neither; a resume needs both, or it is a fresh join.
    peerId: z.nullish(signalingIdentifierSchema),
    resumeToken: z.nullish(signalingIdentifierSchema),
  }),
  z.object({ type: z.literal('signal'), to: signalingIdentifierSchema, data: signalPayloadSchema }),
  z.object({ type: z.literal('broadcast'), data: signalPayloadSchema }),
  z.object({ type: z.literal('admit'), peerId: signalingIdentifierSchema }),
  z.object({ type: z.literal('deny'), peerId: signalingIdentifierSchema }),
  z.object({ type: z.literal('leave') }),
  // Host only: closes the room for everyone; the guest link then answers room_closed.
  z.object({ type: z.literal('end') }),
]);
