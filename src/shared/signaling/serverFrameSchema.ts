import { z } from 'zod/mini';
import { iceServerSchema } from './iceServerSchema.ts';
import { knockRefusalReasonSchema } from './knockRefusalReasonSchema.ts';
import { peerNameSchema } from './peerNameSchema.ts';
import { peerRoleSchema } from './peerRoleSchema.ts';
import { peerSummarySchema } from './peerSummarySchema.ts';
import { signalingErrorCodeSchema } from './signalingErrorCodeSchema.ts';
import { signalingIdentifierSchema } from './signalingIdentifierSchema.ts';
import { signalPayloadSchema } from './signalPayloadSchema.ts';

// Every frame the server sends. It always issues peerId and resumeToken together, in `joined` and in `waiting`.
export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('joined'),
    peerId: signalingIdentifierSchema,
    // Sent only to the peer itself; it must present it with peerId to resume the slot.
    resumeToken: signalingIdentifierSchema,
    role: peerRoleSchema,
    peers: z.array(peerSummarySchema),
    iceServers: z.array(iceServerSchema),
    // ISO 8601; no client reads it as a date, and z.iso would cost the join page 0.5 kB gzipped.
    expiresAt: z.string(),
  }),
  z.object({
    type: z.literal('waiting'),
    peerId: signalingIdentifierSchema,
    resumeToken: signalingIdentifierSchema,
  }),
  z.object({ type: z.literal('guest-waiting'), peerId: signalingIdentifierSchema, name: peerNameSchema }),
  z.object({
    type: z.literal('peer-joined'),
    peerId: signalingIdentifierSchema,
    role: peerRoleSchema,
    name: peerNameSchema,
  }),
  z.object({ type: z.literal('peer-left'), peerId: signalingIdentifierSchema }),
  z.object({ type: z.literal('signal'), from: signalingIdentifierSchema, data: signalPayloadSchema }),
  z.object({ type: z.literal('broadcast'), from: signalingIdentifierSchema, data: signalPayloadSchema }),
  z.object({ type: z.literal('error'), code: signalingErrorCodeSchema, message: z.string() }),
  // To connected hosts: someone knocked with this room's link and was turned away by the server, not by a host.
  z.object({ type: z.literal('knock-refused'), reason: knockRefusalReasonSchema, name: peerNameSchema }),
]);
