import type { z } from 'zod/mini';
import type { peerRecordSchema } from './peerRecordSchema.ts';

export type PeerRecord = z.infer<typeof peerRecordSchema>;
