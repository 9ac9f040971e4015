import { z } from 'zod';
import { signalingServerLimits } from './signalingServerLimits.ts';

// Body of POST /api/rooms; every field is optional so an empty body makes a room with the server defaults.
export const createRoomRequestSchema = z.object({
  hostName: z.string().trim().min(1).max(100).optional(),
  intro: z.string().trim().max(2000).optional(),
  company: z.string().trim().max(100).optional(),
  interviewTitle: z.string().trim().max(200).optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  // A small JPEG the desktop app resized; the join page shows it as the recruiter's photo.
  photo: z
    .string()
    .max(16 * 1024)
    .regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/)
    .optional(),
  ttlSeconds: z.number().int().min(1).max(signalingServerLimits.maximumRoomTtlSeconds).optional(),
});
