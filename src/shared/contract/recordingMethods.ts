import { z } from 'zod';
import { entityId } from '../schemas/entityId.ts';
import { recording } from '../schemas/recording.ts';
import { speechSegments } from '../schemas/speechSegments.ts';
import { defineMethod } from './defineMethod.ts';
import { nothing } from './nothing.ts';

/** A MediaRecorder chunk of about a second is a few hundred kB; anything near this is not one. */
export const maximumRecordingChunkBytes = 8 * 1024 * 1024;
const maximumChunkBase64 = Math.ceil(maximumRecordingChunkBytes / 3) * 4;
const milliseconds = z
  .number()
  .int()
  .min(0)
  .max(24 * 3_600_000);

export const recordingMethods = {
  get: defineMethod({
    description: 'The interview’s recording (or the candidate’s decline), or null when none was made.',
    input: z.strictObject({ interviewId: entityId }),
    output: recording.nullable(),
  }),
  start: defineMethod({
    description:
      'The candidate accepted: start recording into recordings/<interviewId>.webm (encrypted, owner only). Refused while the interview has a recording.',
    input: z.strictObject({ interviewId: entityId, callOffsetMs: milliseconds }),
    output: recording,
  }),
  declined: defineMethod({
    description: 'The candidate declined recording; kept so the interview says so. Nothing is recorded.',
    input: z.strictObject({ interviewId: entityId }),
    output: recording,
  }),
  appendChunk: defineMethod({
    description:
      'Append chunk `sequence` (base64) of the recording; `elapsedMs` is the recording time it ends at. A chunk sent twice is kept once.',
    input: z.strictObject({
      interviewId: entityId,
      sequence: z.number().int().min(0).max(1_000_000),
      elapsedMs: milliseconds,
      data: z.base64().min(1).max(maximumChunkBase64),
    }),
    output: z.object({ chunkCount: z.number().int(), sizeBytes: z.number().int() }),
  }),
  finish: defineMethod({
    description:
      'Recording stopped: write its duration into the file so it can be sought, and keep each side’s speech segments.',
    input: z.strictObject({ interviewId: entityId, durationMs: milliseconds, speech: speechSegments }),
    output: recording,
  }),
  delete: defineMethod({
    description: 'Delete the interview’s recording file now; the interview keeps a note that it was deleted.',
    input: z.strictObject({ interviewId: entityId }),
    output: recording,
  }),
  retention: defineMethod({
    description: 'After how many days recordings are deleted.',
    input: nothing,
    output: z.object({ days: z.number().int() }),
  }),
  setRetention: defineMethod({
    description: 'Delete recordings after this many days (1–3650). Older ones go at once.',
    input: z.strictObject({ days: z.number().int().min(1).max(3650) }),
    output: z.object({ days: z.number().int(), deleted: z.number().int() }),
  }),
  purge: defineMethod({
    description:
      'Delete the recordings older than the retention setting now (it also runs at start and daily).',
    input: nothing,
    output: z.object({ deleted: z.number().int() }),
  }),
  totals: defineMethod({
    description:
      'How many finished recordings are kept and how many bytes they take (for "Include recordings").',
    input: nothing,
    output: z.object({ count: z.number().int(), sizeBytes: z.number().int() }),
  }),
};
