import { z } from 'zod/mini';
import { peerNameSchema } from './peerNameSchema.ts';
import { peerRoleSchema } from './peerRoleSchema.ts';
import { signalingIdentifierSchema } from './signalingIdentifierSchema.ts';

// What other peers learn about a peer: enough to address it and label it, nothing secret.
export const peerSummarySchema = z.object({
  peerId: signalingIdentifierSchema,
  role: peerRoleSchema,
  name: peerNameSchema,
});
