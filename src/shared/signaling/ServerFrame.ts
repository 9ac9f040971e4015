import type { z } from 'zod/mini';
import type { serverFrameSchema } from './serverFrameSchema.ts';

// Derived from the schema, so what the server sends and what its clients accept are one definition.
export type ServerFrame = z.infer<typeof serverFrameSchema>;
