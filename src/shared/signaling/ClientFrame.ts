import type { z } from 'zod/mini';
import type { clientFrameSchema } from './clientFrameSchema.ts';

// Derived from the schema so validation and handling can never disagree about a frame's shape.
export type ClientFrame = z.infer<typeof clientFrameSchema>;
