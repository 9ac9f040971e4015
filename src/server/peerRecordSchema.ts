import { z } from 'zod/mini';
import { peerNameSchema } from '../shared/signaling/peerNameSchema.ts';
import { peerRoleSchema } from '../shared/signaling/peerRoleSchema.ts';
import { signalingIdentifierSchema } from '../shared/signaling/signalingIdentifierSchema.ts';

// A peer slot as kept in Redis: what a process taking over the room needs so the peer can resume it.
export const peerRecordSchema = z.object({
  peerId: signalingIdentifierSchema,
  role: peerRoleSchema,
  name: peerNameSchema,
  admitted: z.boolean(),
  resumeToken: signalingIdentifierSchema,
});
