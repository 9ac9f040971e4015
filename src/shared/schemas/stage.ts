import { z } from 'zod';
import { limits } from './limits.ts';

export const stageKinds = ['open', 'hired', 'rejected', 'withdrawn'] as const;

export const stage = z.object({
  id: z.string().min(1).max(40),
  name: z.string().min(1).max(limits.shortText),
  position: z.number().int(),
  /** What a stage means for the pipeline; "rejected" is the kind that can carry a reason. */
  kind: z.enum(stageKinds),
});

export type Stage = z.infer<typeof stage>;
