import { z } from 'zod';

/** At most one segment every 0.3 s over a four-hour call; a longer list is refused, not cut. */
export const maximumSpeechSegments = 50_000;
const milliseconds = z
  .number()
  .int()
  .min(0)
  .max(24 * 3_600_000);

/** [start, end] in milliseconds of recording time, in order. */
export const speechSegment = z
  .tuple([milliseconds, milliseconds])
  .refine(([start, end]) => end >= start, { message: 'A segment ends after it starts' });

/** When each side was speaking, from the voice-activity detector on its own audio track. */
export const speechSegments = z.object({
  recruiter: z.array(speechSegment).max(maximumSpeechSegments),
  candidate: z.array(speechSegment).max(maximumSpeechSegments),
});

export type SpeechSegments = z.infer<typeof speechSegments>;
