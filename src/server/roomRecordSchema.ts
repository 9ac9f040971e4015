import { z } from 'zod/mini';
import { peerRecordSchema } from './peerRecordSchema.ts';
import { signalingServerLimits } from './signalingServerLimits.ts';

// A room as kept in Redis, so any process can answer for it and take it over when its owner dies.
export const roomRecordSchema = z.object({
  roomId: z.string().check(z.minLength(1), z.maxLength(128)),
  hostToken: z.string().check(z.minLength(1), z.maxLength(256)),
  guestToken: z.string().check(z.minLength(1), z.maxLength(256)),
  hostName: z.nullable(z.string().check(z.maxLength(200))),
  intro: z.nullable(z.string().check(z.maxLength(4000))),
  // Optional so records written before these fields existed still load.
  company: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  interviewTitle: z.optional(z.nullable(z.string().check(z.maxLength(400)))),
  startsAt: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  photo: z.optional(z.nullable(z.string().check(z.maxLength(16 * 1024)))),
  expiresAtMilliseconds: z.number(),
  status: z.enum(['open', 'closed']),
  peers: z.array(peerRecordSchema).check(z.maxLength(signalingServerLimits.maximumRecordedPeers)),
});
