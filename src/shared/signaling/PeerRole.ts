import type { z } from 'zod/mini';
import type { peerRoleSchema } from './peerRoleSchema.ts';

export type PeerRole = z.infer<typeof peerRoleSchema>;
