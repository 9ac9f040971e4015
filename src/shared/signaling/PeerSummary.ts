import type { z } from 'zod/mini';
import type { peerSummarySchema } from './peerSummarySchema.ts';

export type PeerSummary = z.infer<typeof peerSummarySchema>;
