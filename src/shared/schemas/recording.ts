import { z } from 'zod';
import { entityId } from './entityId.ts';
import { isoDateTime } from './isoDateTime.ts';
import { speechSegments } from './speechSegments.ts';
import { talkTime } from './talkTime.ts';

/** An interview's recording as the interview page shows it; the file is served at recordingAddress. */
export const recording = z.object({
  interviewId: entityId,
  /** A decline is kept so the interview can say so; such a recording never has a file. */
  consent: z.enum(['accepted', 'declined']),
  /** none: declined; recording: chunks still arriving (or cut off by a crash); ready: playable; deleted. */
  state: z.enum(['none', 'recording', 'ready', 'deleted']),
  startedAt: isoDateTime.nullable(),
  /** Where the call clock was when recording began: a chip stamped at t seconds is at t - offset. */
  callOffsetMs: z.number().int(),
  durationMs: z.number().int(),
  sizeBytes: z.number().int(),
  speech: speechSegments,
  talkTime,
  deletedAt: isoDateTime.nullable(),
  deletedReason: z.enum(['manual', 'retention']).nullable(),
});

export type Recording = z.infer<typeof recording>;
