import { z } from 'zod';
import { signalingServerLimits } from './signalingServerLimits.ts';

// Body of POST /api/rooms; every field is optional so an empty body makes a room with the server defaults.
export const createRoomRequestSchema = z.object({
  hostName: z.string().trim().min(1).max(100).optional(),
  intro: z.string().trim().max(2000).optional(),
  ttlSeconds: z.number().int().min(1).max(signalingServerLimits.maximumRoomTtlSeconds).optional(),
});
