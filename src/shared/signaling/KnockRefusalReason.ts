import type { z } from 'zod/mini';
import type { knockRefusalReasonSchema } from './knockRefusalReasonSchema.ts';

export type KnockRefusalReason = z.infer<typeof knockRefusalReasonSchema>;
