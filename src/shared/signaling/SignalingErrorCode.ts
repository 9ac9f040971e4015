import type { z } from 'zod/mini';
import type { signalingErrorCodeSchema } from './signalingErrorCodeSchema.ts';

// Derived from the schema so the server's error table and the clients' checks name the same codes.
export type SignalingErrorCode = z.infer<typeof signalingErrorCodeSchema>;
